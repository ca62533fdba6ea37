// npm run bench: suostumus against vanilla-cookieconsent 3.1.0 in headless Chromium on this machine.
// Not a test: it measures and reports, and exits non-zero only when it cannot measure.
//
//   node bench/run.mjs [--runs N] [--no-build] [--profile localhost|slow-mobile] [--scenario first|returning]
//                      [--no-notice] [--no-npm] [--against DIR]
//
// Builds (npm run build) unless --no-build, serves bench/site.mjs's pages on 127.0.0.1, and loads each
// page N times per scenario (default 15) in a fresh browser context, alternating the order of the
// pages from one round to the next, with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate).
// Profiles: localhost (no network throttling) and slow mobile (CDP Network.emulateNetworkConditions:
// 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up — Lighthouse's mobile profile). Scenarios: first
// visit (no cookie: the banner, then a click on "Asetukset" and the settings dialog), returning visitor
// (each library's own cookie after "Hyväksy kaikki"); then the <suostumus-notice> render time
// (bench/notice.mjs) and the npm app built from the README's snippet (bench/npm-app.mjs).
// --profile and --scenario measure one of each only (for trying an idea); RESULTS.md is then not written.
// --against DIR loads a second build of suostumus (DIR: its built files, such as another worktree's dist/)
// interleaved with this one and vanilla, as a fourth page, and adds its column and the ratio of this build
// to it: the way to compare two builds, since whole runs differ more than most changes (bench/METHOD.md).
// Prints the medians and writes bench/results.json and bench/RESULTS.md.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { NOTICE_PAGE, noticeFixtures, renderArgs, renderInPage } from './notice.mjs';
import { measureNpmApp, npmAppText } from './npm-app.mjs';
import { armDialog, collect, probe, probeSignal } from './probe.mjs';
import { cell, markdownTable, rows, summarize, textTable } from './stats.mjs';
import { LIBRARIES, SITE_HOST, fileFor, pageHtml, root, startSite } from './site.mjs';

const THROTTLING = 4;
/**
 * Network profiles, each with the CPU throttled THROTTLING×. slow-mobile is Lighthouse's mobile
 * throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) applied by CDP
 * Network.emulateNetworkConditions: the round trip is added to every request, the throughput shared.
 */
const PROFILES = {
  localhost: { title: 'localhost', network: undefined },
  'slow-mobile': {
    title: 'slow mobile (150 ms round trip, 1.6 Mbit/s down, CPU 4×)',
    network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
};
/**
 * The settings dialog is opened this long after the banner was painted (ms, page clock): a visitor who
 * reads the three buttons first. Both libraries get the same time; whatever either fetches meanwhile
 * counts as "fetched after the banner was painted".
 */
const CLICK_AFTER_MS = 1000;
const VIEWPORT = { width: 1280, height: 720 };
/** After the probe reports, keep observing this long (wall clock) for late long tasks and shifts. */
const SETTLE_MS = 800;
const RUN_TIMEOUT_MS = 30_000;
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  // Nothing leaves the machine: every host but our server fails to resolve (the request is aborted
  // by the browser itself, without request interception slowing every other request down). The pages
  // are served as a live site's host (bench/site.mjs): on 127.0.0.1, a development host, suostumus would
  // also fetch its check chunk, which no visitor of a real site downloads.
  `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
];

// --- Arguments -------------------------------------------------------------------------------------
let runs = 15;
let build = true;
let notice = true;
let npmApp = true;
let profiles = Object.keys(PROFILES);
let scenarios = ['first', 'returning'];
/** --against: the folder of the other build's files (absolute), or undefined. */
let against;
const USAGE = 'usage: node bench/run.mjs [--runs N] [--no-build] [--profile localhost|slow-mobile] [--scenario first|returning] [--no-notice] [--no-npm] [--against DIR]';
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 1) {
  const arg = argv[i];
  const value = () => (arg.includes('=') ? arg.split('=')[1] : argv[(i += 1)]);
  if (arg === '--no-build') build = false;
  else if (arg === '--no-notice') notice = false;
  else if (arg === '--no-npm') npmApp = false;
  else if (arg === '--runs' || arg.startsWith('--runs=')) {
    const text = value();
    runs = Number(text);
    if (!Number.isInteger(runs) || runs < 1) fail(`--runs wants a whole number ≥ 1, got ${text}`);
  } else if (arg === '--profile' || arg.startsWith('--profile=')) {
    const name = value();
    if (!PROFILES[name]) fail(`--profile wants one of ${Object.keys(PROFILES).join(', ')}, got ${name}`);
    profiles = [name];
  } else if (arg === '--scenario' || arg.startsWith('--scenario=')) {
    const name = value();
    if (!scenarios.includes(name)) fail(`--scenario wants first or returning, got ${name}`);
    scenarios = [name];
  } else if (arg === '--against' || arg.startsWith('--against=')) {
    const folder = value();
    against = folder ? resolve(folder) : undefined;
    if (!against || !existsSync(join(against, 'suostumus.js'))) fail(`--against wants a folder with a built suostumus.js (such as another worktree's dist/), got ${folder}`);
  } else fail(`unknown argument ${arg}; ${USAGE}`);
}
/** A full run (every profile and scenario) rewrites RESULTS.md; a partial one only prints and writes results.json. */
const complete = profiles.length === Object.keys(PROFILES).length && scenarios.length === 2 && notice && npmApp && !against;
/** The pages loaded in each round: the three of bench/site.mjs, and with --against the other build's. */
const libraries = against ? [...LIBRARIES, 'against'] : LIBRARIES;
/** The other build's files, served under /against/ (its page loads /against/suostumus.js, its chunks beside it). */
const mounts = against ? { '/against/': against } : {};

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

