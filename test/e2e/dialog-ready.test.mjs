/* global MutationObserver */
// Issue 15: the settings dialog is readied while the visitor reads the banner (src/ui/lazy.ts), so that the
// click on "Asetukset" only opens it. The built bundle on the demo page (three categories: necessary,
// analytics, demographics), in headless Chromium; every wait is for a condition in the page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { chromiumSite, file, isolatedContext, openPage, PRODUCTION_HOST, root } from './harness.mjs';

/** The dialog's element defined and its closed dialog rendered with all three of the demo's categories. */
const READIED = () => window.customElements.get('suostumus-preferences') !== undefined
  && document.querySelector('suostumus-preferences')?.shadowRoot?.querySelectorAll('dialog li.category').length === 3;

/** The page's focused element, looking into shadow roots, and the custom elements it is inside of. */
const FOCUS_PATH = () => {
  let active = document.activeElement;
  const hosts = [];
  while (active?.shadowRoot?.activeElement) {
    hosts.push(active.localName);
    active = active.shadowRoot.activeElement;
  }
  return [...hosts, active?.localName ?? ''];
};

/** Resolves after `count` idle periods of the page, each after the idle callbacks asked for before it. */
const IDLE = (count) => new Promise((resolve) => {
  const next = (left) => { if (left === 0) resolve(); else window.requestIdleCallback(() => { next(left - 1); }); };
  next(count);
});

describe('the settings dialog, readied while the banner is read', () => {
  /** Set by the second test: the dialog's chunk is held back until this resolves. */
  let release;
  const site = chromiumSite({
    [`/${file('preferences')}`]: async () => {
      if (release) await release;
      return { body: await readFile(`${root}dist/${file('preferences')}`), type: 'text/javascript; charset=utf-8' };
    },
  });

  it('is defined and rendered, closed, before the click: out of the tab order and the accessibility tree; the click fetches nothing', async () => {
    const { context, outside } = await isolatedContext(site.browser, site.server);
    const { page, errors, consoleErrors } = await openPage(context);
    await page.goto(site.server.url('/', PRODUCTION_HOST));
    await page.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    await page.waitForFunction(READIED);
    assert.equal(await page.evaluate(() => document.querySelector('suostumus-preferences').open), false);
    // Nothing of the closed dialog is exposed: not to Playwright's roles, not in Chromium's accessibility tree.
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Tallenna valinnat' }).count(), 0);
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const exposed = nodes.filter((node) => !node.ignored && ['Tallenna valinnat', 'Välttämättömät', 'Analytiikka'].includes(node.name?.value));
    assert.deepEqual(exposed.map((node) => `${node.role?.value} ${node.name?.value}`), [], 'the closed dialog in the accessibility tree');
    // Tab through the page and the banner: focus never enters the dialog.
    const path = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      path.push((await page.evaluate(FOCUS_PATH)).join(' > '));
    }
    assert.ok(path.some((step) => step.startsWith('suostumus-banner')), `Tab reached the banner: ${path.join(', ')}`);
    assert.deepEqual(path.filter((step) => step.includes('suostumus-preferences')), [], 'Tab entered the closed dialog');

    const before = site.server.requests.length;
    await page.getByRole('button', { name: 'Asetukset', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Evästeasetukset' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Tallenna valinnat' }).waitFor();
    assert.equal(await dialog.getByRole('switch').count(), 3);
    assert.deepEqual(site.server.requests.slice(before).map((r) => r.path), [], 'fetched after the click');
    // Focus moves into the dialog, and Escape returns it to "Asetukset".
    assert.equal((await page.evaluate(FOCUS_PATH))[0], 'suostumus-preferences');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('suostumus-banner').shadowRoot.activeElement?.textContent === 'Asetukset');
    assert.deepEqual(outside, [], 'nothing from outside (no Google before consent)');
    assert.deepEqual([...errors, ...consoleErrors], []);
    await context.close();
  });

  it('a visitor who decides in the banner first runs none of it (Lit is never evaluated)', async () => {
    let arrived;
    release = new Promise((resolve) => { arrived = resolve; });
    const { context } = await isolatedContext(site.browser, site.server);
    const { page, errors } = await openPage(context);
    await page.goto(site.server.url('/', PRODUCTION_HOST));
    // The dialog's chunk is held back at the server until the visitor has answered.
    await page.waitForFunction((name) => document.querySelector(`link[rel=modulepreload][href$="/${name}"]`) !== null, file('preferences'));
    await page.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await page.getByRole('button', { name: 'Evästeasetukset' }).waitFor();
    arrived();
    // Every preloaded file has arrived, and the page has been idle after that: the preparation's turns are past.
    await page.waitForFunction(() => [...document.querySelectorAll('link[rel=modulepreload]')]
      .every((link) => performance.getEntriesByName(link.href).some((entry) => entry.responseEnd > 0)));
    await page.evaluate(IDLE, 5);
    assert.equal(await page.evaluate(() => window.customElements.get('suostumus-preferences')), undefined, 'the dialog was defined');
    assert.equal(await page.evaluate(() => globalThis.litElementVersions), undefined, 'Lit was evaluated');
    // Opening the settings later still works, with the files already here.
    const before = site.server.requests.length;
    await page.getByRole('button', { name: 'Evästeasetukset' }).click();
    await page.getByRole('dialog', { name: 'Evästeasetukset' }).getByRole('button', { name: 'Tallenna valinnat' }).waitFor();
    assert.deepEqual(site.server.requests.slice(before).map((r) => r.path), [], 'fetched after the click');
    assert.deepEqual(errors, []);
    await context.close();
  });
  it('asks for the dialog\'s files one low-priority link a task, not all in the task after the banner\'s frame', async () => {
    const { context } = await isolatedContext(site.browser, site.server);
    const { page, errors } = await openPage(context);
    // A mutation observer's callback runs at the end of the task that changed the DOM: links added in
    // one task come in one batch, links added in separate tasks in separate batches.
    await page.addInitScript(() => {
      window.__preloadBatches = [];
      new MutationObserver((records) => {
        const links = records.flatMap((record) => [...record.addedNodes]).filter((node) => node.localName === 'link' && node.rel === 'modulepreload');
        if (links.length > 0) window.__preloadBatches.push(links.map((link) => `${link.fetchPriority} ${new URL(link.href).pathname}`));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.server.url('/', PRODUCTION_HOST));
    await page.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    await page.waitForFunction(READIED);
    const batches = await page.evaluate(() => window.__preloadBatches);
    assert.ok(batches.flat().includes(`low /${file('preferences')}`), `the dialog's chunk preloaded at low priority: ${JSON.stringify(batches)}`);
    assert.ok(batches.flat().length >= 3, `the dialog's chunk, its imports and its texts: ${JSON.stringify(batches)}`);
    assert.deepEqual(batches.filter((batch) => batch.length > 1), [], 'links added together in one task');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
