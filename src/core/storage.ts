// The stored choice: serialise it into the cookie, and read it back defensively.
// Anything unexpected in the cookie means "not decided": a tampered value can never grant anything.

import { cookieDomains } from './environment.js';
import type { ConsentEnvironment } from './environment.js';
import { CONSENT_SOURCES, LANGUAGES } from './types.js';
import type { ConsentRecord, ConsentSource, Language, SuostumusConfig } from './types.js';
import { isPlainObject } from './values.js';

/** Longer than any record we write (20 categories), far below the 4 KB a browser keeps. */
export const MAX_RECORD_LENGTH = 2048;
const RECORD_KEYS = ['id', 'revision', 'timestamp', 'categories', 'source', 'language'];
/** The cookie's own field beside the record: where the copy was written (see `cookieScope`). */
const SCOPE_KEY = 'scope';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const DAY = 86_400_000;
/** Clocks drift; a record a little from the future is still the visitor's. */
const CLOCK_SKEW = DAY;

/**
 * Parses a raw cookie value into a record that fits `config`, or `undefined` when it is not one.
 * Categories the config no longer has are dropped; categories added since are refused.
 */
export function parseRecord(raw: string | undefined, config: SuostumusConfig): ConsentRecord | undefined {
  return parseCopy(raw, config)?.record;
}

/** One copy of the cookie: the record, and the scope it says it was written for (none before 0.2). */
interface StoredCopy {
  record: ConsentRecord;
  scope: string | undefined;
}

function parseCopy(raw: string | undefined, config: SuostumusConfig): StoredCopy | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_RECORD_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const { id, revision, timestamp, categories, source, language, scope } = value;
  const keys = Object.keys(value).filter((k) => k !== SCOPE_KEY);
  if (keys.length !== RECORD_KEYS.length || !keys.every((k) => RECORD_KEYS.includes(k))) return undefined;
  if (typeof (scope ?? '') !== 'string') return undefined;

  if (typeof id !== 'string' || !UUID.test(id)) return undefined;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0 || revision > 1_000_000) return undefined;
  if (typeof timestamp !== 'string' || !ISO_TIME.test(timestamp) || Number.isNaN(Date.parse(timestamp))) return undefined;
  if (typeof source !== 'string' || !(CONSENT_SOURCES as readonly string[]).includes(source)) return undefined;
  if (typeof language !== 'string' || !(LANGUAGES as readonly string[]).includes(language)) return undefined;
  if (!isPlainObject(categories)) return undefined;
  if (!Object.values(categories).every((v) => typeof v === 'boolean')) return undefined;

  const result: Record<string, boolean> = {};
  for (const category of config.categories) {
    // Own properties only: a key like "__proto__" or "toString" must not read as a grant.
    const granted = Object.prototype.hasOwnProperty.call(categories, category.id) && categories[category.id] === true;
    result[category.id] = category.required || granted;
  }
  return {
    record: { id, revision, timestamp, categories: result, source: source as ConsentSource, language: language as Language },
    scope: scope as string | undefined,
  };
}

/** True when every optional category is refused. */
export function refusesAll(record: ConsentRecord, config: SuostumusConfig): boolean {
  return config.categories.every((c) => c.required || !record.categories[c.id]);
}

/** How many days the record lives: shorter for a refusal, so the visitor is asked again sooner. */
export function lifetimeDays(record: ConsentRecord, config: SuostumusConfig): number {
  return refusesAll(record, config) ? config.cookie.rejectDays : config.cookie.days;
}

/** Why a parsed record no longer stands, or `undefined` when it does. */
export function staleReason(
  record: ConsentRecord, config: SuostumusConfig, now: Date,
): 'revision' | 'expired' | undefined {
  if (record.revision < config.revision) return 'revision';
  // A record from a newer revision than the page knows was not written by this site's config: distrust it.
  if (record.revision > config.revision) return 'revision';
  const time = Date.parse(record.timestamp);
  if (time > now.getTime() + CLOCK_SKEW) return 'expired';
  if (now.getTime() - time > lifetimeDays(record, config) * DAY) return 'expired';
  return undefined;
}

/**
 * Where this config writes its cookie, as the cookie itself says it (the `scope` field): `host/path` for
 * a host-only cookie, `.domain/path` for one shared with `cookie.domain` (the old notation for domain
 * cookies). `document.cookie` gives the values of several cookies of one name but not their domains or
 * paths, so each copy carries its own.
 */
export function cookieScope(env: ConsentEnvironment, config: SuostumusConfig): string {
  const { domain, path } = config.cookie;
  // The config's path holds no quote or backslash (config-rules.ts), so the scope needs no escaping.
  return `${domain ? `.${domain.replace(/^\./, '')}` : env.location.hostname}${path}`;
}

