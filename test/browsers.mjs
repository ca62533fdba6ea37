// Browser launchers for web-test-runner, and the checks scripts/test.mjs runs before it.
//
// Only Debian's browsers are used (see /work/shared/TOOLING.md): nothing is downloaded.
//   chromium  /usr/bin/chromium through puppeteer-core (CDP)
//   firefox   /usr/bin/firefox-esr through puppeteer-core (WebDriver BiDi, no geckodriver)
//   webkit    MiniBrowser through WebKitWebDriver (WebDriver classic), under Xvfb when DISPLAY is unset
//
// BROWSERS=chromium,firefox,webkit (any subset, comma separated) narrows the selection.
import { spawn } from 'node:child_process';
import { existsSync, accessSync, readFileSync, readdirSync, rmSync, constants as fsConstants } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { basename, delimiter, join } from 'node:path';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Chromium flags: root needs --no-sandbox; the network ones keep it off the closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The browsers named by BROWSERS (default: all three). Throws on an unknown name. */
export function selectedBrowsers(env = process.env) {
  const raw = (env.BROWSERS ?? '').trim();
  if (!raw) return [...ALL_BROWSERS];
  const names = [...new Set(raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const unknown = names.filter((n) => !ALL_BROWSERS.includes(n));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS has unknown name(s) ${unknown.join(', ')}; use a comma list of ${ALL_BROWSERS.join(', ')}`);
  }
  if (names.length === 0) return [...ALL_BROWSERS];
  return names;
}

function isExecutable(file) {
  try {
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** First executable `name` on PATH, then in /usr/bin; null when there is none. */
export function findOnPath(name, env = process.env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of [...dirs, '/usr/bin']) {
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return null;
}

/**
 * What is missing for the given browsers: one `{ what, where, apt }` per missing executable,
 * empty when everything is in place.
 */
export function missingBrowserParts(names, env = process.env) {
  const missing = [];
  for (const name of names) {
    if (name === 'chromium' && !existsSync(CHROMIUM_PATH)) {
      missing.push({ what: 'Chromium', where: `at ${CHROMIUM_PATH}`, apt: 'chromium' });
    }
    if (name === 'firefox' && !existsSync(FIREFOX_PATH)) {
      missing.push({ what: 'Firefox', where: `at ${FIREFOX_PATH}`, apt: 'firefox-esr' });
    }
    if (name === 'webkit') {
      if (!findOnPath('WebKitWebDriver', env)) {
        missing.push({ what: 'WebKitWebDriver', where: 'on PATH or in /usr/bin', apt: 'webkit2gtk-driver' });
      }
      if (!existsSync(MINIBROWSER_PATH)) {
        missing.push({ what: 'MiniBrowser', where: `at ${MINIBROWSER_PATH}`, apt: 'webkit2gtk-driver' });
      }
      if (!env.DISPLAY && !findOnPath('Xvfb', env)) {
        missing.push({ what: 'Xvfb (needed for WebKit when DISPLAY is unset)', where: 'on PATH', apt: 'xvfb' });
      }
    }
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------
// Chromium and Firefox: @web/test-runner-chrome's launcher, driving Debian's binaries.

export function chromiumLauncher({ concurrency } = {}) {
  return chromeLauncher({
    // Passing puppeteer-core explicitly makes the launcher call itself "Chromium", not "Chrome".
    puppeteer: puppeteerCore,
    concurrency,
    launchOptions: {
      browser: 'chrome',
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    },
  });
}

export function firefoxLauncher({ concurrency } = {}) {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    concurrency,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        // Keep Firefox off the closed network and quiet.
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Leftovers. Each launcher ends what it started in stop(). When this process exits or is terminated
// instead (SIGINT, SIGTERM, SIGHUP), everything it started is killed
// here: the processes tracked below and every direct child of this process with its process group
// (and the temporary profile folder puppeteer made for a browser).
// puppeteer's own exit handling is not enough: its dispatcher skips every other browser when two are
// open (handlers unsubscribe while it iterates), which left Firefox running after a SIGTERM, and a
// browser still starting up is not known to it yet.

/** Processes started here (WebKitWebDriver, Xvfb): { child, order }, lower order ended first. */
const started = new Set();

function killGroup(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Started detached: the negative pid reaches the whole group (WebKitWebDriver's MiniBrowser too).
    process.kill(-child.pid, signal);
  } catch {
    try { child.kill(signal); } catch { /* already gone */ }
  }
}

/** Pids of this process's direct children, from /proc (Linux); empty where there is no /proc. */
function childPids() {
  const pids = [];
  let names;
  try {
    names = readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) pids.push(Number(name));
    } catch { /* exited meanwhile */ }
  }
  return pids;
}

/** The process is going away: kill everything it started, at once. Synchronous (runs on 'exit'). */
function killAllStarted() {
  const ordered = [...started].sort((a, b) => a.order - b.order);
  for (const entry of ordered) killGroup(entry.child, 'SIGKILL');
  started.clear();
  const profiles = [];
  for (const pid of childPids()) {
    profiles.push(...puppeteerProfiles(pid));
    try {
      process.kill(-pid, 'SIGKILL'); // a browser puppeteer started detached: its whole group
    } catch {
      try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    }
  }
  // puppeteer removes a browser's temporary profile when it closes it; after a kill, do it here.
  for (const dir of profiles) {
    try { rmSync(dir, { recursive: true, force: true, maxRetries: 2 }); } catch { /* best effort */ }
  }
}

/** The temporary profile folders (puppeteer_dev_*) on a process's command line. */
function puppeteerProfiles(pid) {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args
      .map((arg, i) => (arg.startsWith('--user-data-dir=') ? arg.slice('--user-data-dir='.length) : arg === '--profile' ? args[i + 1] : ''))
      .filter((dir) => dir && basename(dir).startsWith('puppeteer_dev_') && dir.startsWith(tmpdir()));
  } catch {
    return [];
  }
}

let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', killAllStarted);
  // web-test-runner stops on SIGINT, but puppeteer's own SIGINT handler kills its browsers and exits
  // at once, leaving their profiles behind: clean up first (the exit itself is left to them).
  process.on('SIGINT', killAllStarted);
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killAllStarted();
      process.exit(signal === 'SIGTERM' ? 143 : 129);
    });
  }
}

function track(child, order) {
  installExitHooks();
  const entry = { child, order };
  started.add(entry);
  child.once('exit', () => started.delete(entry));
  return entry;
}

// ---------------------------------------------------------------------------------------------
// WebKit: MiniBrowser through a WebKitWebDriver this module starts (and Xvfb when needed).

async function stopTracked(entry, graceMs = 2000) {
  if (!entry) return;
  const { child } = entry;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    killGroup(child, 'SIGTERM');
    const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'));
    if ((await Promise.race([exited, timer])) === 'timeout') killGroup(child, 'SIGKILL');
  }
  started.delete(entry);
}

/** Starts Xvfb on a free display number; resolves to { display, entry }. */
function startXvfb(timeoutMs = 15000) {
  const xvfb = findOnPath('Xvfb');
  if (!xvfb) throw new Error('Xvfb not found (apt-get install xvfb)');
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const entry = track(child, 2);
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`Xvfb did not report a display within ${timeoutMs} ms: ${err.trim()}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      const newline = out.indexOf('\n');
      if (newline !== -1) {
        clearTimeout(timer);
        resolve({ display: `:${out.slice(0, newline).trim()}`, entry });
      }
    });
    child.stderr.on('data', (chunk) => { err += String(chunk); });
    child.once('error', (e) => { clearTimeout(timer); reject(e); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited early (${signal ?? code}): ${err.trim()}`));
    });
    child.unref();
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** How often waitForDriver asks WebKitWebDriver's /status, in ms. */
const DRIVER_POLL_MS = 100;

async function waitForDriver(port, child, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`WebKitWebDriver exited early (${child.signalCode ?? child.exitCode})`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
    // The driver says nothing when it starts listening: its /status is asked again after a pause.
    await new Promise((resolve) => setTimeout(resolve, DRIVER_POLL_MS));
  }
}

/** Starts WebKitWebDriver on a free port with the given DISPLAY; resolves to { port, entry }. */
async function startWebKitWebDriver(display) {
  const driver = findOnPath('WebKitWebDriver');
  if (!driver) throw new Error('WebKitWebDriver not found (apt-get install webkit2gtk-driver)');
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(driver, [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      env: { ...process.env, DISPLAY: display },
    });
    const entry = track(child, 1);
    let err = '';
    child.stderr.on('data', (chunk) => { err = (err + String(chunk)).slice(-4000); });
    child.unref();
    try {
      await waitForDriver(port, child);
      return { port, entry };
    } catch (e) {
      lastError = new Error(`${e.message}${err ? `: ${err.trim()}` : ''}`);
      await stopTracked(entry, 500);
    }
  }
  throw lastError;
}

/**
 * @web/test-runner-webdriver's launcher, plus the processes it needs: Xvfb (only when DISPLAY is
 * unset) and WebKitWebDriver on a free port, both started in initialize() and ended in stop().
 * It always runs one test file at a time in the top-level page (the webdriver launcher's
 * SessionManager), never in iframes: focus and a11y checks behave as on a real page.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      path: '/',
      logLevel: 'error',
      connectionRetryTimeout: 60000,
      connectionRetryCount: 2,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER_PATH,
          args: ['--automation'],
        },
      },
    });
    this.concurrency = 1;
    this.xvfb = undefined;
    this.driverProcess = undefined;
  }

  async initialize(config, testFiles) {
    // concurrency 1 makes the webdriver launcher use its SessionManager (no iframes).
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    let display = process.env.DISPLAY;
    if (!display) {
      this.xvfb = await startXvfb();
      display = this.xvfb.display;
    }
    const { port, entry } = await startWebKitWebDriver(display);
    this.driverProcess = entry;
    this.options.port = port;
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      await stopTracked(this.driverProcess);
      this.driverProcess = undefined;
      if (this.xvfb) await stopTracked(this.xvfb.entry);
      this.xvfb = undefined;
    }
  }
}

export function webkitLauncher() {
  return new WebKitLauncher();
}

/** Launchers for the selected browsers, in the order chromium, firefox, webkit. */
export function browserLaunchers(names = selectedBrowsers(), { concurrency = {} } = {}) {
  installExitHooks();
  const make = {
    chromium: () => chromiumLauncher({ concurrency: concurrency.chromium }),
    firefox: () => firefoxLauncher({ concurrency: concurrency.firefox }),
    webkit: () => webkitLauncher(),
  };
  return ALL_BROWSERS.filter((n) => names.includes(n)).map((n) => make[n]());
}
