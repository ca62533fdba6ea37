// PostgreSQL, when DATABASE_URL is set: for several receiver processes behind a load balancer on one
// database. Same schema and migrations as the embedded default (schema.ts).
//
// Durability: a COMMIT returns after PostgreSQL has flushed its WAL (synchronous_commit on, its
// default); `insert` resolves only after COMMIT. Several processes may insert at once: the digest's
// unique index makes a record sent twice, to either process, one row.

import pg from 'pg';
import { MIGRATIONS, MIGRATIONS_TABLE, statementsFor } from './schema.js';
import {
  BY_CONSENT_ID, COUNTS, DELETE_RECORDS, DELETE_WORDINGS, INSERT_RECORD, INSERT_WORDING, PAGE, numbered, recordValues, toCount, toRecord,
} from './queries.js';
import type { Row } from './queries.js';
import { DatabaseUnavailableError, dayAfter } from './types.js';
import type { Store } from './types.js';

/** Any fixed number: the key of the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 0x5375_6f73;

/**
 * A one-row `INSERT … VALUES (?, …) …` made into `rows` rows, numbered for PostgreSQL: the VALUES tuple
 * is repeated with `$1…$n`, `$n+1…`, and what follows it (ON CONFLICT) kept.
 */
export function manyRows(sql: string, rows: number, columns: number): string {
  const tuple = `(${Array(columns).fill('?').join(', ')})`;
  const at = sql.indexOf(tuple);
  if (at === -1) throw new Error(`manyRows: no ${tuple} in ${sql}`);
  return numbered(`${sql.slice(0, at)}${Array(rows).fill(tuple).join(', ')}${sql.slice(at + tuple.length)}`);
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** Connects, applies the migrations not yet applied (one process at a time), and returns the store. */
export async function openPostgres(url: string, poolSize = 8): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);

  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(`PostgreSQL at ${redactUrl(url)} could not be reached: ${(error as Error).message}. ` +
      'Check DATABASE_URL (postgres://user:password@host:5432/database) and that the server is running.');
  }
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const done = await client.query<Row>('SELECT version FROM schema_migrations');
    const applied = new Set(done.rows.map((r) => Number(r.version)));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        for (const sql of statementsFor(migration, 'postgres')) await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [migration.version, migration.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }

  const insertRecord = INSERT_RECORD;
  const insertWording = INSERT_WORDING;
  const rows = async (sql: string, values: unknown[]): Promise<Row[]> => (await pool.query<Row>(numbered(sql), values)).rows;

  return {
    kind: 'postgres',
    location: redactUrl(url),
    async insert(records) {
      // One lock order for every transaction (by digest, by hash), so two processes never deadlock.
      const sorted = [...records].sort((a, b) => (a.digest < b.digest ? -1 : 1));
      const wordings = [...new Map(sorted.filter((r) => r.textsHash).map((r) => [r.textsHash, r])).values()]
        .sort((a, b) => ((a.textsHash ?? '') < (b.textsHash ?? '') ? -1 : 1));
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        // One statement per table for the whole batch: one round trip each, whatever the batch size.
        if (wordings.length > 0) {
          await connection.query(manyRows(insertWording, wordings.length, 4), wordings.flatMap((r) => [r.textsHash, r.revision, r.language, r.receivedAt]));
        }
        await connection.query(manyRows(insertRecord, sorted.length, 11), sorted.flatMap(recordValues));
        await connection.query('COMMIT');
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    byConsentId: async (consentId) => (await rows(BY_CONSENT_ID, [consentId])).map(toRecord),
    page: async (range, afterSeq, limit) =>
      (await rows(PAGE, [`${range.from}T00:00:00.000Z`, dayAfter(range.to), afterSeq, limit])).map(toRecord),
    counts: async (range) => (await rows(COUNTS, [`${range.from}T00:00:00.000Z`, dayAfter(range.to)])).map(toCount),
    async deleteReceivedBefore(cutoff) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await connection.query(numbered(DELETE_RECORDS), [cutoff]);
        await connection.query(DELETE_WORDINGS);
        await connection.query('COMMIT');
        return result.rowCount ?? 0;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}
