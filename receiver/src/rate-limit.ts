// Per-client rate limit: a token bucket per client address, in memory only. The address is used as a
// map key while the process runs and is never written anywhere (GDPR art. 5(1)(c)).

export interface RateLimiter {
  /** True when `client` may make one more request now (and counts it). */
  take(client: string): boolean;
  /** Seconds until `client` has a token again (for Retry-After). */
  retryAfter(client: string): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Beyond this many clients, buckets that are full again are forgotten first; memory stays bounded. */
const MAX_CLIENTS = 100_000;

/**
 * `perMinute` requests a minute per client, with bursts up to the same number; 0 turns limiting off.
 * `now` returns ms (injected for tests).
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const rate = perMinute / 60_000; // tokens per ms

  function refill(client: string): Bucket {
    const time = now();
    let bucket = buckets.get(client);
    if (!bucket) {
      if (buckets.size >= MAX_CLIENTS) prune(time);
      bucket = { tokens: perMinute, at: time };
      buckets.set(client, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * rate);
    bucket.at = time;
    return bucket;
  }

  function prune(time: number): void {
    for (const [client, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * rate >= perMinute) buckets.delete(client);
    }
    // Under a flood of distinct addresses nothing may be full: drop the oldest half rather than grow.
    if (buckets.size >= MAX_CLIENTS) {
      let n = 0;
      for (const client of buckets.keys()) {
        if (n++ > MAX_CLIENTS / 2) break;
        buckets.delete(client);
      }
    }
  }

  return {
    take(client) {
      if (perMinute <= 0) return true;
      const bucket = refill(client);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    retryAfter(client) {
      if (perMinute <= 0) return 0;
      const bucket = refill(client);
      return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
    },
  };
}
