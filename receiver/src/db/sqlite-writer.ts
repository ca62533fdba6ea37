// The SQLite writer thread. better-sqlite3 is synchronous: a commit's fsync would stop the event loop,
// and with it every request, for as long as the disk takes. Here it stops only this thread; the main
// thread keeps receiving and batching (writer.ts) while a batch is made durable.
//
// Messages in: { id, op: 'insert', records } | { id, op: 'delete', cutoff } | { id, op: 'ping' } | { id, op: 'close' }.
// Messages out: { id, ok: true, result } | { id, ok: false, message }, and { ready: true } once open.

import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { DELETE_RECORDS, DELETE_WORDINGS, INSERT_RECORD, INSERT_WORDING, recordValues } from './queries.js';
import type { StoredRecord } from './types.js';

type Message =
  | { id: number; op: 'insert'; records: StoredRecord[] }
  | { id: number; op: 'delete'; cutoff: string }
  | { id: number; op: 'ping' }
  | { id: number; op: 'close' };

const port = parentPort;
if (!port) throw new Error('sqlite-writer.js runs as a worker thread of the receiver');
const { file } = workerData as { file: string };
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

const db = new Database(file);
db.pragma('journal_mode = WAL');
// FULL: the WAL is fsynced at every commit, so a 204 survives a power cut, not only a kill -9.
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');

const insertRecord = db.prepare(INSERT_RECORD);
const insertWording = db.prepare(INSERT_WORDING);
const deleteRecords = db.prepare(DELETE_RECORDS);
const deleteWordings = db.prepare(DELETE_WORDINGS);
const insertAll = db.transaction((records: StoredRecord[]) => {
  for (const r of records) {
    if (r.textsHash) insertWording.run(r.textsHash, r.revision, r.language, r.receivedAt);
    insertRecord.run(...recordValues(r));
  }
});
const deleteBefore = db.transaction((cutoff: string) => {
  const { changes } = deleteRecords.run(cutoff);
  deleteWordings.run();
  return changes;
});

port.on('message', (message: Message) => {
  try {
    if (message.op === 'insert') {
      insertAll.immediate(message.records);
      port.postMessage({ id: message.id, ok: true, result: message.records.length });
    } else if (message.op === 'delete') {
      port.postMessage({ id: message.id, ok: true, result: deleteBefore.immediate(message.cutoff) });
    } else if (message.op === 'ping') {
      port.postMessage({ id: message.id, ok: true, result: db.prepare('SELECT 1').pluck().get() as number });
    } else {
      db.close();
      port.postMessage({ id: message.id, ok: true, result: 0 });
      port.close();
    }
  } catch (error) {
    port.postMessage({ id: message.id, ok: false, message: (error as Error).message });
  }
});
port.postMessage({ ready: true });