const log = (message) => { process.stderr.write(message); };
const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

// --- What each scenario waits for, per page --------------------------------------------------------
const SCENARIOS = {
  first: {
    title: 'First visit (no cookie): banner shown',
    cookies: false,
    probe: { suostumus: { button: 'Hylkää kaikki' }, vanilla: { button: 'Hylkää kaikki' }, none: { load: true } },
  },
  returning: {
    title: 'Returning visitor (decision stored: accept all)',
    cookies: true,
    probe: {
      // Ready: the API is there and the settings button is visible.
      suostumus: { global: 'suostumus', button: 'Evästeasetukset' },
      // Ready: vanilla fires cc:onConsent once it has read a valid cookie and run the granted scripts.
      // It shows nothing on a returning visit (sites link to its settings themselves).
      vanilla: { event: 'cc:onConsent' },
      none: { load: true },
    },
  },
};

// The other build waits for what this one does.
for (const scenario of Object.values(SCENARIOS)) scenario.probe.against = scenario.probe.suostumus;

// The rows both scenarios share; each scenario adds its own timing rows after the byte counts. Bytes
// count the widget's files requested before the banner (or the ready state) was painted.
const BYTES = [
  { key: 'bodyBytes', label: 'widget bytes, uncompressed', unit: 'B', baseline: false },
  { key: 'wireBytes', label: 'widget bytes on the wire (gzip, headers included)', unit: 'B', baseline: false },
  { key: 'gzipBytes', label: 'same files gzip -9 (from disk)', unit: 'B', baseline: false },
  { key: 'requests', label: 'widget requests', baseline: false },
];
const MAIN_THREAD = [
  { key: 'scriptMs', label: 'main-thread script time', unit: 'ms', digits: 1 },
  { key: 'taskMs', label: 'main-thread task time', unit: 'ms', digits: 1 },
  { key: 'longTasks', label: 'long tasks > 50 ms' },
  { key: 'widgetLongTasks', label: '… of which ran widget code' },
  { key: 'widgetOwnLongTasks', label: '… of which widget code alone ran > 50 ms' },
  { key: 'longTaskMs', label: 'long-task time', unit: 'ms' },
  { key: 'cls', label: 'CLS', digits: 3, spread: 'max' },
  { key: 'firstContentfulPaint', label: 'page first contentful paint', unit: 'ms' },
  { key: 'loadEvent', label: 'page load event end', unit: 'ms' },
];
const METRICS = {
  first: [
    ...BYTES,
    { key: 'bannerLaidOut', label: 'banner in layout', unit: 'ms', baseline: false },
    { key: 'bannerPainted', label: 'banner visible, painted', unit: 'ms', baseline: false },
    { key: 'laterGzipBytes', label: 'fetched after the banner was painted, before the click, gzip -9', unit: 'B', baseline: false },
    { key: 'dialogPainted', label: '"Asetukset" clicked → settings dialog\'s save button painted', unit: 'ms', baseline: false },
    { key: 'dialogGzipBytes', label: 'fetched after the click, gzip -9', unit: 'B', baseline: false },
    ...MAIN_THREAD,
  ],
  returning: [
    ...BYTES,
    { key: 'consentApplied', label: 'consent applied', unit: 'ms', baseline: false },
    { key: 'readyPainted', label: 'ready, painted', unit: 'ms', baseline: false },
    ...MAIN_THREAD,
  ],
};

