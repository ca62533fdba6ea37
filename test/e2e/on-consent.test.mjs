// Issue #14 §7: the site's code acts on the stored choice on every page load — not only on the page
// where the visitor clicked — through window.suostumusQueue, whichever way the script is loaded and
// whether the site's code runs before or after it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chromiumSite, isolatedContext, openPage } from './harness.mjs';

const CONFIG = { categories: [{ id: 'marketing', title: 'Markkinointi', description: 'Mainonta.' }] };
const inline = `<script type="application/json" id="suostumus-config">${JSON.stringify(CONFIG)}</script>`;
// Pushed before suostumus runs (inline, first in <head>) and after it (once the page has loaded).
const before = `<script>window.__calls = []; window.suostumusQueue = window.suostumusQueue || [];
suostumusQueue.push((state) => { __calls.push(['before', state.status, state.categories.marketing]); });</script>`;
const after = `<script>addEventListener('load', () => setTimeout(() => {
  (window.suostumusQueue = window.suostumusQueue || []).push((state) => { __calls.push(['after', state.status, state.categories.marketing]); });
}));</script>`;
const page = (loader) => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>t</title>${before}${inline}${loader}</head><body><h1>Sivu</h1>${after}</body></html>`;

const VARIANTS = {
  defer: page('<script src="/suostumus.js" defer></script>'),
  async: page('<script src="/suostumus.js" async></script>'),
  neither: page('<script src="/suostumus.js"></script>'),
  module: page('<script type="module" src="/suostumus.js"></script>'),
};

describe('window.suostumusQueue: code that needs the state on every page (Chromium)', () => {
  const site = chromiumSite(Object.fromEntries(Object.entries(VARIANTS).map(([name, html]) => [`/${name}.html`, html])));

  for (const name of Object.keys(VARIANTS)) {
    it(`${name}: both callbacks get the state on the first page, after the decision, and on the next page`, async () => {
      const { context } = await isolatedContext(site.browser, site.server);
      const { page: p, errors } = await openPage(context, site.server.url(`/${name}.html`));
      await p.waitForFunction(() => window.__calls.length === 2);
      assert.deepEqual((await p.evaluate(() => window.__calls)).map((c) => c.slice(1)), [['undecided', false], ['undecided', false]]);
      await p.evaluate(() => window.suostumus.acceptAll());
      await p.waitForFunction(() => window.__calls.length === 4);
      assert.deepEqual((await p.evaluate(() => window.__calls)).slice(2).map((c) => c.slice(1)), [['decided', true], ['decided', true]]);
      // The next page load: a returning visitor, no click.
      await p.reload();
      await p.waitForFunction(() => window.__calls.length === 2);
      assert.deepEqual((await p.evaluate(() => window.__calls)).sort(), [['after', 'decided', true], ['before', 'decided', true]]);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
