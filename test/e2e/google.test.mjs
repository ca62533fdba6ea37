// Google Analytics gated on consent, end to end in Chromium: every request to Google's hosts is
// answered by a stub gtag.js (test/e2e/stubs/gtag-stub.js) or aborted, and recorded.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { afterRequests, chromiumSite, isolatedContext, openPage } from './harness.mjs';

const STUB = await readFile(new URL('./stubs/gtag-stub.js', import.meta.url), 'utf8');
const ID = 'G-TEST12345';
const HOST = 'www.shop.example.test';
const SEVEN_DENIED = {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
  functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'denied',
};

function page(google) {
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>GA</title>
<script type="application/json" id="suostumus-config">${JSON.stringify({ google })}</script>
<script src="/suostumus.js"></script></head><body><h1>Kauppa</h1></body></html>`;
}

const isGoogle = (url) => /(^|\.)(googletagmanager\.com|google-analytics\.com|google\.com|doubleclick\.net)$/.test(new URL(url).hostname);

describe('Google Analytics gated on consent (Chromium)', () => {

  const site = chromiumSite({
      '/basic.html': page({ measurementId: ID }),
      '/advanced.html': page({ measurementId: ID, mode: 'advanced' }),
      '/gtm.html': page({ tagManagerId: 'GTM-TEST123' }),
    });

  /** A context where Google's script host gets the stub and every other outside request is aborted. */
  async function googleContext() {
    const { context, outside } = await isolatedContext(site.browser, site.server, async (route, url) => {
      if (url.hostname === 'www.googletagmanager.com') {
        await route.fulfill({ status: 200, contentType: 'text/javascript', body: STUB });
      } else {
        await route.abort();
      }
    });
    const google = () => outside.filter(isGoogle);
    return { context, google };
  }

  async function open(context, path) {
    const opened = await openPage(context, site.server.url(path, HOST));
    await opened.page.waitForFunction(() => window.suostumus !== undefined);
    return opened;
  }

  const calls = (p) => p.evaluate(() => window.__gtagCalls ?? []);
  const gaCookies = async (context) => (await context.cookies()).filter((c) => /^_ga|^_gid|^_gat|^_gcl_/.test(c.name));

  it('basic: zero Google requests before consent, after Reject all, and after reload with the refusal', async () => {
    const { context, google } = await googleContext();
    const { page: p, errors } = await open(context, '/basic.html');
    // window.suostumus is set once Google's part has applied the first state: a request it made is out by
    // the time a later one is (afterRequests).
    await afterRequests(p);
    assert.deepEqual(google(), [], 'before consent');
    await p.evaluate(() => window.suostumus.rejectAll());
    await afterRequests(p);
    assert.deepEqual(google(), [], 'after Reject all');
    await p.reload();
    await p.waitForFunction(() => window.suostumus?.get().status === 'decided');
    await afterRequests(p);
    assert.deepEqual(google(), [], 'after reload with a stored refusal');
    assert.deepEqual(await gaCookies(context), []);
    assert.equal(await p.evaluate(() => window.gtag), undefined, 'gtag is not even defined');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('basic: Accept all runs default → update → js → config, then loads gtag.js once with signals on', async () => {
    const { context, google } = await googleContext();
    const { page: p } = await open(context, '/basic.html');
    await p.evaluate(() => window.suostumus.acceptAll());
    await p.waitForFunction(() => window.__gtagLoads === 1);
    const seen = await calls(p);
    assert.deepEqual(seen.map((c) => c.slice(0, 2)), [['consent', 'default'], ['consent', 'update'], ['js', seen[2][1]], ['config', ID]]);
    assert.deepEqual(seen[0][2], SEVEN_DENIED);
    assert.deepEqual(seen[1][2], { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    assert.deepEqual(seen[3][2], { allow_google_signals: true, allow_ad_personalization_signals: true });
    assert.equal(await p.evaluate(() => window.__gtagQueuedAtLoad), 4, 'every call was queued before the script arrived');
    const scripts = google().filter((u) => u.includes('/gtag/js'));
    assert.deepEqual(scripts, [`https://www.googletagmanager.com/gtag/js?id=${ID}`]);
    const cookies = await gaCookies(context);
    assert.deepEqual(cookies.map((c) => `${c.name}@${c.domain}`).sort(), [`_ga@.example.test`, `_ga_${ID.slice(2)}@.example.test`]);
    await context.close();
  });

  it('basic: analytics only leaves signals, ad personalisation and the ad types off', async () => {
    const { context } = await googleContext();
    const { page: p } = await open(context, '/basic.html');
    await p.evaluate(() => window.suostumus.set({ analytics: true }));
    await p.waitForFunction(() => window.__gtagLoads === 1);
    const seen = await calls(p);
    assert.deepEqual(seen[1][2], { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
    assert.deepEqual(seen[3][2], { allow_google_signals: false, allow_ad_personalization_signals: false });
    await context.close();
  });

  it('basic: demographics without analytics loads nothing', async () => {
    const { context, google } = await googleContext();
    const { page: p } = await open(context, '/basic.html');
    // The store grants analytics with demographics; a refusal of analytics in the same call wins.
    await p.evaluate(() => window.suostumus.set({ analytics: false, demographics: true }));
    await afterRequests(p);
    assert.deepEqual(google(), []);
    await context.close();
  });

  it('withdrawal: denied update, ga-disable, every GA cookie gone from host and parent domains, no request after', async () => {
    const { context, google } = await googleContext();
    const { page: p } = await open(context, '/basic.html');
    await p.evaluate(() => window.suostumus.acceptAll());
    await p.waitForFunction(() => window.__gtagLoads === 1);
    // Cookies Google or an older tag may have left at every level, host-only included.
    const url = site.server.url('/', HOST);
    await context.addCookies([
      { name: '_gid', value: 'x', url },
      { name: '_gat_UA1', value: 'x', domain: '.shop.example.test', path: '/' },
      { name: '_gcl_au', value: 'x', domain: '.example.test', path: '/' },
      { name: 'own_cookie', value: 'keep', domain: '.example.test', path: '/' },
    ]);
    assert.ok((await gaCookies(context)).length >= 5);
    const before = google().length;
    await p.evaluate(() => window.suostumus.set({ analytics: false }));
    const seen = await calls(p);
    assert.deepEqual(seen.at(-1), ['consent', 'update', SEVEN_DENIED]);
    assert.equal(await p.evaluate((id) => window[`ga-disable-${id}`], ID), true);
    assert.deepEqual(await gaCookies(context), []);
    assert.ok((await context.cookies()).some((c) => c.name === 'own_cookie'), 'other cookies are left alone');
    await p.evaluate(() => window.gtag('event', 'after_withdrawal'));
    // The stub sends its hit from gtag() itself, so the hit would be out before this later request.
    await afterRequests(p);
    assert.deepEqual(google().slice(before), [], 'no Google request after withdrawal');
    assert.deepEqual(await gaCookies(context), [], 'and no cookie comes back');

    // Granting again in the same page re-enables without a second gtag.js.
    await p.evaluate(() => window.suostumus.set({ analytics: true }));
    assert.equal(await p.evaluate((id) => window[`ga-disable-${id}`], ID), false);
    assert.deepEqual((await calls(p)).at(-2)?.slice(0, 2), ['consent', 'update']);
    assert.equal(await p.evaluate(() => window.__gtagLoads), 1);
    assert.equal(google().filter((u) => u.includes('/gtag/js')).length, 1);
    await context.close();
  });

  it('a returning visitor with a stored grant gets GA on page load; a later refusal cleans up on load', async () => {
    const { context, google } = await googleContext();
    const { page: p } = await open(context, '/basic.html');
    await p.evaluate(() => window.suostumus.acceptAll());
    await p.waitForFunction(() => window.__gtagLoads === 1);
    await p.reload();
    await p.waitForFunction(() => window.__gtagLoads === 1);
    assert.equal(await p.evaluate(() => window.suostumus.get().status), 'decided');
    assert.equal(google().filter((u) => u.includes('/gtag/js')).length, 2, 'loaded again on the second page');

    // Another tab refuses; this page's cookies from the grant are deleted when the next page loads.
    const record = JSON.parse(decodeURIComponent((await context.cookies()).find((c) => c.name === 'suostumus').value));
    record.categories = { necessary: true, analytics: false, demographics: false };
    await context.addCookies([{ name: 'suostumus', value: encodeURIComponent(JSON.stringify(record)), url: site.server.url('/', HOST) }]);
    assert.ok((await gaCookies(context)).length > 0);
    const requestsBefore = google().length;
    await p.reload();
    await p.waitForFunction(() => window.suostumus?.get().status === 'decided');
    assert.deepEqual(await gaCookies(context), []);
    await afterRequests(p);
    assert.deepEqual(google().slice(requestsBefore), []);
    await context.close();
  });

  it('advanced: gtag.js loads at once, denied defaults come first, each decision sends exactly one update', async () => {
    const { context, google } = await googleContext();
    const { page: p } = await open(context, '/advanced.html');
    await p.waitForFunction(() => window.__gtagLoads === 1);
    const first = await calls(p);
    assert.deepEqual(first[0], ['consent', 'default', SEVEN_DENIED]);
    assert.deepEqual(first.map((c) => c[0]), ['consent', 'js', 'config']);
    assert.deepEqual(first[2][2], { allow_google_signals: false, allow_ad_personalization_signals: false });
    assert.deepEqual(await gaCookies(context), [], 'denied: no cookie');

    const updates = async () => (await calls(p)).filter((c) => c[0] === 'consent' && c[1] === 'update');
    await p.evaluate(() => window.suostumus.rejectAll());
    assert.equal((await updates()).length, 1);
    await p.evaluate(() => window.suostumus.set({ analytics: true }));
    assert.equal((await updates()).length, 2);
    assert.equal((await updates())[1][2].analytics_storage, 'granted');
    await p.evaluate(() => window.suostumus.acceptAll());
    assert.equal((await updates()).length, 3);
    assert.equal((await updates())[2][2].ad_storage, 'granted');
    assert.equal(google().filter((u) => u.includes('/gtag/js')).length, 1);
    await context.close();
  });

  it('Tag Manager: gtm.js follows the same rules as gtag.js', async () => {
    const { context, google } = await googleContext();
    const { page: p } = await open(context, '/gtm.html');
    await afterRequests(p);
    assert.deepEqual(google(), []);
    await p.evaluate(() => window.suostumus.acceptAll());
    await p.waitForFunction(() => window.__gtagLoads === 1);
    assert.deepEqual(google(), ['https://www.googletagmanager.com/gtm.js?id=GTM-TEST123']);
    const layer = await p.evaluate(() => window.dataLayer.filter((e) => e && e.event === 'gtm.js').length);
    assert.equal(layer, 1);
    await context.close();
  });
});
