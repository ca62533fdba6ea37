// Where the click on "Asetukset" spends its time: Chromium traces (CDP Tracing) of the bench's first
// visit, the dialog opened 1,000 ms after the banner was painted as bench/run.mjs does, with the CPU
// throttled. For each run it prints the main thread's work from the click to the frame that shows the
// dialog's save button: by kind (self time), by bucket (style, layout, paint, module evaluation, the
// rest), and the tasks in order.
//
//   npm run bench:trace -- [--profile localhost|slow-mobile] [--runs N] [--library suostumus|vanilla]
//                          [--rate N] [--idle] [--js]
//
// --rate 1 runs unthrottled and reports each task's thread CPU time ×4: an estimate of its length at 4×
// on a quiet machine, which other work on a shared machine does not inflate (wall times at --rate 4 do).
// --idle looks instead at the time between the banner's paint and the click (what a visitor who never
// opens the settings pays for: the preparation's tasks). --js adds V8's sampling profiler's functions
// (the profiler costs time of its own). Needs a built dist/ (npm run build).
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
    rate: { type: 'string', default: '4' },
    idle: { type: 'boolean', default: false },
    js: { type: 'boolean', default: false },
  },
});
/** As bench/run.mjs's profiles. */
const NETWORK = {
  localhost: undefined,
  'slow-mobile': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};
if (!(values.profile in NETWORK)) throw new Error(`--profile wants localhost or slow-mobile, got ${values.profile}`);
if (!['suostumus', 'vanilla'].includes(values.library)) throw new Error(`--library wants suostumus or vanilla, got ${values.library}`);
const RATE = Number(values.rate);
if (!(RATE >= 1)) throw new Error(`--rate wants a number from 1, got ${values.rate}`);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'v8'];
/** Self CPU time is summed into these, by trace event name; everything else is "script and the rest". */
const BUCKETS = [
  ['style', /^UpdateLayoutTree$/],
  ['layout', /^Layout$/],
  ['paint', /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|RasterTask)$/],
  ['module compile and evaluation', /^(v8\.(compileModule|evaluateModule|produceModuleCache)|EvaluateScript)$/],
  ['template parsing (innerHTML)', /^ParseHTML$/],
];

/** Complete events of one thread between `from` and `to` (µs), each with its self wall and CPU time and its depth. */
function selfTimes(events, from, to) {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const rows = [];
  for (const event of complete) {
    while (stack.length > 0 && stack.at(-1).event.ts + stack.at(-1).event.dur <= event.ts) stack.pop();
    const row = { event, self: event.dur, selfCpu: event.tdur ?? 0, depth: stack.length };
    if (stack.length > 0) {
      stack.at(-1).self -= event.dur;
      stack.at(-1).selfCpu -= event.tdur ?? 0;
    }
    rows.push(row);
    stack.push(row);
  }
  return rows;
}

/** A trace event's name with the file and function it ran, where it says. */
function label(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const url = data.url ?? data.scriptName ?? data.stackTrace?.[0]?.url ?? event.args?.fileName ?? '';
  const file = url ? ` ${new URL(url, 'http://x').pathname.split('/').at(-1)}` : '';
  const fn = data.functionName ? ` ${data.functionName}` : '';
  return `${event.name}${file}${fn}${data.type ? ` (${data.type})` : ''}`;
}

const ms = (us) => (us / 1000).toFixed(1);
const sumBy = (entries) => [...entries].sort((a, b) => b[1] - a[1]);

