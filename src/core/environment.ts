// What the core needs from the outside world. Tests pass their own; a page gets the browser's.

import type { StorageProblem } from './storage.js';

export interface CookieAttributes {
  path?: string;
  domain?: string;
  /** Seconds until expiry (`Max-Age`). */
  maxAge?: number;
  sameSite?: 'Lax' | 'Strict' | 'None';
  secure?: boolean;
}

export interface CookieJar {
  /** Every cookie visible to the page, by name. */
  all(): Record<string, string>;
  /**
   * The value of every cookie of this name the page sees, in `document.cookie`'s order (the same name on
   * several paths or domain levels; see `readRecord` for the rule).
   */
  getAll(name: string): string[];
  set(name: string, value: string, attributes: CookieAttributes): void;
  remove(name: string, attributes: CookieAttributes): void;
}

export interface ConsentEnvironment {
  /** Where `suostumus-change` is dispatched and gated scripts live. `undefined` outside a browser. */
  document?: Document;
  cookies: CookieJar;
  now: () => Date;
  randomId: () => string;
  /** `navigator.globalPrivacyControl`. */
  globalPrivacyControl: boolean;
  location: { protocol: string; hostname: string; pathname: string };
  /** Sends the proof-of-consent record; must never throw. */
  send: (url: string, body: string) => void;
  /**
   * Told, once per page view, why a decision could not be stored (`StorageProblem`); the choice then holds
   * for this page view only. By default a one-line console warning; `startSuostumus` words it fully
   * (`describeStorageProblem`, fetched with the config's messages).
   */
  reportStorageProblem: (problem: StorageProblem) => void;
}

/**
 * A cookie value as js-cookie 3 wrote it (suostumus 0.1 used js-cookie): percent-encoded, except the
 * characters RFC 6265 allows in a value. Keeping its encoding keeps every stored choice readable both ways.
 */
const encodeValue = (value: string): string => encodeURIComponent(value).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);
/** A value as read from `document.cookie`; throws on a malformed escape (the copy is then skipped). */
const decodeValue = (value: string): string => (value.startsWith('"') ? value.slice(1, -1) : value).replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
/** Every `name=value` pair of `document.cookie`, in its order (a name may come several times). */
const cookiePairs = (): [string, string][] => document.cookie.split(/;\s*/).flatMap((pair): [string, string][] => {
  const at = pair.indexOf('=');
  return at > 0 ? [[pair.slice(0, at), pair.slice(at + 1)]] : [];
});

/**
 * `document.cookie` behind the `CookieJar` interface. Names are written and compared as they are: the
 * config's cookie name is an RFC 6265 token (config-rules.ts), and so are Google's. (Our own 20 lines
 * rather than js-cookie: every visitor downloads the loader, and this is the part of js-cookie it used,
 * at a third of its bytes — issue 15.)
 */
export const browserCookies: CookieJar = {
  all: () => {
    // No prototype: a cookie named __proto__ is a name like any other.
    const jar = Object.create(null) as Record<string, string>;
    for (const [name, value] of cookiePairs()) {
      try {
        if (!(name in jar)) jar[name] = decodeValue(value);
      } catch {
        // A value that is not percent-encoding: not ours to read.
      }
    }
    return jar;
  },
  getAll: (name) => cookiePairs().flatMap(([found, value]) => {
    try {
      return found === name ? [decodeValue(value)] : [];
    } catch {
      return [];
    }
  }),
  set: (name, value, { path = '/', domain, maxAge, sameSite, secure }) => {
    // Max-Age is exact where Expires depends on the clock.
    document.cookie = `${name}=${encodeValue(value)}; path=${path}${domain ? `; domain=${domain}` : ''}${maxAge === undefined ? '' : `; max-age=${String(maxAge)}`}${sameSite ? `; samesite=${sameSite}` : ''}${secure ? '; secure' : ''}`;
  },
  remove: (name, { path = '/', domain }) => {
    // Max-Age=0 expires the cookie at once (RFC 6265 §5.2.2); path and domain must match the cookie's.
    document.cookie = `${name}=; path=${path}${domain ? `; domain=${domain}` : ''}; max-age=0`;
  },
};

function randomUuid(): string {
  // (Without `crypto` at all, getRandomValues below throws as randomUUID would: no guard for it.)
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; plain-http test sites still get a v4 UUID from getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function sendRecord(url: string, body: string): void {
  try {
    // A beacon survives the page unloading right after the click; text/plain keeps it a simple CORS request.
    if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body)) return;
    void fetch(url, {
      method: 'POST', body, keepalive: true, credentials: 'same-origin',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    }).catch(() => undefined);
  } catch {
    // Proof of consent is best effort: a failing endpoint must never break the page or the decision.
  }
}

/**
 * Every domain a cookie for `hostname` can be set on: the host itself and each parent with at least two
 * labels. Without a public-suffix list we also try suffixes like `co.uk`; a browser ignores a deletion there.
 */
export function cookieDomains(hostname: string): string[] {
  const labels = hostname.split('.');
  if (labels.length < 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return [];
  const domains: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}

/** The real browser, or an inert stand-in outside one (SSR), where nothing is stored or sent. */
export function browserEnvironment(overrides: Partial<ConsentEnvironment> = {}): ConsentEnvironment {
  const inBrowser = typeof document !== 'undefined' && typeof navigator !== 'undefined';
  const gpc = inBrowser && (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const memory = new Map<string, string>();
  return {
    document: inBrowser ? document : undefined,
    cookies: inBrowser ? browserCookies : {
      all: () => Object.fromEntries(memory),
      getAll: (name) => (memory.has(name) ? [memory.get(name) ?? ''] : []),
      set: (name, value) => memory.set(name, value),
      remove: (name) => memory.delete(name),
    },
    now: () => new Date(),
    randomId: randomUuid,
    globalPrivacyControl: gpc,
    location: inBrowser ? window.location : { protocol: 'https:', hostname: 'localhost', pathname: '/' },
    send: inBrowser ? sendRecord : () => undefined,
    reportStorageProblem: (problem) => { console.warn(`suostumus: the consent cookie could not be stored (${problem}); the choice holds for this page view only.`); },
    ...overrides,
  };
}
