// A test environment for the core: an in-memory cookie jar that records attributes, a settable clock.
// Only the outside world is replaced; the core under test is the real one.
import type { ConsentEnvironment, CookieAttributes, CookieJar } from '../../src/core/environment.js';

export interface RecordingJar extends CookieJar {
  values: Map<string, string>;
  writes: { name: string; value: string; attributes: CookieAttributes }[];
  removals: { name: string; attributes: CookieAttributes }[];
  refuse: boolean;
  /**
   * Other cookies of the same name the page sees, as a browser keeps them: one per domain and path (a
   * sibling site's copy on the parent domain, a copy on another path). They come first in `getAll`, as an
   * older cookie does in `document.cookie`, and only a removal with their own domain and path deletes them.
   */
  others: { name: string; value: string; domain?: string; path?: string }[];
}

const samePlace = (a: CookieAttributes, b: { domain?: string; path?: string }): boolean =>
  (a.domain ?? '') === (b.domain ?? '') && (a.path ?? '/') === (b.path ?? '/');

export function memoryJar(initial: Record<string, string> = {}): RecordingJar {
  // Where this page's own copy of each name was written (the map `values` holds its value).
  const written = new Map<string, CookieAttributes>();
  const jar: RecordingJar = {
    values: new Map(Object.entries(initial)),
    writes: [],
    removals: [],
    refuse: false,
    others: [],
    all: () => Object.fromEntries(jar.values),
    getAll: (name) => [
      ...jar.others.filter((o) => o.name === name).map((o) => o.value),
      ...(jar.values.has(name) ? [jar.values.get(name)!] : []),
    ],
    set(name, value, attributes) {
      jar.writes.push({ name, value, attributes });
      if (jar.refuse) return;
      jar.values.set(name, value);
      written.set(name, attributes);
    },
    remove(name, attributes) {
      jar.removals.push({ name, attributes });
      if (samePlace(attributes, written.get(name) ?? {})) jar.values.delete(name);
      jar.others = jar.others.filter((o) => o.name !== name || !samePlace(attributes, o));
    },
  };
  return jar;
}

export interface TestEnvironment extends Partial<ConsentEnvironment> {
  cookies: RecordingJar;
  clock: { time: number };
  sent: { url: string; body: string }[];
  document: Document;
}

let counter = 0;

export function testEnvironment(
  overrides: Omit<Partial<ConsentEnvironment>, 'cookies'> & { jar?: RecordingJar } = {},
): TestEnvironment {
  const clock = { time: Date.parse('2026-06-01T12:00:00.000Z') };
  const sent: { url: string; body: string }[] = [];
  const { jar, ...rest } = overrides;
  return {
    cookies: jar ?? memoryJar(),
    clock,
    sent,
    // A detached document: events and gated scripts stay out of the test page.
    document: document.implementation.createHTMLDocument('test'),
    now: () => new Date(clock.time),
    randomId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    globalPrivacyControl: false,
    location: { protocol: 'https:', hostname: 'www.example.test', pathname: '/page' },
    send: (url, body) => sent.push({ url, body }),
    ...rest,
  };
}

export const DAY = 86_400_000;
