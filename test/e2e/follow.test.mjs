// Issue #14 §1, the back/forward cache: a page restored from it follows the choice made meanwhile on
// another page — in real Chromium with its cache on, Google's hosts answered by the stub.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { afterRequests, chromiumSite, isolatedContext, openPage } from './harness.mjs';

const STUB = await readFile(new URL('./stubs/gtag-stub.js', import.meta.url), 'utf8');
const ID = 'G-FOLLOW123';
const HOST = 'www.shop.example.test';
const CONFIG = JSON.stringify({ google: { measurementId: ID } });

function page(title, link) {
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${title}</title>
<script type="application/json" id="suostumus-config">${CONFIG}</script>
<script src="/suostumus.js" defer></script></head><body><h1>${title}</h1>
<script>window.__restored = 0; addEventListener('pageshow', (event) => { if (event.persisted) window.__restored += 1; });</script>
<script type="text/plain" data-category="analytics">window.__gatedRan = true;</script>
<a href="${link}">next</a></body></html>`;
}

describe('back/forward cache (Chromium)', () => {
  const site = chromiumSite({ '/a.html': page('A', '/b.html'), '/b.html': page('B', '/a.html') }, { backForwardCache: true });

  async function context() {
    const { context: ctx, outside } = await isolatedContext(site.browser, site.server, async (route, url) => {
      if (url.hostname === 'www.googletagmanager.com') await route.fulfill({ status: 200, contentType: 'text/javascript', body: STUB });
      else await route.abort();
    });
    return { ctx, hits: () => outside.filter((url) => url.includes('/g/collect')) };
  }

  async function restoredA(p) {
    // A page restored from the cache fires no load event: wait for the navigation to commit.
    await p.goBack({ waitUntil: 'commit' });
    await p.waitForFunction(() => document.title === 'A');
    assert.equal(await p.evaluate(() => window.__restored), 1, 'A came back from the back/forward cache');
  }

  it('A undecided → B accepts → Back: A drops its banner and runs its gated script', async () => {
    const { ctx } = await context();
    const { page: p, errors } = await openPage(ctx, site.server.url('/a.html', HOST));
    await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    await p.getByRole('link', { name: 'next' }).click();
    await p.waitForFunction(() => document.title === 'B');
    await p.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await p.waitForFunction(() => window.__gatedRan === true);
    await restoredA(p);
    await p.waitForFunction(() => window.suostumus?.get().status === 'decided');
    await p.waitForFunction(() => window.__gatedRan === true);
    await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  it('A accepts (GA loaded) → B rejects → Back: A\'s next event sets no Google cookie and sends nothing', async () => {
    const { ctx, hits } = await context();
    const { page: p } = await openPage(ctx, site.server.url('/a.html', HOST));
    await p.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await p.waitForFunction(() => window.__gtagLoads === 1);
    await p.getByRole('link', { name: 'next' }).click();
    await p.waitForFunction(() => document.title === 'B' && window.suostumus !== undefined);
    await p.evaluate(() => window.suostumus.rejectAll());
    const gaCookies = async () => (await ctx.cookies()).filter((c) => /^_ga/.test(c.name));
    assert.deepEqual(await gaCookies(), [], 'B deleted the Google cookies');
    await restoredA(p);
    await p.waitForFunction(() => window.suostumus.get().categories.analytics === false);
    const before = hits().length;
    await p.evaluate(() => window.gtag('event', 'after_withdrawal'));
    // The stub sends its hit from gtag() itself: it would be out before a request made after it.
    await afterRequests(p);
    assert.deepEqual(await gaCookies(), [], 'no _ga re-created in A');
    assert.equal(hits().length, before, 'no hit sent from A');
    await ctx.close();
  });
});
