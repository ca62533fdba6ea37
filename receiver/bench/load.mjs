// npm run bench:receiver: load on one receiver process with autocannon, on this machine's loopback.
//
//   1. sustained: as fast as 50 connections go (BENCH_RATE=N offers N records/s instead) for BENCH_SECONDS
//      (default 60), each request a new valid record (a new consent id), as text/plain like sendBeacon.
//      autocannon's fixed rate sends each second's share in bursts, which queue behind each other: its
//      p99 is the bursts' as much as the receiver's, so the default measures without them;
//   2. with BENCH_CEILING_SECONDS=N (default 0), a second phase as fast as it goes.
// Then every acknowledged record is counted in the database. Prints the figures; exits 1 when the
// sustained phase misses 1,000 records/s or a p99 under 50 ms, or a 204 is not in the database.
//
// Environment: BENCH_ENGINE=sqlite|postgres (default sqlite; postgres uses a throwaway cluster),
// BENCH_RATE, BENCH_SECONDS, BENCH_CEILING_SECONDS, BENCH_CONNECTIONS. Loopback only; bounded in time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { postgresRows, record, spawnReceiver, startPostgres } from '../test/harness.mjs';

const engine = process.env.BENCH_ENGINE ?? 'sqlite';
const rate = Number(process.env.BENCH_RATE ?? 0);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const ceilingSeconds = Number(process.env.BENCH_CEILING_SECONDS ?? 0);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
if (!['sqlite', 'postgres'].includes(engine)) throw new Error(`BENCH_ENGINE: expected sqlite or postgres, got ${engine}`);

const dataDir = mkdtempSync(join(tmpdir(), 'suostumus-bench-'));
let postgres;
let databaseUrl;
if (engine === 'postgres') {
  postgres = await startPostgres();
  databaseUrl = await postgres.database();
}
const receiver = await spawnReceiver(['--data', dataDir, '--rate-limit', '0'], databaseUrl ? { DATABASE_URL: databaseUrl } : {});

/** CPU time the receiver process has used, in ms (Linux /proc; ticks of 10 ms). */
function receiverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${receiver.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function run(duration, overallRate) {
  return new Promise((resolve, reject) => {
    autocannon({
      url: receiver.url,
      connections,
      duration,
      ...(overallRate ? { overallRate } : {}),
      requests: [{
        method: 'POST',
        path: '/consent',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(record({ page: '/tuotteet/kahvi' })) }),
      }],
    }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const summary = (name, result) => ({
  phase: name,
  seconds: result.duration,
  'records/s': Math.round(result['2xx'] / result.duration),
  'p50 ms': result.latency.p50,
  'p99 ms': result.latency.p99,
  'max ms': result.latency.max,
  '204': result['2xx'],
  other: result.non2xx,
  errors: result.errors + result.timeouts,
});

const load = { before: loadavg()[0] };
await run(2, rate || undefined); // warm-up, counted in the database below like the rest
const cpuBefore = receiverCpuMs();
const sustained = await run(seconds, rate || undefined);
const cpuSustained = receiverCpuMs() - cpuBefore;
const ceiling = ceilingSeconds > 0 ? await run(ceilingSeconds) : undefined;
load.after = loadavg()[0];
await receiver.stop();

let stored;
if (engine === 'sqlite') {
  const db = new Database(join(dataDir, 'consent.sqlite'), { readonly: true });
  stored = db.prepare('SELECT COUNT(*) FROM consent_records').pluck().get();
  db.close();
} else {
  stored = (await postgresRows(databaseUrl)).length;
  await postgres.stop();
}
rmSync(dataDir, { recursive: true, force: true });

const rows = [summary(rate ? `sustained at ${rate}/s` : 'sustained, as fast as it goes', sustained), ...(ceiling ? [summary('ceiling', ceiling)] : [])];
console.log(`suostumus receiver load (${engine}; ${cpus().length} cores, ${cpus()[0]?.model ?? ''}; node ${process.version}; ` +
  `${connections} connections; load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)})`);
console.table(rows);
// The warm-up's 204s are in the database too; every record answered 204 must be there.
const answered = sustained['2xx'] + (ceiling?.['2xx'] ?? 0);
// CPU per record is what contention on a shared machine does not change much: the receiver's own cost.
console.log(`receiver CPU in the sustained phase: ${(cpuSustained / 1000).toFixed(1)} s of ${sustained.duration.toFixed(0)} s ` +
  `(${Math.round((cpuSustained / 10) / sustained.duration)}% of one core), ${(cpuSustained / sustained['2xx']).toFixed(3)} ms per record`);
console.log(`stored: ${stored} records; answered 204 in the measured phases: ${answered} (plus the warm-up's)`);
const ok = rows[0]['records/s'] >= 1000 && sustained.latency.p99 < 50 && stored >= answered && sustained.non2xx === 0;
console.log(ok ? 'met: ≥ 1,000 records/s sustained with p99 < 50 ms, every 204 stored' : 'NOT met: see the figures above');
process.exitCode = ok ? 0 : 1;
