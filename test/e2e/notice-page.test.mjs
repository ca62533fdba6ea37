// The demo's privacy notice pages from the built script tag: the notice chunk loads only there, the
// notice renders from the config, deep links open their section, and the cookie section opens the dialog.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterRequests, chromiumSite, file, isolatedContext, openPage } from './harness.mjs';

describe('privacy notice page (Chromium)', () => {

  const site = chromiumSite();

  it('renders the Finnish notice, opens a deep-linked section, and its cookie button opens the settings', async () => {
    const { context } = await isolatedContext(site.browser, site.server);
    const { page, errors, consoleErrors } = await openPage(context, site.server.url('/tietosuojaseloste.html#retention'));
    const notice = page.locator('suostumus-notice');
    await notice.locator('details').first().waitFor();
    assert.ok(site.server.requests.some((r) => r.path === `/${file('notice')}`), 'the notice chunk is loaded on this page');
    assert.equal(await notice.locator('details#retention').getAttribute('open'), '', 'the deep-linked section is open');
    assert.ok((await notice.locator('details').count()) >= 12, 'every section is there');
    await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
    await notice.locator('details#cookies summary').click();
    await notice.locator('[part="settings-button"]').click();
    await page.getByRole('dialog', { name: 'Evästeasetukset' }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(consoleErrors.filter((e) => e.startsWith('suostumus')), []);
    await context.close();
  });

  it('a page without a notice never fetches the notice chunk', async () => {
    const { context } = await isolatedContext(site.browser, site.server);
    site.server.requests.length = 0;
    const { page } = await openPage(context, site.server.url('/'));
    await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
    // The banner came from the started loader, which asks for the notice chunk first thing where a page has one.
    await afterRequests(page);
    assert.equal(site.server.requests.filter((r) => r.path === `/${file('notice')}`).length, 0);
    await context.close();
  });
});