// --- One measured page load ------------------------------------------------------------------------
const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

/** A page with the CPU throttled, and the network too when the profile says so. */
async function throttledPage(context, profile = PROFILES.localhost) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  return { page, cdp };
}

async function metricsOf(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/** Loads `library`'s page once for `scenario` on `profile` and returns the raw numbers of that run. */
async function measure(browser, site, library, scenario, cookies, profile) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    if (cookies) await context.addCookies(cookies);
    const { page, cdp } = await throttledPage(context, profile);
    await page.addInitScript(probe, SCENARIOS[scenario].probe[library]);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');

    // Bytes on the wire per request: CDP Network.loadingFinished encodedDataLength (headers included).
    const urls = new Map();
    const wire = new Map();
    const outside = [];
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
      urls.set(requestId, request.url);
      if (!request.url.startsWith(site.origin) && !request.url.startsWith('data:')) outside.push(request.url);
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => { wire.set(urls.get(requestId), encodedDataLength); });

    const done = probeSignal(page, 'bench:done', `${library}/${scenario}`, RUN_TIMEOUT_MS);
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    const before = await metricsOf(cdp);
    await page.goto(site.url(`/${library}.html`), { waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
    await done;
    await sleep(SETTLE_MS);
    const after = await metricsOf(cdp);
    const data = await page.evaluate(collect);

    // The widget's files: the resources that are files of dist/ or of vanilla-cookieconsent (with its
    // config); the page itself and the favicon are not. Those requested before the banner (or the ready
    // state) was painted are what the visitor waited for; the rest came after, before the click.
    const widgetFile = (url) => url.startsWith(site.origin) && fileFor(new URL(url).pathname, mounts) !== undefined;
    const fileOf = (r) => {
      const path = new URL(r.url).pathname;
      return { path, body: r.decodedBodySize, wire: wire.get(r.url), gzip: gzipSize(fileFor(path, mounts)) };
    };
    const widgetResources = data.resources.filter((r) => widgetFile(r.url));
    const files = widgetResources.filter((r) => r.startTime < data.paintedAt).map(fileOf);
    const later = widgetResources.filter((r) => r.startTime >= data.paintedAt).map(fileOf);

    // The settings dialog: "Asetukset" clicked CLICK_AFTER_MS after the banner was painted.
    let dialog;
    if (scenario === 'first' && library !== 'none') {
      const wait = data.paintedAt + CLICK_AFTER_MS - await page.evaluate(() => performance.now());
      await sleep(Math.max(0, wait));
      await page.evaluate(armDialog, 'Tallenna valinnat');
      const shown = probeSignal(page, 'bench:dialog', `${library}/${scenario}: the settings dialog`, RUN_TIMEOUT_MS);
      await page.getByRole('button', { name: 'Asetukset', exact: true }).click({ timeout: RUN_TIMEOUT_MS });
      await shown;
      const { dialog: times, resources } = await page.evaluate(collect);
      dialog = {
        ms: times.paintedAt - times.clickAt,
        files: resources.filter((r) => widgetFile(r.url) && r.startTime >= times.clickAt).map(fileOf),
      };
    }
    // Scripts from those files that ran in a long animation frame, and the long tasks they ran in.
    const widgetScripts = data.longFrames.flatMap((frame) => frame.scripts)
      .filter((script) => widgetFile(script.sourceURL))
      .map((script) => ({ ...script, sourceURL: new URL(script.sourceURL).pathname }));
    const ranWidget = ([start, duration]) => widgetScripts.some((script) => script.startTime < start + duration && script.startTime + script.duration > start);
    /**
     * The widget's own script time in a long task: its scripts' durations, clipped to the task. A task can
     * be long for the page's own work (its first layout, say) with a little widget code in it; this tells
     * those apart from the tasks the widget alone made long.
     */
    const widgetMsIn = ([start, duration]) => widgetScripts.reduce((total, script) => (
      total + Math.max(0, Math.min(start + duration, script.startTime + script.duration) - Math.max(start, script.startTime))), 0);
    const sum = (key, list = files) => list.reduce((total, f) => total + (f[key] ?? 0), 0);
    const delta = (name) => Math.max(0, (after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    const paintedAt = data.paintedAt;
    return {
      files,
      later,
      dialogFiles: dialog?.files,
      outside,
      errors,
      wireBytes: sum('wire'),
      bodyBytes: sum('body'),
      gzipBytes: sum('gzip'),
      requests: files.length,
      bannerLaidOut: scenario === 'first' ? data.laidOutAt : undefined,
      bannerPainted: scenario === 'first' ? paintedAt : undefined,
      laterGzipBytes: scenario === 'first' && library !== 'none' ? sum('gzip', later) : undefined,
      dialogPainted: dialog?.ms,
      dialogGzipBytes: dialog ? sum('gzip', dialog.files) : undefined,
      consentApplied: scenario === 'returning' ? data.globalAt ?? data.eventAt : undefined,
      readyPainted: scenario === 'returning' ? paintedAt : undefined,
      scriptMs: delta('ScriptDuration'),
      taskMs: delta('TaskDuration'),
      layoutMs: delta('LayoutDuration'),
      styleMs: delta('RecalcStyleDuration'),
      longTasks: data.longTasks.length,
      longTaskMs: data.longTasks.reduce((total, [, duration]) => total + duration, 0),
      widgetLongTasks: data.longTasks.filter(ranWidget).length,
      widgetOwnLongTasks: data.longTasks.filter((task) => widgetMsIn(task) > 50).length,
      longTaskList: data.longTasks,
      widgetScripts,
      cls: data.shifts.reduce((total, [, value]) => total + value, 0),
      firstContentfulPaint: data.firstContentfulPaint,
      loadEvent: data.loadEventEnd,
      domContentLoaded: data.domContentLoaded,
      bannerVisibleAtEnd: data.bannerVisibleAtEnd,
    };
  } finally {
    await context.close();
  }
}

/** Each library's own cookie, as it writes it after "Hyväksy kaikki" (unthrottled, not measured). */
async function acceptOnce(browser, site, library) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(site.url(`/${library}.html`));
    await page.getByRole('button', { name: 'Hyväksy kaikki', exact: true }).click({ timeout: RUN_TIMEOUT_MS });
    for (let waited = 0; waited < 5000; waited += 50) {
      const cookies = await context.cookies();
      if (cookies.length > 0) {
        return cookies.map(({ name, value, domain, path, expires, httpOnly, secure, sameSite }) => ({
          name, value, domain, path, expires, httpOnly, secure, sameSite,
        }));
      }
      await sleep(50);
    }
    throw new Error(`${library} wrote no cookie after "Hyväksy kaikki"`);
  } finally {
    await context.close();
  }
}

