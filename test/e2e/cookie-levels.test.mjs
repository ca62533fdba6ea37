// Issue #14 §5: cookies of our name on several domain levels. A sibling site (shop.example.test) shares
// its choice on the parent domain with cookie.domain; this site (www.example.test) keeps its own. In real
// Chromium with real host names, so the browser keeps both cookies as it would on a real site.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chromiumSite, isolatedContext, openPage } from './harness.mjs';

function page(title, config) {
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${title}</title>
<script type="application/json" id="suostumus-config">${JSON.stringify(config)}</script>
<script src="/suostumus.js" defer></script></head><body><h1>${title}</h1>
<script type="text/plain" data-category="analytics">window.__gatedRan = true;</script></body></html>`;
}

const categories = [{ id: 'analytics' }];
const site = chromiumSite({
  '/shop.html': page('Shop', { revision: 1, categories, cookie: { domain: 'example.test' } }),
  '/www.html': page('Www', { revision: 1, categories }),
});

const decided = (p) => p.waitForFunction(() => window.suostumus?.get().status === 'decided');
const banner = (p) => p.getByRole('region', { name: 'Evästeet ja yksityisyys' });

describe('cookies of our name on several domain levels', () => {
  it('a sibling shares its refusal on the parent domain; this host\'s own acceptance holds on its next pages, and the sibling keeps its refusal', async () => {
    const { context } = await isolatedContext(site.browser, site.server);
    const shopUrl = site.server.url('/shop.html', 'shop.example.test');
    const wwwUrl = site.server.url('/www.html', 'www.example.test');

    const { page: shop } = await openPage(context, shopUrl);
    await shop.getByRole('button', { name: 'Hylkää kaikki' }).click();
    await decided(shop);

    // The sibling's choice is not this site's: asked here.
    const { page: www, consoleErrors } = await openPage(context, wwwUrl);
    await banner(www).waitFor();
    assert.equal(await www.evaluate(() => window.suostumus.get().status), 'undecided');
    await www.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await www.waitForFunction(() => window.__gatedRan === true);

    const copies = (await context.cookies()).filter((c) => c.name === 'suostumus').map((c) => c.domain).sort();
    assert.deepEqual(copies, ['.example.test', 'www.example.test'], 'both copies are in the browser');

    // The next page of this site: the decision is still there (it disappeared before the rule).
    await www.reload();
    await decided(www);
    assert.equal(await www.evaluate(() => window.suostumus.get().categories.analytics), true);
    await www.waitForFunction(() => window.__gatedRan === true);
    assert.equal(await banner(www).count(), 0);
    assert.deepEqual(consoleErrors, [], 'nothing reported: both cookies were kept');

    // And the sibling's refusal is untouched.
    await shop.reload();
    await decided(shop);
    assert.equal(await shop.evaluate(() => window.suostumus.get().categories.analytics), false);
    assert.equal(await shop.evaluate(() => window.__gatedRan), undefined);

    // Withdrawal here removes this site's copy only.
    await www.evaluate(() => window.suostumus.rejectAll());
    const left = (await context.cookies()).filter((c) => c.name === 'suostumus').map((c) => c.domain).sort();
    assert.deepEqual(left, ['.example.test', 'www.example.test']);
    await context.close();
  });
});
