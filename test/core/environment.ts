// A test environment for the core: an in-memory cookie jar that records attributes, a settable clock.
// Only the outside world is replaced; the core under test is the real one.
import type { ConsentEnvironment, CookieAttributes, CookieJar } from '../../src/core/environment.js';

export interface RecordingJar extends CookieJar {
  values: Map<string, string>;
  writes: { name: string; value: string; attributes: CookieAttributes }[];
  removals: { name: string; attributes: CookieAttributes }[];
  refuse: boolean;
  /** Extra same-name cookies the page would see (another path or domain). */
  duplicates: Map<string, number>;
}

export function memoryJar(initial: Record<string, string> = {}): RecordingJar {
  const jar: RecordingJar = {
    values: new Map(Object.entries(initial)),
    writes: [],
    removals: [],
    refuse: false,
    duplicates: new Map(),
    get: (name) => jar.values.get(name),
    all: () => Object.fromEntries(jar.values),
    count: (name) => (jar.values.has(name) ? 1 : 0) + (jar.duplicates.get(name) ?? 0),
    set(name, value, attributes) {
      jar.writes.push({ name, value, attributes });
      if (!jar.refuse) jar.values.set(name, value);
    },
    remove(name, attributes) {
      jar.removals.push({ name, attributes });
      jar.values.delete(name);
      jar.duplicates.delete(name);
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
