// The demo's privacy notice pages from the built script tag: the notice chunk loads only there, the
// notice renders from the config, deep links open their section, and the cookie section opens the dialog.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isolatedContext, launchChromium, openPage, startServer } from './harness.mjs';

describe('privacy notice page (Chromium)', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the Finnish notice, opens a deep-linked section, and its cookie button opens the settings', async () => {
    const { context } = await isolatedContext(browser, server);
    const { page, errors, consoleErrors } = await openPage(context, server.url('/tietosuojaseloste.html#retention'));
    const notice = page.locator('suostumus-notice');
    await notice.locator('details').first().waitFor();
    assert.ok(server.requests.some((r) => r.path === '/suostumus-notice.js'), 'the notice chunk is loaded on this page');
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
    const { context } = await isolatedContext(browser, server);
    server.requests.length = 0;
    const { page } = await openPage(context, server.url('/'));
    await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
    await page.waitForTimeout(200);
    assert.equal(server.requests.filter((r) => r.path === '/suostumus-notice.js').length, 0);
    await context.close();
  });
});