/** V8 profiler samples between `from` and `to` (µs), by function: self ms. */
function functionsOf(profile, from, to) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map();
  let clock = profile.startTime;
  profile.samples.forEach((id, i) => {
    clock += profile.timeDeltas[i];
    if (clock < from || clock > to) return;
    const { callFrame } = nodes.get(id);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').at(-1)}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
    functions.set(key, (functions.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return functions;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`],
});
const site = await startSite();
try {
  for (let run = 0; run < Number(values.runs); run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    if (NETWORK[values.profile]) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', NETWORK[values.profile]);
    }
    await page.addInitScript(probe, { button: 'Hylkää kaikki' });
    const logged = (text) => new Promise((resolve) => { page.on('console', (m) => { if (m.text() === text) resolve(); }); });
    const done = logged('bench:done');
    const shown = logged('bench:dialog');
    await browser.startTracing(page, { categories: CATEGORIES });
    if (values.js) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(site.url(`/${values.library}.html`));
    await done;
    const bannerAt = await page.evaluate(() => window.__bench.paintedAt);
    await sleep(Math.max(0, bannerAt + 1000 - await page.evaluate(() => performance.now())));
    await page.evaluate(armDialog, 'Tallenna valinnat');
    await page.getByRole('button', { name: 'Asetukset', exact: true }).click();
    await shown;
    const profile = values.js ? (await cdp.send('Profiler.stop')).profile : undefined;
    const dialog = await page.evaluate(() => window.__bench.dialog);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await context.close();

    // The page's main thread: the one whose navigationStart is our page's (the first renderer may be
    // about:blank's); that navigation start is performance.now()'s zero.
    const navigation = events.filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(`/${values.library}.html`)).at(-1);
    const main = events.filter((e) => e.pid === navigation.pid && e.tid === navigation.tid);
    const at = (time) => navigation.ts + time * 1000;
    const [from, to] = values.idle ? [at(bannerAt), at(dialog.clickAt) - 1] : [at(dialog.clickAt), at(dialog.paintedAt)];
    const rows = selfTimes(main, from, to);
    const tops = rows.filter((r) => r.depth === 0);
    const buckets = new Map();
    const kinds = new Map();
    for (const row of rows) {
      const bucket = BUCKETS.find(([, pattern]) => pattern.test(row.event.name))?.[0] ?? 'script and the rest';
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + Math.max(0, row.selfCpu) * 4);
      kinds.set(label(row.event), (kinds.get(label(row.event)) ?? 0) + row.self);
    }
    console.log(`\nrun ${run + 1}: ${values.idle ? 'banner painted → click' : 'click → save button painted'} ${ms(to - from)} ms (CPU ${RATE}×), `
      + `main thread busy ${ms(tops.reduce((sum, r) => sum + r.event.dur, 0))} ms, its CPU time ×4 ${ms(tops.reduce((sum, r) => sum + (r.event.tdur ?? 0), 0) * 4)} ms`);
    console.log(`  CPU time ×4 by bucket (ms): ${sumBy(buckets).map(([name, us]) => `${name} ${ms(us)}`).join('; ')}`);
    console.log('  by kind (self wall ms, ≥ 1 ms):');
    for (const [kind, us] of sumBy(kinds).filter(([, us]) => us >= 1000)) console.log(`    ${ms(us).padStart(7)}  ${kind}`);
    console.log(`  tasks over 1 ms (start, ms after the ${values.idle ? 'banner\'s paint' : 'click'}; wall ms; CPU ms ×4; largest parts):`);
    for (const task of tops.filter((r) => r.event.dur > 1000)) {
      const end = task.event.ts + task.event.dur;
      const inside = rows.filter((c) => c.depth > 0 && c.event.ts >= task.event.ts && c.event.ts < end && (c.self > 500 || c.depth === 1))
        .sort((a, b) => a.depth - b.depth || b.self - a.self).slice(0, 6).map((c) => `${label(c.event)} ${ms(c.self)}`).join('; ');
      console.log(`    +${ms(task.event.ts - from).padStart(7)}  ${ms(task.event.dur).padStart(6)}  ${ms((task.event.tdur ?? 0) * 4).padStart(6)}  ${inside}`);
    }
    if (profile) {
      const functions = functionsOf(profile, from, to);
      console.log('  JavaScript by function (V8 profiler, self ms):');
      for (const [key, time] of sumBy(functions).slice(0, 25)) console.log(`    ${time.toFixed(1).padStart(7)}  ${key}`);
    }
  }
} finally {
  await site.close();
  await browser.close();
}
