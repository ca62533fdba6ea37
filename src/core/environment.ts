// What the core needs from the outside world. Tests pass their own; a page gets the browser's.

import Cookies from 'js-cookie';
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

/** js-cookie behind the `CookieJar` interface. */
export const browserCookies: CookieJar = {
  all: () => Cookies.get(),
  getAll: (name) => document.cookie.split(/;\s*/).flatMap((pair) => {
    const at = pair.indexOf('=');
    return pair.slice(0, at) === name ? [Cookies.converter.read(pair.slice(at + 1), name)] : [];
  }),
  set: (name, value, { maxAge, ...attributes }) => {
    // js-cookie writes any attribute it is given; Max-Age is exact where Expires depends on the clock.
    Cookies.set(name, value, maxAge === undefined ? attributes : { ...attributes, 'max-age': String(maxAge) });
  },
  remove: (name, { maxAge: _maxAge, ...attributes }) => {
    Cookies.remove(name, attributes);
  },
};

function randomUuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
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
