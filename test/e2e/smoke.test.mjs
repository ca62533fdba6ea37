// The built script-tag bundle on the demo's home page, in headless Chromium.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterRequests, chromiumSite, closure, file, isolatedContext, openPage, PRODUCTION_HOST } from './harness.mjs';

describe('smoke: dist/suostumus.js on the demo page', () => {

  const site = chromiumSite();

  it('shows the banner, gates the analytics script until accepted, then leaves the settings button', async () => {
    const { context, outside } = await isolatedContext(site.browser, site.server);
    // A live site's host: what a visitor downloads (on a development host the check chunk comes too).
    const { page, errors } = await openPage(context);
    // The priority Chromium gave each of our requests.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const priorities = new Map();
    cdp.on('Network.requestWillBeSent', ({ request }) => { priorities.set(new URL(request.url).pathname.slice(1), request.initialPriority); });
    await page.goto(site.server.url('/', PRODUCTION_HOST));
    await page.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    assert.equal(await page.getByTestId('gated-status').textContent(), 'Analytiikkaskriptiä ei ole suoritettu.');
    assert.equal(await page.evaluate(() => window.suostumus.get().status), 'undecided');
    await afterRequests(page);
    assert.deepEqual(outside, [], 'nothing from outside before consent');
    // What budgets.test.mjs counts for a first visit is what the browser fetched for the banner: no Lit,
    // no dialog. The dialog's files come only through low-priority preload links, added once the banner
    // is painted (issue 15), and only those.
    const ours = () => new Set(site.server.requests.filter((r) => /^\/suostumus[^/]*\.js$/.test(r.path)).map((r) => r.path.slice(1)));
    const firstVisit = new Set([file('loader'), ...await closure(file('ui')), file('texts', 'banner', 'fi')]);
    const dialog = new Set([...await closure(file('preferences')), file('texts', 'ui', 'fi')]);
    await page.waitForFunction((count) => document.querySelectorAll('link[rel=modulepreload]').length === count, dialog.size);
    const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((link) => [new URL(link.href).pathname.slice(1), link.fetchPriority]));
    assert.deepEqual(preloads.map(([name]) => name).sort(), [...dialog].sort(), 'the dialog\'s files are preloaded');
    assert.ok(preloads.every(([, priority]) => priority === 'low'), `at low priority: ${JSON.stringify(preloads)}`);
    const ahead = [...dialog].filter((name) => !firstVisit.has(name));
    await page.waitForFunction((names) => names.every((name) => performance.getEntriesByName(new URL(name, location.href).href).length > 0), ahead);
    assert.deepEqual([...ours()].sort(), [...new Set([...firstVisit, ...dialog])].sort());
    for (const name of ahead) assert.match(priorities.get(name) ?? '', /^(Low|VeryLow)$/, `${name} is fetched at low priority`);
    const fetchedTwice = site.server.requests.map((r) => r.path).filter((path, i, all) => path.startsWith('/suostumus') && all.indexOf(path) !== i);
    assert.deepEqual(fetchedTwice, [], 'what the banner brought is not fetched again');

    await page.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await page.getByText('Analytiikkaskripti on suoritettu.').waitFor();
    await page.getByRole('button', { name: 'Evästeasetukset' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Evästeet ja yksityisyys' }).count(), 0);
    const cookie = (await context.cookies()).find((c) => c.name === 'suostumus');
    assert.ok(cookie, 'the suostumus cookie is set');
    const record = JSON.parse(decodeURIComponent(cookie.value));
    assert.equal(record.categories.analytics, true);
    assert.equal(record.source, 'banner');
    assert.deepEqual(errors, []);

    // Returning visitor: only the loader; the UI chunk arrives with a click on the settings button.
    site.server.requests.length = 0;
    await page.reload();
    await page.getByRole('button', { name: 'Evästeasetukset' }).waitFor();
    await page.getByText('Analytiikkaskripti on suoritettu.').waitFor();
    // The loader has started (the button is there, the gated script ran): a chunk it asked for is out by now.
    await afterRequests(page);
    assert.deepEqual(site.server.requests.filter((r) => r.path.startsWith('/suostumus')).map((r) => r.path), [`/${file('loader')}`]);
    await page.getByRole('button', { name: 'Evästeasetukset' }).click();
    await page.getByRole('dialog', { name: 'Evästeasetukset' }).waitFor();
    assert.ok(site.server.requests.some((r) => r.path === `/${file('ui')}`), 'the UI chunk is fetched on demand');
    for (const name of [file('lit'), file('preferences'), file('texts', 'ui', 'fi')]) {
      assert.ok(ours().has(name), `the dialog brings ${name}`);
    }
    // The only outside request is Google's script, after consent (aborted here; google.test.mjs stubs it).
    assert.deepEqual([...new Set(outside)], ['https://www.googletagmanager.com/gtag/js?id=G-DEMO12345']);
    await context.close();
  });
});
