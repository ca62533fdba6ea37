// Issue 15: the files whose code runs as soon as they load start with V8's explicit compile hint
// (`calledOnLoad` in src/delivery.ts), so that Chromium compiles them on a background thread while they
// download rather than function by function on the main thread. The hint works only as the file's very
// first line; this checks the built files, and that Chromium does act on the loader's.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { chromiumSite, file, isolatedContext, openPage, PRODUCTION_HOST, root, until } from './harness.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';
const MARKED = ['loader', 'preferences', 'notice', 'lit', 'categories'];
const loader = await readFile(`${root}dist/${file('loader')}`, 'utf8');

describe('V8 compile hints in the script-tag files', () => {
  it('begin exactly the files the delivery map marks, and no other', async () => {
    const delivery = JSON.parse(await readFile(`${root}dist/delivery.json`, 'utf8'));
    const marked = Object.entries(delivery.chunks).filter(([, chunk]) => chunk.calledOnLoad).map(([name]) => name);
    assert.deepEqual(marked.sort(), [...MARKED].sort());
    for (const name of delivery.files) {
      const code = await readFile(`${root}dist/${name}`, 'utf8');
      const isMarked = MARKED.some((chunk) => file(chunk) === name);
      assert.equal(code.startsWith(HINT), isMarked, `${name} ${isMarked ? 'starts' : 'does not start'} with the hint`);
      assert.ok(!code.startsWith('\n'), `${name} does not start with an empty line`);
      // The hint is a comment of its own: anywhere else it is only text (and the minifier drops comments).
      assert.equal(code.indexOf('allFunctionsCalledOnLoad', HINT.length), -1, `${name} holds the hint once at most`);
    }
  });

  // The loader alone, as built and with the hint taken off: Chromium compiles the built one's functions on
  // a background thread (V8's trace event for a function compiled to bytecode, off the page's main thread).
  const CONFIG = JSON.stringify({ language: 'fi', categories: [{ id: 'analytics', title: { fi: 'Analytiikka' }, description: { fi: 'Kävijämäärät.' } }] });
  const pageWith = (src) => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Kaarna</title>
<script type="application/json" id="suostumus-config">${CONFIG}</script><script src="${src}" defer></script></head><body><h1>Kaarna</h1></body></html>`;
  const site = chromiumSite({
    '/hinted/': pageWith(`/${file('loader')}`),
    '/plain/': pageWith('/suostumus-plain.js'),
    // Beside the built files, so that its chunks are the same.
    '/suostumus-plain.js': { body: loader.replace(HINT, ''), type: 'text/javascript; charset=utf-8' },
  });

  /** Functions V8 compiled off the main thread while `path` loaded, until the loader had started. */
  async function backgroundCompiles(path) {
    const { context } = await isolatedContext(site.browser, site.server);
    const { page, errors } = await openPage(context);
    await site.browser.startTracing(page, { categories: ['disabled-by-default-v8.compile', 'v8', '__metadata'] });
    let trace;
    try {
      await page.goto(site.server.url(path, PRODUCTION_HOST));
      await until(() => page.evaluate(() => window.suostumus !== undefined), 'the loader started');
    } finally {
      // Stopped whatever happened: a trace left running makes the next test's startTracing fail.
      trace = await site.browser.stopTracing();
      await context.close();
    }
    const events = JSON.parse(trace.toString()).traceEvents;
    assert.deepEqual(errors, []);
    const mainThreads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const main = new Set(mainThreads.map((e) => `${e.pid}:${e.tid}`));
    const renderers = new Set(mainThreads.map((e) => e.pid));
    return events.filter((e) => e.name === 'V8.CompileIgnition' && renderers.has(e.pid) && !main.has(`${e.pid}:${e.tid}`)).length;
  }

  it('Chromium compiles the hinted loader on a background thread', async () => {
    assert.ok(loader.startsWith(HINT), 'the built loader has the hint');
    const hinted = await backgroundCompiles('/hinted/');
    const plain = await backgroundCompiles('/plain/');
    // The loader has a few hundred functions; without the hint only its top level and a few are compiled there.
    assert.ok(hinted > plain + 50, `functions compiled off the main thread: ${hinted} with the hint, ${plain} without`);
  });
});
