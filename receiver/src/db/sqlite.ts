// The embedded default: SQLite through better-sqlite3, one file in the data folder.
//
// Durability: WAL journal with synchronous=FULL, so a committed transaction is fsynced to the WAL before
// `insert` returns; a `kill -9` or a power cut after that cannot lose it. better-sqlite3 is synchronous:
// each insert blocks the event loop for one fsync, which is why the writer batches (writer.ts).

import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, MIGRATIONS_TABLE, statementsFor } from './schema.js';
import {
  BY_CONSENT_ID, COUNTS, DELETE_RECORDS, DELETE_WORDINGS, INSERT_RECORD, INSERT_WORDING, PAGE, recordValues, toCount, toRecord,
} from './queries.js';
import type { Row } from './queries.js';
import { dayAfter } from './types.js';
import type { Store, StoredRecord } from './types.js';

/** The database file's name inside the data folder. */
export const DATABASE_FILE = 'consent.sqlite';

/** Raised when better-sqlite3 is not installed or did not build; the message says how to fix it. */
export class EngineUnavailableError extends Error {}

function loadDriver(): typeof BetterSqlite3 {
  // Loaded on demand, so the PostgreSQL mode and the rest of the package never need the native module.
  const require = createRequire(import.meta.url);
  try {
    return require('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new EngineUnavailableError(
      `the embedded database (better-sqlite3) could not be loaded: ${(error as Error).message.split('\n')[0] ?? ''}\n` +
      'Fix: install it where suostumus is installed (npm install better-sqlite3@12; it builds from source ' +
      'when no prebuilt binary can be downloaded, which needs python3, make and a C++ compiler), or set ' +
      'DATABASE_URL to use PostgreSQL.',
    );
  }
}

/** Opens (creating when needed) the database in `dataDir` and applies the migrations not yet applied. */
export function openSqlite(dataDir: string): Store {
  const Database = loadDriver();
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, DATABASE_FILE);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // A second process (the admin's export while the receiver writes) waits instead of failing.
  db.pragma('busy_timeout = 5000');

  db.exec(MIGRATIONS_TABLE);
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => Number(r.version)));
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      for (const sql of statementsFor(migration, 'sqlite')) db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
        .run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }

  const insertRecord = db.prepare(INSERT_RECORD);
  const insertWording = db.prepare(INSERT_WORDING);
  const insertAll = db.transaction((records: StoredRecord[]) => {
    for (const r of records) {
      if (r.textsHash) insertWording.run(r.textsHash, r.revision, r.language, r.receivedAt);
      insertRecord.run(...recordValues(r));
    }
  });
  const byId = db.prepare(BY_CONSENT_ID);
  const page = db.prepare(PAGE);
  const counts = db.prepare(COUNTS);
  const deleteRecords = db.prepare(DELETE_RECORDS);
  const deleteWordings = db.prepare(DELETE_WORDINGS);

  return {
    kind: 'sqlite',
    location: file,
    insert(records) {
      try {
        insertAll.immediate(records);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    byConsentId: (consentId) => Promise.resolve((byId.all(consentId) as Row[]).map(toRecord)),
    page: (range, afterSeq, limit) =>
      Promise.resolve((page.all(`${range.from}T00:00:00.000Z`, dayAfter(range.to), afterSeq, limit) as Row[]).map(toRecord)),
    counts: (range) => Promise.resolve((counts.all(`${range.from}T00:00:00.000Z`, dayAfter(range.to)) as Row[]).map(toCount)),
    deleteReceivedBefore(cutoff) {
      const deleted = db.transaction(() => {
        const { changes } = deleteRecords.run(cutoff);
        deleteWordings.run();
        return changes;
      }).immediate();
      return Promise.resolve(deleted);
    },
    ping() {
      db.prepare('SELECT 1').get();
      return Promise.resolve();
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
