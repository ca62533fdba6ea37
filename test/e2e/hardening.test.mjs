// Failure modes, proven in Chromium against the built bundle: broken configs, a stored record under
// attack, a strict Content Security Policy, cookies blocked, Google blocked, many tabs, hostile text.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { afterRequests, chromiumSite, isolatedContext, openPage, until } from './harness.mjs';
import { BROKEN } from '../hardening/cases.mjs';
import { PAYLOADS } from './payloads.mjs';

const STUB = await readFile(new URL('./stubs/gtag-stub.js', import.meta.url), 'utf8');
const ID = 'G-HARD12345';
const HOST = 'www.shop.example.test';
const gated = '<script type="text/plain" data-category="analytics">window.__gatedRan = true;</script>';
const own = '<script src="/own.js"></script>';
const page = (configText, extra = '') => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>t</title>
<script type="application/json" id="suostumus-config">${configText}</script><script src="/suostumus.js" defer></script>${extra}</head>
<body><h1>Sivu</h1>${gated}${own}</body></html>`;
const good = JSON.stringify({ google: { measurementId: ID } });


// Every config string that reaches the page carries a payload, several times over, in fi, en and sv.
const at = (i) => PAYLOADS[i % PAYLOADS.length];
let n = 0;
const text = () => ({ fi: at(n++), en: at(n++), sv: at(n++) });
const categories = [];
for (let c = 0; c < 6; c++) {
  categories.push({
    id: `c${c}`, title: text(), description: text(),
    services: [{ name: at(n++), provider: at(n++), purpose: text(), cookies: [{ name: `k${c}`, purpose: text(), duration: text(), provider: at(n++) }] }],
  });
}
// As a careful site (or its CMS) writes inline JSON: "<" escaped, so no "<!--" or "</script" can end the element.
const xssConfig = JSON.stringify({ google: { measurementId: ID }, categories }).replaceAll('<', '\\u003c');

const XSS_USES = n;

/**
 * Resolves once a payload rendered as markup would have run: an image of the payloads' `src=x` fails (its
 * error event; the same URL, so after any such image of theirs), then two frames pass (autofocus, an SVG
 * animation's begin, a frame's load).
 */
async function payloadsHadTheirChance(p) {
  await p.evaluate(() => new Promise((resolve) => {
    const image = new window.Image();
    image.addEventListener('error', resolve);
    image.addEventListener('load', resolve);
    image.src = 'x';
  }));
  await p.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => { requestAnimationFrame(resolve); }); }));
}

describe('hardening (Chromium)', () => {

  const site = chromiumSite(async () => {
    const pages = {
      '/own.js': { body: 'window.__ownRan = true;', type: 'text/javascript' },
      '/good.html': page(good),
      '/nonce.html': {
        body: page(good).replace(gated, '<script type="text/plain" data-category="analytics" nonce="r4nd0m">window.__gatedRan = true;</script>'),
        headers: { 'Content-Security-Policy': "script-src 'self' 'nonce-r4nd0m' https://www.googletagmanager.com; style-src 'self'" },
      },
      '/gated.js': { body: 'window.__gatedSrcRan = true;', type: 'text/javascript' },
      '/csp.html': {
        body: page(good, '<script type="text/plain" data-category="analytics" src="/gated.js"></script>').replace(gated, ''),
        headers: {
          'Content-Security-Policy': "default-src 'self'; script-src 'self' https://www.googletagmanager.com; style-src 'self'; connect-src 'self' https://*.google-analytics.com",
        },
      },
    };
    BROKEN.forEach(([, text], i) => { pages[`/broken-${i}.html`] = page(text); });
    for (const language of ['fi', 'en', 'sv']) pages[`/xss-${language}.html`] = page(xssConfig.replace('{', `{"language":"${language}",`));
    return pages;
  });

  async function googleContext(block = false) {
    return isolatedContext(site.browser, site.server, async (route, url) => {
      if (!block && url.hostname === 'www.googletagmanager.com') await route.fulfill({ status: 200, contentType: 'text/javascript', body: STUB });
      else await route.abort('blockedbyclient');
    });
  }

  describe(`broken configs through the script tag (${BROKEN.length} cases)`, () => {
    BROKEN.forEach(([name, , path], i) => {
      it(`${name}: names "${path}", nothing gated runs, no Google, the page's own scripts run`, async () => {
        const { context, outside } = await googleContext();
        const { page: p, errors, consoleErrors } = await openPage(context, site.server.url(`/broken-${i}.html`, HOST));
        await p.waitForFunction(() => window.__ownRan === true);
        // The messages come once the loader has fetched parseConfig's explanations (a chunk of their own).
        // The loader asks for them last, after it has refused the config: anything gated, or Google, would
        // have been started by then.
        await until(() => consoleErrors.some((e) => e.includes(path)), () => `console names ${path}: ${consoleErrors.join(' | ').slice(0, 300)}`);
        await afterRequests(p);
        assert.equal(await p.evaluate(() => window.__gatedRan), undefined);
        assert.equal(await p.evaluate(() => window.suostumus), undefined);
        assert.deepEqual(outside, []);
        assert.deepEqual(errors, []);
        await context.close();
      });
    });
  });

  describe('stored record under attack', () => {
    const record = { id: '0b7a3c1e-4d2f-4a6b-9c8d-1e2f3a4b5c6d', revision: 1, timestamp: new Date().toISOString(), categories: { necessary: true, analytics: true, demographics: true }, source: 'banner', language: 'fi' };
    const enc = (value) => encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));
    const attacks = [
      ['tampered (analytics: "yes")', [{ value: enc({ ...record, categories: { ...record.categories, analytics: 'yes' } }) }]],
      ['tampered (extra field)', [{ value: enc({ ...record, admin: true }) }]],
      ['truncated', [{ value: enc(JSON.stringify(record).slice(0, 60)) }]],
      ['oversized', [{ value: enc({ ...record, id: record.id + 'x'.repeat(3000) }) }]],
      ['from a future revision', [{ value: enc({ ...record, revision: 7 }) }]],
      ['duplicated on a parent domain', [{ value: enc(record) }, { value: enc({ ...record, categories: { necessary: true, analytics: false, demographics: false } }), domain: '.example.test' }]],
      ['set for another host (wrong domain)', [{ value: enc(record), domain: 'other.example.test' }]],
    ];
    for (const [name, cookies] of attacks) {
      it(`${name}: undecided, banner shown, nothing granted`, async () => {
        const { context, outside } = await googleContext();
        await context.addCookies(cookies.map(({ value, domain }) => (domain
          ? { name: 'suostumus', value, domain, path: '/' }
          : { name: 'suostumus', value, url: site.server.url('/', HOST) })));
        const { page: p, errors } = await openPage(context, site.server.url('/good.html', HOST));
        await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
        assert.equal(await p.evaluate(() => window.suostumus.get().status), 'undecided');
        assert.equal(await p.evaluate(() => window.__gatedRan), undefined);
        await afterRequests(p);
        assert.deepEqual(outside, []);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }

    it('a valid record survives a reload, a second tab, and a page closed right after the click', async () => {
      const { context } = await googleContext();
      const { page: p } = await openPage(context, site.server.url('/good.html', HOST));
      await p.getByRole('button', { name: 'Hyväksy kaikki' }).click();
      // Closed at once: the cookie was written before any effect ran.
      await p.close();
      const { page: second } = await openPage(context, site.server.url('/good.html', HOST));
      await second.waitForFunction(() => window.suostumus?.get().status === 'decided');
      assert.equal(await second.evaluate(() => window.suostumus.get().categories.analytics), true);
      await second.reload();
      await second.waitForFunction(() => window.__gatedRan === true);
      await context.close();
    });
  });

  it('many tabs: a decision is picked up on the next load; two tabs deciding differently end with the last', async () => {
    const { context } = await googleContext();
    const { page: a } = await openPage(context, site.server.url('/good.html', HOST));
    const { page: b } = await openPage(context, site.server.url('/good.html', HOST));
    await a.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await b.reload();
    await b.waitForFunction(() => window.suostumus?.get().status === 'decided');
    assert.equal(await b.evaluate(() => window.suostumus.get().categories.demographics), true);
    await b.evaluate(() => window.suostumus.rejectAll());
    await a.evaluate(() => window.suostumus.set({ analytics: true }));
    const stored = JSON.parse(decodeURIComponent((await context.cookies()).find((c) => c.name === 'suostumus').value));
    assert.deepEqual(stored.categories, { necessary: true, analytics: true, demographics: false }, 'the last decision on top of the refusal, not a mix with the stale "all"');
    await context.close();
  });

  it('strict CSP (no unsafe-inline, no unsafe-eval): banner, dialog and GA work with zero violations', async () => {
    const { context, outside } = await googleContext();
    const p = await context.newPage();
    await p.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors = [];
    p.on('pageerror', (e) => errors.push(e));
    await p.goto(site.server.url('/csp.html', HOST));
    await p.getByRole('button', { name: 'Asetukset' }).click();
    await p.getByRole('dialog', { name: 'Evästeasetukset' }).waitFor();
    await p.getByRole('button', { name: 'Hyväksy kaikki' }).last().click();
    await p.waitForFunction(() => window.__gtagLoads === 1);
    await p.waitForFunction(() => window.__gatedSrcRan === true);
    assert.deepEqual(await p.evaluate(() => window.__violations), []);
    assert.ok(outside.includes(`https://www.googletagmanager.com/gtag/js?id=${ID}`));
    // The banner is styled (constructable stylesheets are not inline style).
    const display = await p.evaluate(() => getComputedStyle(document.querySelector('suostumus-settings-button')).position);
    assert.equal(display, 'fixed');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('strict CSP with a nonce: an inline gated script keeps its nonce and runs', async () => {
    const { context } = await googleContext();
    const p = await context.newPage();
    await p.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    });
    await p.goto(site.server.url('/nonce.html', HOST));
    await p.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await p.waitForFunction(() => window.__gatedRan === true);
    assert.deepEqual(await p.evaluate(() => window.__violations), []);
    await context.close();
  });

  it('cookies blocked: the banner works, the choice holds for the page view, no exception', async () => {
    const { context, outside } = await googleContext();
    await context.addInitScript(() => {
      Object.defineProperty(window.Document.prototype, 'cookie', { configurable: true, get: () => '', set() { /* refused */ } });
    });
    const { page: p, errors } = await openPage(context, site.server.url('/good.html', HOST));
    await p.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await p.waitForFunction(() => window.__gatedRan === true);
    assert.equal(await p.evaluate(() => window.suostumus.get().categories.analytics), true);
    // Google's script is asked for beside the gated one, not before it: wait for its request.
    await until(() => outside.some((u) => u.includes('gtag/js')), 'gtag.js requested after Accept all');
    assert.deepEqual(errors, []);
    await p.reload();
    await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    await context.close();
  });

  it('Google blocked (as by an ad blocker): no uncaught error, no retry, the page works', async () => {
    const { context, outside } = await googleContext(true);
    const { page: p, errors } = await openPage(context, site.server.url('/good.html', HOST));
    await p.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await p.waitForFunction(() => window.__gatedRan === true);
    // The blocked script's error has been handled (suostumus removes the element); a retry on that error
    // would be requested before a request made after it.
    await until(() => outside.some((u) => u.includes('gtag/js')), 'gtag.js requested');
    await p.waitForFunction(() => !document.querySelector('script[src*="gtag/js"]'));
    await afterRequests(p);
    assert.equal(outside.filter((u) => u.includes('gtag/js')).length, 1, 'requested once, never retried');
    assert.deepEqual(errors, []);
    await p.getByRole('button', { name: 'Evästeasetukset' }).click();
    await p.getByRole('dialog', { name: 'Evästeasetukset' }).waitFor();
    await context.close();
  });

  it(`hostile text in every config string, in fi, en and sv (${PAYLOADS.length} payloads, ${XSS_USES} uses): shown as text, never run`, async () => {
    assert.ok(XSS_USES >= PAYLOADS.length * 2, 'every payload used at least twice');
    const { context } = await googleContext();
    const results = [];
    for (const language of ['fi', 'en', 'sv']) {
      const { page: p, errors } = await openPage(context, site.server.url(`/xss-${language}.html`, HOST));
      await p.getByRole('region').first().waitFor();
      await p.evaluate(() => window.suostumus.showPreferences());
      await p.locator('suostumus-preferences dialog[open]').waitFor();
      await p.evaluate(() => { for (const d of document.querySelector('suostumus-preferences').shadowRoot.querySelectorAll('details')) d.open = true; });
      await payloadsHadTheirChance(p);
      const shown = await p.evaluate(() => document.querySelector('suostumus-preferences').shadowRoot.textContent);
      results.push({ language, pwned: await p.evaluate(() => window.__pwned), shownAsText: shown.includes('<img src=x onerror="window.__pwned=2">'), errors });
    }
    for (const r of results) {
      assert.equal(r.pwned, undefined, `${r.language}: a payload ran`);
      assert.ok(r.shownAsText, `${r.language}: the payload is shown as text`);
      assert.deepEqual(r.errors, []);
    }
    await context.close();
  });
});
