// What the HTTP layer needs from a database; one implementation per engine (sqlite.ts, postgres.ts).

import type { Choice } from '../validate.js';

/** One row of `consent_records`, as stored and as shown to the admin. */
export interface StoredRecord {
  /** Insertion order; ties nothing to the visitor. */
  seq?: number;
  consentId: string;
  revision: number;
  /** The visitor's clock at the decision, ISO 8601 UTC. */
  decidedAt: string;
  /** The server's clock when the record was received, ISO 8601 UTC. */
  receivedAt: string;
  /** JSON of the categories, keys sorted. */
  categories: string;
  choice: Choice;
  source: string;
  language: string;
  page: string;
  textsHash: string | null;
  /** SHA-256 of the record's content: the same record sent twice is stored once. */
  digest: string;
}

/** One line of the consent-rate counts. */
export interface DayCount {
  /** YYYY-MM-DD (UTC) of the receive time. */
  day: string;
  revision: number;
  acceptAll: number;
  rejectAll: number;
  custom: number;
  total: number;
}

/** A date range on the receive time: `from` and `to` inclusive ISO dates (YYYY-MM-DD, UTC). */
export interface DayRange {
  from: string;
  to: string;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data is, for the start-up line (a path, or the database URL without its password). */
  readonly location: string;
  /**
   * Inserts the records in one transaction; resolves only once the transaction is durable (committed
   * and flushed). A record whose digest is already stored is skipped. Rejects when nothing was stored.
   */
  insert(records: StoredRecord[]): Promise<void>;
  /** Every record of one consent id, oldest first. */
  byConsentId(consentId: string): Promise<StoredRecord[]>;
  /** Up to `limit` records received in `range` with `seq` above `afterSeq`, in `seq` order (keyset pages). */
  page(range: DayRange, afterSeq: number, limit: number): Promise<StoredRecord[]>;
  /** Counts per receive day and revision, oldest day first. */
  counts(range: DayRange): Promise<DayCount[]>;
  /** Deletes records received before `cutoff` (ISO time) and wordings no record uses; returns records deleted. */
  deleteReceivedBefore(cutoff: string): Promise<number>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The database could not be opened or reached; the message says which and how to fix it. */
export class DatabaseUnavailableError extends Error {}

/** `YYYY-MM-DD` → the ISO time that starts the next day, for half-open ranges on `received_at`. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
}