// --- Notice -----------------------------------------------------------------------------------------
async function measureNotice(browser, cookies) {
  const { file, variants, sizes } = await noticeFixtures();
  const site = await startSite({ '/notice.html': pageHtml('suostumus', NOTICE_PAGE) });
  const names = Object.keys(variants);
  const measured = Object.fromEntries(names.map((name) => [name, []]));
  try {
    for (let i = 0; i < runs; i += 1) {
      for (const name of i % 2 === 0 ? names : [...names].reverse()) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        try {
          await context.addCookies(cookies); // a returning visitor: no banner rendering alongside
          const { page } = await throttledPage(context);
          await page.goto(site.url('/notice.html'));
          measured[name].push(await page.evaluate(renderInPage, renderArgs(variants[name])));
        } finally {
          await context.close();
        }
      }
      log('.');
    }
  } finally {
    await site.close();
  }
  return {
    fixture: file,
    ...Object.fromEntries(names.map((name) => [name, {
      jsonBytes: sizes[name],
      sections: Math.max(...measured[name].map((m) => m.sections)), ms: summarize(measured[name].map((m) => m.ms)),
    }])),
  };
}

// --- Main -------------------------------------------------------------------------------------------
if (build) {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
  if (result.status !== 0) fail('npm run build failed; fix the build or run with --no-build against the current dist/');
}
if (!fileFor('/suostumus.js')) fail('dist/suostumus.js is missing: run npm run build (or drop --no-build)');
if (!fileFor('/vendor/cookieconsent.umd.js')) fail('vanilla-cookieconsent is not installed: run npm ci');

