// The queries, written once with `?` placeholders; PostgreSQL gets them numbered ($1, $2, …).

import type { DayCount, StoredRecord } from './types.js';
import type { Choice } from '../validate.js';

export const COLUMNS = 'seq, consent_id, revision, decided_at, received_at, categories, choice, source, language, page, texts_hash, digest';

export const INSERT_RECORD = `INSERT INTO consent_records
  (consent_id, revision, decided_at, received_at, categories, choice, source, language, page, texts_hash, digest)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING`;

export const INSERT_WORDING = `INSERT INTO wordings (texts_hash, revision, language, first_seen)
  VALUES (?, ?, ?, ?) ON CONFLICT (texts_hash) DO NOTHING`;

export const BY_CONSENT_ID = `SELECT ${COLUMNS} FROM consent_records WHERE consent_id = ? ORDER BY seq`;

export const PAGE = `SELECT ${COLUMNS} FROM consent_records
  WHERE received_at >= ? AND received_at < ? AND seq > ? ORDER BY seq LIMIT ?`;

// The day is the first ten characters of the ISO receive time (UTC), in both dialects.
export const COUNTS = `SELECT substr(received_at, 1, 10) AS day, revision,
    SUM(CASE WHEN choice = 'accept-all' THEN 1 ELSE 0 END) AS accept_all,
    SUM(CASE WHEN choice = 'reject-all' THEN 1 ELSE 0 END) AS reject_all,
    SUM(CASE WHEN choice = 'custom' THEN 1 ELSE 0 END) AS custom,
    COUNT(*) AS total
  FROM consent_records WHERE received_at >= ? AND received_at < ?
  GROUP BY substr(received_at, 1, 10), revision ORDER BY day, revision`;

export const DELETE_RECORDS = 'DELETE FROM consent_records WHERE received_at < ?';
export const DELETE_WORDINGS = `DELETE FROM wordings WHERE NOT EXISTS
  (SELECT 1 FROM consent_records r WHERE r.texts_hash = wordings.texts_hash)`;

/** `?` → `$1`, `$2`, … (no statement here has a `?` inside a string). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A row as the database returns it (snake_case; numbers may come back as strings or bigints). */
export type Row = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));

export function toRecord(row: Row): StoredRecord {
  return {
    seq: Number(row.seq),
    consentId: text(row.consent_id),
    revision: Number(row.revision),
    decidedAt: text(row.decided_at),
    receivedAt: text(row.received_at),
    categories: text(row.categories),
    choice: text(row.choice) as Choice,
    source: text(row.source),
    language: text(row.language),
    page: text(row.page),
    textsHash: row.texts_hash === null || row.texts_hash === undefined ? null : text(row.texts_hash),
    digest: text(row.digest),
  };
}

export function toCount(row: Row): DayCount {
  return {
    day: text(row.day),
    revision: Number(row.revision),
    acceptAll: Number(row.accept_all),
    rejectAll: Number(row.reject_all),
    custom: Number(row.custom),
    total: Number(row.total),
  };
}

/** The values of INSERT_RECORD, in its order. */
export function recordValues(r: StoredRecord): (string | number | null)[] {
  return [r.consentId, r.revision, r.decidedAt, r.receivedAt, r.categories, r.choice, r.source, r.language, r.page, r.textsHash, r.digest];
}
