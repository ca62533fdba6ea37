// Where the click on "Asetukset" spends its time: one Chromium trace (CDP Tracing) of the bench's
// first visit on suostumus's page, the dialog opened 1,000 ms after the banner was painted, as
// bench/run.mjs does, with the CPU throttled 4×. Prints the main thread's work from the click to the
// frame that shows the dialog's save button, by kind (self time), and the tasks in order.
//
//   node bench/trace-dialog.mjs [--profile localhost|slow-mobile] [--runs N] [--library suostumus|vanilla] [--idle]
//
// --idle prints, instead, the widget's main-thread tasks between the banner's paint and the click (what
// a visitor who never opens the settings pays for). Needs a built dist/ (npm run build).
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { armDialog, probe } from './probe.mjs';
import { SITE_HOST, startSite } from './site.mjs';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'slow-mobile' },
    runs: { type: 'string', default: '3' },
    library: { type: 'string', default: 'suostumus' },
    idle: { type: 'boolean', default: false },
    // CPU throttling; at 1 the tasks' thread CPU time ×4 estimates their length at 4× on a quiet machine.
    rate: { type: 'string', default: '4' },
  },
});
const NETWORK = {
  localhost: undefined,
  'slow-mobile': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};
if (!(values.profile in NETWORK)) throw new Error(`--profile wants localhost or slow-mobile, got ${values.profile}`);
const PROBES = { suostumus: { button: 'Hylkää kaikki' }, vanilla: { button: 'Hylkää kaikki' } };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'v8'];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`],
});
const site = await startSite();

/** Self time of each event (duration less its children's) on one thread, between `from` and `to` (µs). */
function selfTimes(events, from, to) {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const rows = [];
  for (const event of complete) {
    while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const row = { event, self: event.dur, depth: stack.length };
    if (stack.length > 0) stack.at(-1).row.self -= event.dur;
    rows.push(row);
    stack.push({ ts: event.ts, dur: event.dur, row });
  }
  return rows;
}

function label(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const url = data.url ?? data.scriptName ?? data.stackTrace?.[0]?.url ?? event.args?.fileName ?? '';
  const file = url ? ` ${new URL(url, 'http://x').pathname.split('/').at(-1)}` : '';
  const fn = data.functionName ? ` ${data.functionName}` : '';
  return `${event.name}${file}${fn}${data.type ? ` (${data.type})` : ''}`;
}

const all = [];
for (let run = 0; run < Number(values.runs); run += 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
  if (NETWORK[values.profile]) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK[values.profile]);
  }
  await page.addInitScript(probe, PROBES[values.library]);
  const done = new Promise((resolve) => { page.on('console', (m) => { if (m.text() === 'bench:done') resolve(); }); });
  const shown = new Promise((resolve) => { page.on('console', (m) => { if (m.text() === 'bench:dialog') resolve(); }); });
  await browser.startTracing(page, { categories: CATEGORIES });
  // JavaScript by function (self time), from V8's sampling profiler.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(site.url(`/${values.library}.html`));
  await done;
  const paintedAt = await page.evaluate(() => window.__bench.paintedAt);
  await sleep(Math.max(0, paintedAt + 1000 - await page.evaluate(() => performance.now())));
  await page.evaluate(armDialog, 'Tallenna valinnat');
  await page.getByRole('button', { name: 'Asetukset', exact: true }).click();
  await shown;
  const { profile } = await cdp.send('Profiler.stop');
  const times = await page.evaluate(() => ({ ...window.__bench.dialog, banner: window.__bench.paintedAt }));
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();

  const events = trace.traceEvents;
  // The page's main thread: the thread whose navigationStart is our page's (the first renderer may be
  // about:blank's), and its navigation start, which is performance.now()'s zero.
  const navigation = events.filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(`/${values.library}.html`)).at(-1);
  const main = events.filter((e) => e.pid === navigation.pid && e.tid === navigation.tid);
  const timeOrigin = navigation.ts;
  const at = (ms) => timeOrigin + ms * 1000;
  const from = values.idle ? at(times.banner) : at(times.clickAt);
  const to = values.idle ? at(times.clickAt) - 1 : at(times.paintedAt);
  const rows = selfTimes(main, from, to);
  if (process.env.DEBUG) {
    for (const row of rows.filter((r) => ['Layout', 'UpdateLayoutTree', 'ParseHTML', 'Paint'].includes(r.event.name) && r.event.dur > 1000)) {
      console.log(`  ${row.event.name} +${((row.event.ts - from) / 1000).toFixed(1)} ${(row.event.dur / 1000).toFixed(1)} ms`, JSON.stringify(row.event.args).slice(0, 300));
    }
  }
  if (process.env.DEBUG) console.log({ from, to, timeOrigin, first: main[0]?.ts, last: main.at(-1)?.ts, profileStart: profile.startTime, profileEnd: profile.endTime, times });
  const total = (to - from) / 1000;
  const busy = rows.filter((r) => r.depth === 0).reduce((sum, r) => sum + r.event.dur, 0) / 1000;
  const cpu = rows.filter((r) => r.depth === 0).reduce((sum, r) => sum + (r.event.tdur ?? 0), 0) * 4 / 1000;
  const byKind = new Map();
  for (const row of rows) byKind.set(label(row.event), (byKind.get(label(row.event)) ?? 0) + row.self / 1000);
  const tasks = rows.filter((r) => r.depth === 0 && r.event.dur > 1000).map((r) => ({
    at: ((r.event.ts - from) / 1000).toFixed(1),
    ms: (r.event.dur / 1000).toFixed(1),
    // The thread's own CPU time (descheduling by other work on the machine left out), times the throttling.
    cpu: r.event.tdur === undefined ? '?' : ((r.event.tdur * 4) / 1000).toFixed(1),
    inside: rows.filter((c) => c.event.ts >= r.event.ts && c.event.ts < r.event.ts + r.event.dur && c.depth > 0 && (c.self > 500 || c.depth === 1))
      .sort((a, b) => a.depth - b.depth || b.self - a.self).slice(0, 6).map((c) => `${label(c.event)} ${(c.self / 1000).toFixed(1)}`).join('; '),
  }));
  all.push({ total, busy, byKind, tasks });
  // Samples between the click and the paint, by function (self time, ms).
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map();
  let clock = profile.startTime;
  // With --idle, the samples of the idle period's largest task (by CPU time): the preparation's.
  const ours = (r) => r.depth === 0 && rows.some((c) => c.event.name === 'FireIdleCallback' && c.event.ts >= r.event.ts && c.event.ts < r.event.ts + r.event.dur);
  const largest = rows.filter(ours).sort((a, b) => (b.event.tdur ?? 0) - (a.event.tdur ?? 0))[0]?.event;
  if (values.idle && largest) {
    const inTask = selfTimes(main, largest.ts, largest.ts + largest.dur);
    const kinds = new Map();
    for (const row of inTask) kinds.set(label(row.event), (kinds.get(label(row.event)) ?? 0) + (row.event.tdur ?? row.event.dur) / 1000);
    console.log(`  the largest idle-callback task: ${(largest.dur / 1000).toFixed(1)} ms, CPU ×4 ${((largest.tdur * 4) / 1000).toFixed(1)} ms; inclusive CPU ×4 by kind:`);
    for (const [kind, ms] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${(ms * 4).toFixed(1).padStart(7)}  ${kind}`);
  }
  const [fromUs, toUs] = values.idle && largest ? [largest.ts, largest.ts + largest.dur] : [from, to];
  profile.samples.forEach((id, i) => {
    clock += profile.timeDeltas[i];
    if (clock < fromUs || clock > toUs) return;
    const { callFrame } = nodes.get(id);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').at(-1)}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    functions.set(key, (functions.get(key) ?? 0) + delta / 1000);
  });
  const jsTotal = [...functions].filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)')).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`  JavaScript samples (V8 profiler): ${jsTotal.toFixed(1)} ms outside idle/program; top functions:`);
  for (const [key, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${key}`);
  console.log(`\nrun ${run + 1}: ${values.idle ? 'banner painted → click' : 'click → save button painted'} ${total.toFixed(1)} ms, main thread busy ${busy.toFixed(1)} ms, its CPU time ×4 ${cpu.toFixed(1)} ms`);
  console.log('  by kind (self ms, ≥ 1 ms):');
  for (const [kind, ms] of [...byKind].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${kind}`);
  console.log('  tasks over 1 ms (start, ms after the click; duration; CPU time ×4; largest parts):');
  for (const task of tasks) console.log(`    +${task.at.padStart(6)}  ${task.ms.padStart(6)}  ${task.cpu.padStart(6)}  ${task.inside}`);
}
await site.close();
await browser.close();