const started = Date.now();
const loadBefore = loadavg()[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const site = await startSite(against ? { '/against.html': pageHtml('suostumus').replace('src="/suostumus.js"', 'src="/against/suostumus.js"') } : {}, mounts);
/** Raw runs by "profile/scenario" (such as "slow-mobile/first"), then by library. */
const results = {};
let noticeResult;
let npmResult;
let cookies;
try {
  cookies = {
    suostumus: await acceptOnce(browser, site, 'suostumus'),
    vanilla: await acceptOnce(browser, site, 'vanilla'),
    none: [],
    ...(against ? { against: await acceptOnce(browser, site, 'against') } : {}),
  };
  for (const profileName of profiles) {
    const profile = PROFILES[profileName];
    for (const scenario of scenarios) {
      const raw = Object.fromEntries(libraries.map((library) => [library, []]));
      log(`${profileName}/${scenario}: `);
      const cookiesFor = (library) => (SCENARIOS[scenario].cookies ? cookies[library] : undefined);
      // One unrecorded load of each page first, so the first recorded run does not pay for warming up.
      for (const library of libraries) await measure(browser, site, library, scenario, cookiesFor(library), profile);
      for (let i = 0; i < runs; i += 1) {
        // Rotate the order every round, so that each page goes first, second and third equally often.
        const order = libraries.map((_, k) => libraries[(i + k) % libraries.length]);
        for (const library of order) raw[library].push(await measure(browser, site, library, scenario, cookiesFor(library), profile));
        log('.');
      }
      log('\n');
      results[`${profileName}/${scenario}`] = raw;
    }
  }
  if (notice) {
    log('notice: ');
    noticeResult = await measureNotice(browser, cookies.suostumus).catch((error) => ({ error: error.message }));
    log('\n');
  }
  if (npmApp) {
    log('npm app: ');
    // Its settings dialog on slow mobile, where the round trips of a dialog not readied would show.
    const dialog = { runs, clickAfterMs: CLICK_AFTER_MS, newPage: async (context) => (await throttledPage(context, PROFILES['slow-mobile'])).page };
    npmResult = await measureNpmApp(browser, { viewport: VIEWPORT }, dialog).catch((error) => ({ error: error.message }));
    log('\n');
  }
} finally {
  await site.close();
}
const chromiumVersion = browser.version();
await browser.close();

// --- Summaries --------------------------------------------------------------------------------------
const scenarioOf = (key) => key.split('/')[1];
const profileOf = (key) => PROFILES[key.split('/')[0]];
const summary = {};
for (const [key, raw] of Object.entries(results)) {
  summary[key] = {};
  for (const library of libraries) {
    const keys = [...METRICS[scenarioOf(key)].map((m) => m.key), 'layoutMs', 'styleMs', 'domContentLoaded'];
    summary[key][library] = Object.fromEntries(keys.map((k) => [k, summarize(raw[library].map((run) => run[k]))]));
  }
}

const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'locales', 'scripts'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return undefined;
  }
}
const date = new Date();
const machine = {
  cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), os: `${type()} ${release()}`,
  node: process.version, chromium: chromiumVersion, playwrightCore: version('playwright-core'),
  cpuThrottling: THROTTLING, profiles: Object.fromEntries(profiles.map((name) => [name, PROFILES[name]])), clickAfterMs: CLICK_AFTER_MS,
  viewport: VIEWPORT, headless: true,
  // Other work on the machine during the run makes the times noisier (1-minute load averages).
  loadAverage: { before: loadBefore, after: loadavg()[0] },
};
const versions = {
  suostumus: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version, commit: gitCommit(),
  vanillaCookieconsent: version('vanilla-cookieconsent'),
};
const listed = (list) => (list ?? []).map(({ path, body, gzip }) => ({ path, bytes: body, gzip })).sort((a, b) => a.path.localeCompare(b.path));
const files = Object.fromEntries(Object.entries(results).map(([key, raw]) => [
  key,
  Object.fromEntries(libraries.map((library) => [library, {
    painted: listed(raw[library][0]?.files), later: listed(raw[library][0]?.later), dialog: listed(raw[library][0]?.dialogFiles),
  }])),
]));
const outside = Object.fromEntries(Object.entries(results).map(([key, raw]) => [
  key, Object.fromEntries(libraries.map((library) => [library, [...new Set(raw[library].flatMap((run) => run.outside))]])),
]));
// Sanity: the banner is up at the end of every first visit with a widget, and never for a returning one.
const misfits = Object.entries(results).flatMap(([key, raw]) => libraries.filter((library) => library !== 'none').flatMap((library) => {
  const first = scenarioOf(key) === 'first';
  const wrong = raw[library].filter((run) => run.bannerVisibleAtEnd !== first).length;
  return wrong ? [`${key}/${library}: the banner was ${first ? 'not ' : ''}visible at the end of ${wrong} run(s)`] : [];
}));
const pageErrors = Object.entries(results).flatMap(([key, raw]) => libraries.flatMap((library) => raw[library].flatMap((run) => run.errors.map((e) => `${key}/${library}: ${e}`))));