/**
 * The visitor's decision for this site, or `undefined` when there is none (or none that can be trusted).
 *
 * The rule for several cookies of our name (README, "Cookies of the same name on several domain
 * levels"): a sibling site may share its choice on the parent domain with `cookie.domain` while this site
 * keeps its own. The copy whose scope is this config's is this site's decision, whatever other copies
 * the page sees; copies of other scopes are another site's (or an old config's) and are left alone. A copy
 * without a scope (written before 0.2) counts only when it is the one unscoped copy; several unscoped
 * copies cannot be told apart, so none counts and all are removed — the next decision writes one again.
 */
export function readRecord(env: ConsentEnvironment, config: SuostumusConfig): ConsentRecord | undefined {
  let copies: (StoredCopy | undefined)[];
  try {
    copies = env.cookies.getAll(config.cookie.name).map((raw) => parseCopy(raw, config));
  } catch {
    return undefined;
  }
  const scope = cookieScope(env, config);
  const ours = copies.find((copy) => copy?.scope === scope);
  if (ours) return ours.record;
  const unscoped = copies.filter((copy) => !copy?.scope);
  if (unscoped.length > 1) removeRecord(env, config, true);
  return unscoped.length === 1 ? unscoped[0]?.record : undefined;
}

/**
 * The record as the cookie's JSON, written without `JSON.stringify` or any `toJSON`: code on a site's
 * pages may replace those (old libraries do), and the record must stay readable whatever the page did.
 * Every field is ASCII with no quote or backslash (a UUID, an ISO time, ids, a source and a language
 * checked by the config and `parseRecord`, and `scope`, see `cookieScope`), so nothing needs escaping.
 * `scope` (optional) is written as the cookie's own `"scope"` field; `parseRecord` accepts it and leaves
 * it out of the record it returns.
 */
export function serializeRecord(record: ConsentRecord, scope?: string): string {
  const categories = Object.keys(record.categories).map((id) => `"${id}":${record.categories[id] ? 'true' : 'false'}`).join(',');
  return `{"id":"${record.id}","revision":${String(record.revision)},"timestamp":"${record.timestamp}","categories":{${categories}},"source":"${record.source}","language":"${record.language}"${scope ? `,"scope":"${scope}"` : ''}}`;
}

/** Why the record could not be kept; `undefined` when it was. */
export type StorageProblem = 'refused' | 'changed';

/**
 * Writes the record and reads it back. Returns `undefined` when the browser kept exactly what was
 * written, `'refused'` when it kept nothing (cookies blocked, or `cookie.domain` not covering the host),
 * `'changed'` when something else came back (other code on the page wrote a cookie of the same name).
 * The choice then holds for this page view only.
 */
export function writeRecord(env: ConsentEnvironment, config: SuostumusConfig, record: ConsentRecord): StorageProblem | undefined {
  const { name, domain, path } = config.cookie;
  const value = serializeRecord(record, cookieScope(env, config));
  try {
    const before = env.cookies.getAll(name).join('\n');
    env.cookies.set(name, value, {
      path,
      ...(domain ? { domain } : {}),
      maxAge: lifetimeDays(record, config) * 86_400,
      sameSite: 'Lax',
      secure: env.location.protocol === 'https:',
    });
    // Every copy: a sibling site's cookie of our name on the parent domain may come first.
    const stored = env.cookies.getAll(name);
    if (stored.includes(value)) return undefined;
    // Nothing changed: the browser kept nothing of the write. Something else came back: other code.
    return stored.join('\n') === before ? 'refused' : 'changed';
  } catch {
    return 'refused';
  }
}

/** "/a/b/c" → "/a", "/a/", "/a/b", "/a/b/", "/a/b/c": the paths of cookies a page at that path receives. */
function pathPrefixes(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  return parts.flatMap((_, index) => {
    const prefix = `/${parts.slice(0, index + 1).join('/')}`;
    return [prefix, `${prefix}/`];
  });
}

export function removeRecord(env: ConsentEnvironment, config: SuostumusConfig, everywhere = false): void {
  const { name, domain, path } = config.cookie;
  try {
    env.cookies.remove(name, { path, ...(domain ? { domain } : {}) });
    if (everywhere) {
      // Every path a cookie this page can see may have: the configured one and each prefix of the page's
      // path (a copy left on another path would otherwise survive and count alone next time).
      for (const at of new Set([path, '/', ...pathPrefixes(env.location.pathname)])) {
        env.cookies.remove(name, { path: at });
        for (const parent of cookieDomains(env.location.hostname)) env.cookies.remove(name, { path: at, domain: parent });
      }
    }
  } catch {
    // Cookies may be blocked; there is then nothing to remove.
  }
}
