// End-to-end harness: a static server for the demo and test pages, and Debian's Chromium driven by
// playwright-core. Pages are reached as http://www.example.test:PORT (mapped to 127.0.0.1), so
// cookies on parent domains behave as on a real site. Nothing here reaches the network.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A live site's host name, for `url(path, PRODUCTION_HOST)`: not a development host (src/loader/main.ts),
 * so suostumus shows no panel there and looks for nothing beyond what is wrong. Mapped to 127.0.0.1 like
 * *.example.test, which are development hosts (RFC 2606 reserves .test for testing).
 */
export const PRODUCTION_HOST = 'www.example.com';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP *.example.com 127.0.0.1',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};

/**
 * Serves afterRequests' sentinels, then `pages` (path → HTML, { body, type, headers }, or a function of the request that returns a
 * promise of either: a response the test holds back until something happened) first, then /dist/* and /suostumus*.js from the
 * build, then the demo folder. Returns { origin, port, url(path, host), requests, close }.
 */
export async function startServer(pages = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const seen = { method: request.method, path, host: request.headers.host, headers: request.headers, body: '' };
    requests.push(seen);
    if (request.method === 'POST') {
      for await (const chunk of request) seen.body += chunk;
    }
    // afterRequests' sentinel: an empty script, so that it leaves no 404 in the console.
    if (path.startsWith('/__after-')) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end('');
      return;
    }
    const page = typeof pages[path] === 'function' ? await pages[path](seen) : pages[path];
    if (page !== undefined) {
      const entry = typeof page === 'string' ? { body: page, type: 'text/html; charset=utf-8' } : page;
      if (entry.status === 404) { response.writeHead(404); response.end(); return; }
      response.writeHead(entry.status ?? 200, { 'content-type': entry.type ?? 'text/html; charset=utf-8', ...entry.headers });
      response.end(entry.body);
      return;
    }
    const candidates = [];
    if (path.startsWith('/dist/')) candidates.push(join(root, path));
    else if (/^\/suostumus[\w.-]*\.js(\.map)?$/.test(path) || path.startsWith('/chunks/')) candidates.push(join(root, 'dist', path));
    else {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      candidates.push(join(root, 'demo', file));
    }
    for (const file of candidates) {
      if (!normalize(file).startsWith(root)) break;
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
        return;
      } catch {
        // Try the next candidate.
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    origin: `http://www.example.test:${port}`,
    url: (path = '/', host = 'www.example.test') => `http://${host}:${port}${path}`,
    requests,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections?.(); }),
  };
}

/** Chromium as the tests drive it; `{ backForwardCache: true }` keeps the cache Playwright turns off by default. */
export function launchChromium({ backForwardCache = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
}

/**
 * A fresh browser context that lets only our own server through: requests to any other host are
 * aborted (or answered by `onOutside(route, url)` when given, e.g. a Google stub), and logged.
 */
export async function isolatedContext(browser, server, onOutside) {
  const context = await browser.newContext();
  const outside = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const ours = url.port === String(server.port) && (url.hostname === '127.0.0.1' || /(^|\.)example\.(test|com)$/.test(url.hostname));
    if (ours || url.protocol === 'data:') {
      await route.continue();
      return;
    }
    outside.push(url.href);
    if (onOutside) await onOutside(route, url);
    else await route.abort();
  });
  return { context, outside };
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  const consoleErrors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  if (url) await page.goto(url);
  return { page, errors, consoleErrors };
}

/** How often `until` looks again, in ms. */
const POLL_MS = 10;

/**
 * Waits until `condition()` holds: a node-side fact such as the server's request log or a page's console
 * lines, looked at every 10 ms. Throws `message` (a string, or a function that says what was seen) after
 * `timeout` ms (default 10,000), so a test that waits in vain fails saying what it waited for.
 */
export async function until(condition, message, timeout = 10_000) {
  for (const deadline = Date.now() + timeout; !(await condition());) {
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms in vain: ${typeof message === 'function' ? await message() : message}`);
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
  }
}

let sentinels = 0;
/**
 * Resolves once every request the page had started before the call has gone out, so that a test may then
 * assert that some request never did (Google, a chunk, a check). How: a request known to come after them,
 * an async script from our server (`/__after-N`, empty): the same low priority as a chunk or
 * gtag.js, so the browser does not let it overtake them; its `load` event means it went out and came back.
 * Call it once suostumus has done what it would do (`window.suostumus` set, a decision applied).
 */
export async function afterRequests(page, timeout = 10_000) {
  const src = `/__after-${++sentinels}`;
  const ended = await page.evaluate(([url, ms]) => new Promise((resolve) => {
    const script = document.createElement('script');
    script.async = true;
    script.src = url;
    const timer = setTimeout(() => { resolve(false); }, ms);
    const done = () => { clearTimeout(timer); resolve(true); };
    script.addEventListener('load', done);
    script.addEventListener('error', done);
    document.head.append(script);
  }), [src, timeout]);
  if (!ended) throw new Error(`the sentinel request ${src} did not end in ${timeout} ms`);
}

let built;
/**
 * A file of the script-tag delivery by its name in the delivery map (src/delivery.ts), as the build wrote
 * it to dist/delivery.json: `file('ui')` is the UI chunk's file, `file('texts', 'banner', 'fi')` a text chunk's.
 */
export function file(name, kind, language) {
  built ??= JSON.parse(readFileSync(`${root}dist/delivery.json`, 'utf8'));
  if (name === 'texts') return built.texts[kind][language];
  const chunk = built.chunks[name];
  if (!chunk) throw new Error(`no chunk "${name}" in dist/delivery.json`);
  return chunk.file;
}

/** The file and every chunk it imports statically (`import "./x.js"`, `from "./x.js"`), not `import()`. */
export async function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(`${root}dist/${file}`, 'utf8');
  for (const [, next] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) await closure(next, seen);
  return seen;
}

/**
 * For a describe block: starts the server with `pages` (an object, or a function that returns one) and
 * Chromium before its tests, and closes both after them. The returned object holds `server` and
 * `browser` once the tests run.
 */
export function chromiumSite(pages = {}, launchOptions = {}) {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    site.server = await startServer(typeof pages === 'function' ? await pages() : pages);
    site.browser = await launchChromium(launchOptions);
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