// --- Output -----------------------------------------------------------------------------------------
const day = date.toISOString().slice(0, 10);
const heading = `suostumus ${versions.suostumus}${versions.commit ? ` (${versions.commit})` : ''} vs vanilla-cookieconsent ${versions.vanillaCookieconsent}, ${day}`;
const setup = `${against ? `against: the build in ${against}; ` : ''}${runs} runs per page, medians (p25–p75); headless Chromium ${chromiumVersion}, CPU throttled ${THROTTLING}×, ${VIEWPORT.width}×${VIEWPORT.height}; the dialog opened ${CLICK_AFTER_MS} ms after the banner was painted; ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage.before.toFixed(1)}→${machine.loadAverage.after.toFixed(1)}, node ${machine.node}`;
const tables = Object.keys(results).map((key) => ({ title: `${profileOf(key).title}: ${SCENARIOS[scenarioOf(key)].title}`, body: rows(METRICS[scenarioOf(key)], summary[key]) }));
const noticeMs = { label: 'render', unit: 'ms', digits: 1 };
let noticeText = '';
if (noticeResult?.error) noticeText = `notice: could not measure (${noticeResult.error})`;
else if (noticeResult) {
  const [one, ten] = [noticeResult.largest, noticeResult['content ×10']];
  noticeText = [
    `notice render, ${noticeResult.fixture} (${one.sections} sections, ${one.jsonBytes} B of JSON): ${cell(noticeMs, one.ms)} ms`,
    `notice render, its content ×10 (${ten.sections} sections, ${ten.jsonBytes} B of JSON, ${(ten.jsonBytes / one.jsonBytes).toFixed(1)}× the content): ${cell(noticeMs, ten.ms)} ms, ${(ten.ms.median / one.ms.median).toFixed(1)}× the time`,
  ].join('\n');
}
// The script tag's first visit beside the npm app's: the same files as the localhost first visit.
const scriptTagFirst = files['localhost/first']?.suostumus.painted ?? files['slow-mobile/first']?.suostumus.painted;
const npmText = npmResult ? npmAppText(npmResult, scriptTagFirst, summary['slow-mobile/first']?.suostumus.dialogPainted) : '';

