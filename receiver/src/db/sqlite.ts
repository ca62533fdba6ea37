// The embedded default: SQLite through better-sqlite3, one file in the data folder.
//
// Durability: WAL journal with synchronous=FULL, so a committed transaction is fsynced to the WAL before
// `insert` resolves; a `kill -9` or a power cut after that cannot lose it. Writes run in a thread of
// their own (sqlite-writer.ts), so an fsync never stops the event loop; reads run here.

import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, MIGRATIONS_TABLE, statementsFor } from './schema.js';
import { BY_CONSENT_ID, COUNTS, PAGE, toCount, toRecord } from './queries.js';
import type { Row } from './queries.js';
import { DatabaseUnavailableError, dayAfter } from './types.js';
import type { Store, StoredRecord } from './types.js';

/** The database file's name inside the data folder. */
export const DATABASE_FILE = 'consent.sqlite';


function loadDriver(): typeof BetterSqlite3 {
  // Loaded on demand, so the PostgreSQL mode and the rest of the package never need the native module.
  const require = createRequire(import.meta.url);
  try {
    return require('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new DatabaseUnavailableError(
      `the embedded database (better-sqlite3) could not be loaded: ${(error as Error).message.split('\n')[0] ?? ''}\n` +
      'Fix: install it where suostumus is installed (npm install better-sqlite3@12; it builds from source ' +
      'when no prebuilt binary can be downloaded, which needs python3, make and a C++ compiler), or set ' +
      'DATABASE_URL to use PostgreSQL.',
    );
  }
}

/** Opens (creating when needed) the database in `dataDir`, applies the migrations not yet applied, and
 * starts the writer thread (sqlite-writer.ts) that makes every insert and delete durable. */
export async function openSqlite(dataDir: string): Promise<Store> {
  const Database = loadDriver();
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, DATABASE_FILE);
  // This connection migrates, then only reads (WAL lets it read while the writer thread commits).
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

  const writer = await startWriterThread(file);
  const byId = db.prepare(BY_CONSENT_ID);
  const page = db.prepare(PAGE);
  const counts = db.prepare(COUNTS);
  const ping = db.prepare('SELECT 1');

  return {
    kind: 'sqlite',
    location: file,
    async insert(records) {
      await writer.call({ op: 'insert', records });
    },
    byConsentId: (consentId) => Promise.resolve((byId.all(consentId) as Row[]).map(toRecord)),
    page: (range, afterSeq, limit) =>
      Promise.resolve((page.all(`${range.from}T00:00:00.000Z`, dayAfter(range.to), afterSeq, limit) as Row[]).map(toRecord)),
    counts: (range) => Promise.resolve((counts.all(`${range.from}T00:00:00.000Z`, dayAfter(range.to)) as Row[]).map(toCount)),
    deleteReceivedBefore: (cutoff) => writer.call({ op: 'delete', cutoff }),
    async ping() {
      ping.get();
      await writer.call({ op: 'ping' }); // the writer thread answers too
    },
    async close() {
      await writer.close();
      db.close();
    },
  };
}

type WriterCall = { op: 'insert'; records: StoredRecord[] } | { op: 'delete'; cutoff: string } | { op: 'ping' } | { op: 'close' };
type WriterReply = { id: number; ok: true; result: number } | { id: number; ok: false; message: string } | { ready: true };

/** Starts sqlite-writer.js on `file`; resolves once it has opened the database. */
async function startWriterThread(file: string): Promise<{ call(message: WriterCall): Promise<number>; close(): Promise<void> }> {
  const worker = new Worker(new URL('./sqlite-writer.js', import.meta.url), { workerData: { file } });
  const pending = new Map<number, { resolve: (result: number) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', () => { fail(failure ?? new Error('the SQLite writer thread has stopped')); });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (reply: WriterReply) => {
      if ('ready' in reply) {
        resolve();
        return;
      }
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.result);
      else waiting?.reject(new Error(reply.message));
    });
  });
  const call = (message: WriterCall): Promise<number> => {
    if (failure) return Promise.reject(failure);
    const id = ++next;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  };
  return {
    call,
    async close() {
      if (failure) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      await call({ op: 'close' }).catch(() => undefined);
      await exited;
    },
  };
}
