// Issue 15: on a first visit the loader asks for the banner's files as soon as it runs, before it checks
// the config and starts consent, so their round trip overlaps that work; a returning visitor never pays
// for the guess, whatever the cookie is called.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chromiumSite, closure, file, isolatedContext, openPage, PRODUCTION_HOST, until } from './harness.mjs';

const CONFIG = { language: 'fi', cookie: { name: 'kaarna_valinta' }, categories: [{ id: 'analytics', title: { fi: 'Analytiikka' }, description: { fi: 'Kävijämäärät.' } }] };

/** Settles when the server has been asked for `path`, or after `ms` (then false): the test's only wait. */
function requested(site, path, ms = 15_000) {
  return until(() => site.server.requests.some((r) => r.path === path), `a request for ${path}`, ms).then(() => true, () => false);
}

describe('the banner\'s files on a first visit', () => {
  let held;
  const site = chromiumSite(() => ({
    // The loader runs (async) while the parser waits for this script, so the page cannot finish parsing —
    // and the loader cannot get past waiting for it — until the banner's chunk has been asked for.
    '/held.js': async () => {
      // Only the first page view's is held: a returning visitor's page asks for no banner.
      held ??= await requested(site, `/${file('ui')}`);
      return { body: 'window.heldScriptRan = true;', type: 'text/javascript' };
    },
    '/': `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Kaarna</title>
<script type="application/json" id="suostumus-config">${JSON.stringify(CONFIG)}</script>
<script src="/${file('loader')}" async></script></head>
<body><script src="/held.js"></script><h1>Paahtimo Kaarna</h1></body></html>`,
  }));

  it('are asked for while the page is still being parsed, before the config is checked', async () => {
    const { context, outside } = await isolatedContext(site.browser, site.server);
    const { page, errors, consoleErrors } = await openPage(context, site.server.url('/', PRODUCTION_HOST));
    await page.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    assert.ok(held, 'the banner\'s chunk was asked for before the page had been parsed (the loader waits for that before it checks the config)');
    const banner = new Set([file('loader'), ...await closure(file('ui')), file('texts', 'banner', 'fi')]);
    const ours = site.server.requests.map((r) => r.path.slice(1)).filter((name) => /^suostumus[^/]*\.js$/.test(name));
    for (const name of banner) assert.ok(ours.includes(name), `${name} is fetched`);
    assert.deepEqual(ours.filter((name, i) => ours.indexOf(name) !== i), [], 'the loader gets the early modules, not a second copy');
    assert.deepEqual([errors, consoleErrors, outside], [[], [], []]);

    // Decided, under the config's own cookie name: the next page fetches the loader and nothing else.
    await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
    await page.getByRole('button', { name: 'Evästeasetukset' }).waitFor();
    assert.ok((await context.cookies()).some((c) => c.name === 'kaarna_valinta'));
    site.server.requests.length = 0;
    await page.reload();
    await page.getByRole('button', { name: 'Evästeasetukset' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => window.suostumus?.get().status), 'decided');
    assert.deepEqual(site.server.requests.map((r) => r.path).filter((path) => path.startsWith('/suostumus')), [`/${file('loader')}`]);
    await context.close();
  });
});