console.log(`\n${heading}\n${setup}\n`);
for (const { title, body } of tables) console.log(`${textTable(title, body)}\n`);
if (noticeText) console.log(`${noticeText}\n`);
if (npmText) console.log(`${npmText}\n`);
const firstOutside = Object.entries(outside).filter(([key]) => scenarioOf(key) === 'first').flatMap(([, byLibrary]) => Object.values(byLibrary).flat());
if (firstOutside.length > 0) console.log(`\nwarning: requests to other hosts on a first visit (blocked): ${[...new Set(firstOutside)].join(', ')}`);
if (misfits.length > 0) console.log(`\nwarning: ${misfits.join('; ')}`);
if (pageErrors.length > 0) console.log(`\nwarning: page errors:\n  ${[...new Set(pageErrors)].join('\n  ')}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s; wrote bench/results.json${complete ? ' and bench/RESULTS.md' : ' (a partial run: RESULTS.md is left as it was)'}`);

const json = {
  date: date.toISOString(), runs, machine, versions, method: 'see bench/RESULTS.md', summary, files, outside, pageErrors, misfits,
  notice: noticeResult, npmApp: npmResult,
  returningCookies: cookies,
  raw: Object.fromEntries(Object.entries(results).map(([key, raw]) => [key, Object.fromEntries(libraries.map((library) => [
    library, raw[library].map((run) => Object.fromEntries(Object.entries(run).filter(([k]) => !['files', 'later', 'dialogFiles', 'outside', 'errors'].includes(k)))),
  ]))])),
};
const jsonPath = join(root, 'bench', 'results.json');
writeFileSync(`${jsonPath}.tmp`, `${JSON.stringify(json, null, 2)}\n`);
renameSync(`${jsonPath}.tmp`, jsonPath);

const fileList = (list) => list.map((f) => `\`${f.path}\` ${f.bytes} B (${f.gzip} B gzip)`).join(', ') || '—';
const markdown = () => [
  `# Benchmark: ${heading}`,
  '',
  `Measured ${date.toISOString().replace('T', ' ').slice(0, 16)} UTC with \`npm run bench\`. ${setup}.`,
  '',
  ...tables.flatMap(({ title, body }) => [`### ${title}`, '', markdownTable(body), '']),
  '### Notice',
  '',
  noticeText.split('\n').map((line) => `- ${line}`).join('\n'),
  '',
  '### npm app (the README\'s snippet built with Vite)',
  '',
  npmText.split('\n').map((line) => `- ${line}`).join('\n'),
  '',
  '### Files loaded (localhost)',
  '',
  ...['first', 'returning'].flatMap((scenario) => ['suostumus', 'vanilla'].flatMap((library) => {
    const byPhase = files[`localhost/${scenario}`][library];
    return [
      `- ${scenario}, ${library}: ${fileList(byPhase.painted)}`,
      ...(byPhase.later.length > 0 ? [`- ${scenario}, ${library}, after the banner was painted: ${fileList(byPhase.later)}`] : []),
      ...(byPhase.dialog.length > 0 ? [`- ${scenario}, ${library}, after the click on "Asetukset": ${fileList(byPhase.dialog)}`] : []),
    ];
  })),
  '',
  readFileSync(join(root, 'bench', 'METHOD.md'), 'utf8').trim(),
  '',
].join('\n');
if (complete) writeFileSync(join(root, 'bench', 'RESULTS.md'), markdown());
