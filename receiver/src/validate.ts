// The strict check of what the widget sends to `record.endpoint` (src/core/consent.ts, sendProof): the
// stored record (src/core/storage.ts) plus `page` and `textsHash`. Anything else is refused whole, so
// what is stored is exactly what the widget could have sent and nothing more (GDPR art. 5(1)(c)).

/** The sources the widget writes (src/core/types.ts, CONSENT_SOURCES). */
export const SOURCES = ['banner', 'preferences', 'api', 'gpc', 'embed'] as const;
/** The languages the widget speaks (src/core/types.ts, LANGUAGES). */
export const LANGUAGES = ['fi', 'en', 'sv'] as const;
/** How a decision reads in the counts: every optional category granted, none, or some. */
export type Choice = 'accept-all' | 'reject-all' | 'custom';

/** A record that passed `validateRecord`: safe to store as it is. */
export interface ConsentPayload {
  id: string;
  revision: number;
  /** The visitor's clock at the decision, ISO 8601 UTC, as sent. */
  timestamp: string;
  categories: Record<string, boolean>;
  source: (typeof SOURCES)[number];
  language: (typeof LANGUAGES)[number];
  /** The path of the page where the decision was made (no query, no fragment). */
  page: string;
  /** The fingerprint of the texts shown (src/core/texts-hash.ts), when the widget sent one. */
  textsHash: string | null;
}

export type Validation = { ok: true; record: ConsentPayload } | { ok: false; message: string };

const FIELDS = ['id', 'revision', 'timestamp', 'categories', 'source', 'language', 'page', 'textsHash'];
const REQUIRED = FIELDS.filter((f) => f !== 'textsHash');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,39}$/;
/** 8 hex digits today (FNV-1a 32); up to 64 leaves room for a longer fingerprint later. */
const TEXTS_HASH = /^[0-9a-f]{8,64}$/;
/** A path as `location.pathname` gives it: printable ASCII (browsers percent-encode the rest), no query. */
const PAGE = /^\/[\x21-\x22\x24-\x3e\x40-\x7e]*$/;
const MAX_PAGE = 512;
const MAX_CATEGORIES = 32;
const MAX_REVISION = 1_000_000;
/** Clocks drift; a decision a little from the future is still the visitor's (as the widget allows). */
const CLOCK_SKEW_MS = 86_400_000;

const fail = (message: string): Validation => ({ ok: false, message });

/**
 * Checks a parsed JSON body against the record's shape. `now` is the server's receive time (ms since
 * the epoch), for the future-timestamp check. Never throws; a failure's message names the field and
 * what it must be.
 */
export function validateRecord(value: unknown, now: number): Validation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('body: expected a JSON object such as {"id": "…", "revision": 1, …}');
  }
  const body = value as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (!FIELDS.includes(key)) return fail(`${key.slice(0, 40)}: unknown field; expected only ${FIELDS.join(', ')}`);
  }
  for (const key of REQUIRED) {
    if (!Object.prototype.hasOwnProperty.call(body, key)) return fail(`${key}: missing`);
  }
  const { id, revision, timestamp, categories, source, language, page, textsHash } = body;
  if (typeof id !== 'string' || !UUID.test(id)) return fail('id: expected a lowercase UUID such as 0b0e…-4…');
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0 || revision > MAX_REVISION) {
    return fail(`revision: expected a whole number from 0 to ${MAX_REVISION}`);
  }
  if (typeof timestamp !== 'string' || !ISO_TIME.test(timestamp)) {
    return fail('timestamp: expected an ISO 8601 UTC time such as 2026-01-31T12:00:00.000Z');
  }
  const time = Date.parse(timestamp);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 19) !== timestamp.slice(0, 19)) {
    return fail('timestamp: not a real date and time');
  }
  if (time > now + CLOCK_SKEW_MS) return fail('timestamp: more than a day in the future');
  if (typeof categories !== 'object' || categories === null || Array.isArray(categories)) {
    return fail('categories: expected an object such as {"necessary": true, "analytics": false}');
  }
  const entries = Object.entries(categories as Record<string, unknown>);
  if (entries.length > MAX_CATEGORIES) return fail(`categories: more than ${MAX_CATEGORIES}`);
  for (const [key, granted] of entries) {
    if (!CATEGORY_ID.test(key)) return fail(`categories: "${key.slice(0, 40)}" is not a category id (lowercase letters, digits, - and _)`);
    if (typeof granted !== 'boolean') return fail(`categories.${key}: expected true or false`);
  }
  const stored = categories as Record<string, boolean>;
  if (stored.necessary !== true) return fail('categories.necessary: must be true (necessary is always on)');
  if (typeof source !== 'string' || !(SOURCES as readonly string[]).includes(source)) {
    return fail(`source: expected one of ${SOURCES.join(', ')}`);
  }
  // Global Privacy Control is a refusal, never consent (the widget writes it so).
  if (source === 'gpc' && entries.some(([key, granted]) => key !== 'necessary' && granted)) {
    return fail('categories: a gpc record grants no optional category');
  }
  if (typeof language !== 'string' || !(LANGUAGES as readonly string[]).includes(language)) {
    return fail(`language: expected one of ${LANGUAGES.join(', ')}`);
  }
  if (typeof page !== 'string' || page.length > MAX_PAGE || !PAGE.test(page)) {
    return fail(`page: expected a path such as /tuotteet/kahvi (at most ${MAX_PAGE} characters, no query or fragment)`);
  }
  if (textsHash !== undefined && (typeof textsHash !== 'string' || !TEXTS_HASH.test(textsHash))) {
    return fail('textsHash: expected 8 to 64 lowercase hex digits');
  }
  return {
    ok: true,
    record: {
      id,
      revision,
      timestamp,
      categories: stored,
      source: source as ConsentPayload['source'],
      language: language as ConsentPayload['language'],
      page,
      textsHash: typeof textsHash === 'string' ? textsHash : null,
    },
  };
}

/** Accept all, reject all, or custom: what the consent-rate counts group by. */
export function choiceOf(categories: Record<string, boolean>): Choice {
  const optional = Object.entries(categories).filter(([key]) => key !== 'necessary');
  if (optional.length > 0 && optional.every(([, granted]) => granted)) return 'accept-all';
  if (optional.every(([, granted]) => !granted)) return 'reject-all';
  return 'custom';
}

/** The categories as stored: keys sorted, so equal choices are equal text (and dedupe as one). */
export function canonicalCategories(categories: Record<string, boolean>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(categories).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
