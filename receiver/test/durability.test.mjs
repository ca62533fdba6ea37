// kill -9 under load: every record the receiver acknowledged (204) must be stored after a restart, on
// the embedded database and on PostgreSQL; and two receivers on one PostgreSQL lose nothing and store
// nothing twice, even when one of them is killed and its clients retry on the other.
//
// The kill comes at a random moment after the load is under way (at least 200 acknowledged). Timing
// decides nothing: the assertions compare sets, whatever the machine's speed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { killReceiversLeft, post, postgresRows, record, spawnReceiver, startPostgres, waitFor } from './harness.mjs';

after(killReceiversLeft);

const CONCURRENCY = 16;
const MAX_RECORDS = 50_000; // a bound on every load loop, whatever happens
const MAX_LOAD_MS = 60_000;

/**
 * Sends records from CONCURRENCY loops until `stopWhen()` or the bounds. Returns at once the live tally
 * (`acked`: ids answered 204; `sent`) and `done`, which resolves when every loop has stopped.
 */
function load(url, stopWhen) {
  const tally = { acked: new Set(), sent: 0 };
  const end = Date.now() + MAX_LOAD_MS;
  const loop = async () => {
    while (!stopWhen() && tally.sent < MAX_RECORDS && Date.now() < end) {
      const body = record();
      tally.sent += 1;
      try {
        if ((await post(url, body)).status === 204) tally.acked.add(body.id);
      } catch {
        // Killed: no answer. Such a record may or may not be stored; it was never acknowledged.
      }
    }
  };
  return { tally, done: Promise.all(Array.from({ length: CONCURRENCY }, loop)) };
}

/** Loads the receiver and kills it with SIGKILL at a random moment once ≥ 200 records are acknowledged. */
async function killUnderLoad(receiver) {
  let killed = false;
  const { tally, done } = load(receiver.url, () => killed);
  await waitFor(() => tally.acked.size >= 200, { what: '200 acknowledged records', ms: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 500)));
  await receiver.kill9();
  killed = true;
  await done;
  return tally;
}

describe('kill -9 under load (embedded database)', () => {
  let dataDir;
  before(() => { dataDir = mkdtempSync(join(tmpdir(), 'suostumus-kill-')); });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('every acknowledged record is stored after a restart, over three kills, and the database is intact', async () => {
    const allAcked = new Set();
    for (let round = 0; round < 3; round++) {
      const receiver = await spawnReceiver(['--data', dataDir, '--rate-limit', '0']);
      const { acked, sent } = await killUnderLoad(receiver);
      assert.notEqual((await receiver.exited).signal, null, 'the receiver was killed');
      for (const id of acked) allAcked.add(id);
      const db = new Database(join(dataDir, 'consent.sqlite'), { readonly: false });
      try {
        assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
        const stored = new Set(db.prepare('SELECT consent_id FROM consent_records').pluck().all());
        const lost = [...allAcked].filter((id) => !stored.has(id));
        console.log(`# sqlite round ${round + 1}: sent ${sent}, acknowledged ${acked.size}, stored in all ${stored.size}, acknowledged but lost ${lost.length}`);
        assert.deepEqual(lost, []);
      } finally {
        db.close();
      }
    }
  });
});

describe('PostgreSQL: kill -9, and two receivers on one database', () => {
  let postgres;
  before(async () => { postgres = await startPostgres(); });
  after(async () => { await postgres?.stop(); });

  it('every acknowledged record is stored after kill -9', async () => {
    const url = await postgres.database();
    const receiver = await spawnReceiver(['--rate-limit', '0'], { DATABASE_URL: url });
    const { acked, sent } = await killUnderLoad(receiver);
    const stored = new Set((await postgresRows(url)).map((r) => r.consent_id));
    const lost = [...acked].filter((id) => !stored.has(id));
    console.log(`# postgres: sent ${sent}, acknowledged ${acked.size}, stored ${stored.size}, acknowledged but lost ${lost.length}`);
    assert.deepEqual(lost, []);
  });

  it('two receivers, one killed mid-stream with its clients retrying on the other: every record stored exactly once', async () => {
    const url = await postgres.database();
    // Both start (and migrate) at once: the advisory lock lets one migrate and the other wait.
    const [a, b] = await Promise.all([
      spawnReceiver(['--rate-limit', '0'], { DATABASE_URL: url }),
      spawnReceiver(['--rate-limit', '0'], { DATABASE_URL: url }),
    ]);
    const TOTAL = 2000;
    const records = Array.from({ length: TOTAL }, () => record());
    let next = 0;
    let killedA = false;
    const answered = { a: 0, b: 0 };
    const retried = [];
    // Each record goes to a or b in turn; every tenth also to the other one at the same time (a load
    // balancer's retry racing the original); when a is dead, its share is retried on b.
    const send = async (target, body) => {
      const response = await post(target.url, body);
      if (response.status !== 204) throw new Error(`status ${response.status}`);
    };
    const loop = async () => {
      while (next < TOTAL) {
        const i = next++;
        const body = records[i];
        const first = i % 2 === 0 && !killedA ? a : b;
        const other = first === a ? b : a;
        const attempts = [send(first, body).then(() => { answered[first === a ? 'a' : 'b'] += 1; return true; }, () => false)];
        if (i % 10 === 0 && !(other === a && killedA)) attempts.push(send(other, body).then(() => true, () => false));
        const results = await Promise.all(attempts);
        if (!results.some(Boolean)) {
          retried.push(i);
          await send(b, body);
        }
      }
    };
    const loops = Promise.all(Array.from({ length: CONCURRENCY }, loop));
    await waitFor(() => next >= TOTAL / 3, { what: 'a third of the records sent', ms: 60_000 });
    await a.kill9();
    killedA = true;
    await loops;
    await b.stop();
    const rows = await postgresRows(url);
    const ids = rows.map((r) => r.consent_id);
    const unique = new Set(ids);
    console.log(`# two receivers: ${TOTAL} records, answered by a ${answered.a} (then killed), by b ${answered.b}, retried on b ${retried.length}; stored ${rows.length} rows, ${unique.size} distinct`);
    assert.equal(rows.length, TOTAL, 'no record stored twice, none lost');
    assert.equal(unique.size, TOTAL);
    assert.ok(answered.a > 0, 'a answered before it was killed');
  });
});
