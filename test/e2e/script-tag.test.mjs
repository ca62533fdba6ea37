// dist/suostumus.js as a website owner uses it: every way of loading it, a broken config, a config URL
// that fails, the script loaded twice, and the README's config pasted as is.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { afterRequests, chromiumSite, isolatedContext, openPage, root, until } from './harness.mjs';

const CONFIG = { google: { measurementId: 'G-LOAD12345' }, noticeUrl: '/tietosuoja' };
const inline = (config = CONFIG) => `<script type="application/json" id="suostumus-config">${JSON.stringify(config)}</script>`;
const gated = '<script type="text/plain" data-category="analytics">window.__gatedRan = true;</script>';
const own = '<script>window.__ownRan = true;</script>';
const page = (head, body = '') => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>t</title>${head}</head><body><h1>Sivu</h1>${gated}${body}${own}</body></html>`;

const VARIANTS = {
  'head, defer': page(`${inline()}<script src="/suostumus.js" defer></script>`),
  'head, async': page(`${inline()}<script src="/suostumus.js" async></script>`),
  'head, neither': page(`${inline()}<script src="/suostumus.js"></script>`),
  'end of body, neither': page('', `${inline()}<script src="/suostumus.js"></script>`),
  'added after DOMContentLoaded': page(inline(), `<script>window.addEventListener('load', () => {
    const s = document.createElement('script'); s.src = '/suostumus.js'; document.body.append(s); });</script>`),
  'data-config URL': page('<script src="/suostumus.js" data-config="/consent.json" defer></script>'),
};

describe('script tag: loading variants (Chromium)', () => {
  let readmeSnippet;

  const site = chromiumSite(async () => {
    const pages = Object.fromEntries(Object.values(VARIANTS).map((html, i) => [`/variant-${i}.html`, html]));
    pages['/consent.json'] = { body: JSON.stringify(CONFIG), type: 'application/json' };
    // The config's noticeUrl: on a development host (www.example.test) suostumus checks that it answers.
    pages['/tietosuoja'] = page('');
    pages['/broken.html'] = page(`${inline({ google: { measurementId: 'UA-1234-1' }, revison: 2 })}<script src="/suostumus.js" defer></script>`);
    pages['/not-json.html'] = page('<script type="application/json" id="suostumus-config">{ google: </script><script src="/suostumus.js" defer></script>');
    pages['/missing-url.html'] = page('<script src="/suostumus.js" data-config="/nope.json" defer></script>');
    const readme = await readFile(`${root}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('## Add it to your site'));
    readmeSnippet = /```html\n([\s\S]*?)```/.exec(section)?.[1];
    // The README's src is the release folder's (/suostumus/<version>/suostumus.js): every file is there.
    const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
    for (const name of JSON.parse(await readFile(`${root}dist/delivery.json`, 'utf8')).files) {
      pages[`/suostumus/${version}/${name}`] = { body: await readFile(`${root}dist/${name}`), type: 'text/javascript; charset=utf-8' };
    }
    const readmePage = (snippet) => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>t</title>${snippet}</head><body><h1>Etusivu</h1></body></html>`;
    // As the README says: your own measurement id in place of the placeholder; and pasted as it is.
    pages['/readme-page.html'] = readmePage(readmeSnippet.replace('G-XXXXXXXXXX', 'G-README1234'));
    pages['/readme-as-is.html'] = readmePage(readmeSnippet);
    pages['/proof.html'] = page(`${inline({ ...CONFIG, record: { endpoint: '/api/consent' } })}<script src="/suostumus.js" defer></script>`);
    pages['/api/consent'] = { body: '', status: 204 };
    // type="module": the chunks are beside the script (/dist/), not beside the page (/site/).
    pages['/site/module.html'] = page(`${inline()}<script type="module" src="/dist/suostumus.js"></script>`);
    pages['/twice.html'] = page(`${inline()}<script src="/suostumus.js" defer></script><script src="/suostumus.js?copy=2" defer></script>`);
    return pages;
  });

  Object.keys(VARIANTS).forEach((name, i) => {
    it(`${name}: shows the banner and gates GA until accepted`, async () => {
      const { context, outside } = await isolatedContext(site.browser, site.server);
      const { page: p, errors, consoleErrors } = await openPage(context, site.server.url(`/variant-${i}.html`));
      await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
      assert.equal(await p.evaluate(() => window.__gatedRan), undefined);
      await afterRequests(p);
      assert.deepEqual(outside, []);
      await p.getByRole('button', { name: 'Hyväksy kaikki' }).click();
      await p.waitForFunction(() => window.__gatedRan === true);
      await afterRequests(p);
      assert.deepEqual(outside, ['https://www.googletagmanager.com/gtag/js?id=G-LOAD12345']);
      assert.deepEqual(errors, []);
      assert.deepEqual(consoleErrors.filter((e) => !e.includes('ERR_FAILED')), []);
      await context.close();
    });
  });

  it('type="module": the chunks are found beside the script, not beside the page', async () => {
    const { context } = await isolatedContext(site.browser, site.server);
    const { page: p, errors } = await openPage(context, site.server.url('/site/module.html'));
    await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    assert.ok(site.server.requests.some((r) => r.path === '/dist/suostumus-ui.js'), 'the UI chunk beside the script');
    assert.ok(!site.server.requests.some((r) => r.path.startsWith('/site/suostumus')), 'nothing looked up beside the page');
    assert.deepEqual(errors, []);
    await context.close();
  });

  async function failsClosed(path) {
    const { context, outside } = await isolatedContext(site.browser, site.server);
    const { page: p, errors, consoleErrors } = await openPage(context, site.server.url(path));
    await p.waitForFunction(() => window.__ownRan === true);
    // The check chunk words the problem: the loader asks for it last, once it has refused the config, so
    // by its first line anything the loader would have started, it has.
    await until(() => consoleErrors.some((e) => e.startsWith('suostumus:')), () => `the console speaks: ${consoleErrors.join('\n')}`, 15_000);
    await afterRequests(p);
    assert.equal(await p.evaluate(() => window.suostumus), undefined, 'no API: nothing started');
    assert.equal(await p.evaluate(() => window.__gatedRan), undefined, 'nothing gated runs');
    assert.equal(await p.locator('suostumus-banner').count(), 0);
    assert.deepEqual(outside, [], 'Google is not loaded');
    assert.deepEqual(errors, [], 'no uncaught exception');
    await context.close();
    return consoleErrors;
  }

  it('a broken config logs every problem with its path and fails closed', async () => {
    const logged = await failsClosed('/broken.html');
    assert.ok(logged.some((e) => e.includes('google.measurementId') && e.includes('"UA-1234-1"')), logged.join('\n'));
    assert.ok(logged.some((e) => e.includes('revison') && e.includes('unknown key')), logged.join('\n'));
  });

  it('a config that is not JSON says so and fails closed', async () => {
    const logged = await failsClosed('/not-json.html');
    assert.ok(logged.some((e) => e.includes('not valid JSON')), logged.join('\n'));
  });

  it('a config URL that fails to load says so in one line, with the URL', async () => {
    const logged = await failsClosed('/missing-url.html');
    const ours = logged.filter((e) => e.startsWith('suostumus:'));
    assert.equal(ours.length, 1, logged.join('\n'));
    assert.match(ours[0], /could not load the config from \/nope\.json \(HTTP 404\)/);
  });

  it('loaded twice: the second copy only warns, once', async () => {
    const { context } = await isolatedContext(site.browser, site.server);
    const { page: p, errors } = await openPage(context);
    const warnings = [];
    p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await p.goto(site.server.url('/twice.html'));
    await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    // Both copies ran before DOMContentLoaded (defer), long before the banner: their warnings are in the
    // console before one written now, and console messages arrive in order.
    await p.evaluate(() => { console.warn('test: after both copies'); });
    await until(() => warnings.includes('test: after both copies'), () => `the console's warnings: ${warnings.join('\n')}`);
    assert.deepEqual(warnings.filter((w) => w.includes('loaded twice')).length, 1);
    assert.equal(await p.locator('suostumus-banner').count(), 1);
    assert.equal(await p.locator('suostumus-settings-button').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('sends each decision to record.endpoint as proof of consent, without IP or user agent in the body', async () => {
    const { context } = await isolatedContext(site.browser, site.server);
    const { page: p } = await openPage(context, site.server.url('/proof.html'));
    await p.getByRole('button', { name: 'Hylkää kaikki' }).click();
    await p.evaluate(() => window.suostumus.set({ analytics: true }));
    const posts = async () => site.server.requests.filter((r) => r.method === 'POST' && r.path === '/api/consent');
    await until(async () => (await posts()).length >= 2, async () => `two POSTs to /api/consent, got ${site.server.requests.filter((r) => r.method === 'POST').length}`);
    const [first, second] = (await posts()).map((r) => JSON.parse(r.body));
    assert.deepEqual(Object.keys(first).sort(), ['categories', 'id', 'language', 'page', 'revision', 'source', 'textsHash', 'timestamp']);
    assert.match(first.textsHash, /^[0-9a-f]{8}$/);
    assert.equal(second.textsHash, first.textsHash, 'the same page shows the same wording');
    assert.deepEqual(first.categories, { necessary: true, analytics: false, demographics: false });
    assert.equal(first.source, 'banner');
    assert.equal(first.page, '/proof.html');
    assert.equal(second.source, 'api');
    assert.equal(second.categories.analytics, true);
    assert.equal(second.id, first.id);
    await context.close();
  });

  it("the README's config pasted with its placeholder id: the panel and the console say to put one's own", async () => {
    const { context, outside } = await isolatedContext(site.browser, site.server);
    const { page: p, consoleErrors } = await openPage(context, site.server.url('/readme-as-is.html'));
    const panel = p.getByRole('alert');
    await panel.getByText(/google\.measurementId on "G-XXXXXXXXXX", esimerkin paikkamerkki/).waitFor();
    assert.ok(consoleErrors.some((e) => e.includes('google.measurementId') && e.includes('placeholder')), consoleErrors.join('\n'));
    assert.equal(await p.locator('suostumus-banner').count(), 0, 'fails closed: no banner');
    await afterRequests(p);
    assert.deepEqual(outside, []);
    await context.close();
  });

  it("the README's config works as pasted, with one's own measurement id", async () => {
    assert.ok(readmeSnippet?.includes('suostumus-config'), 'the README has the script-tag snippet');
    const { context, outside } = await isolatedContext(site.browser, site.server);
    const { page: p, errors, consoleErrors } = await openPage(context, site.server.url('/readme-page.html'));
    await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    await p.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await p.waitForFunction(() => window.suostumus.get().categories.analytics === true);
    await afterRequests(p);
    assert.equal(outside.filter((u) => u.includes('googletagmanager')).length, 1, 'GA requested after consent');
    assert.deepEqual(errors, []);
    assert.deepEqual(consoleErrors.filter((e) => e.startsWith('suostumus')), []);
    await context.close();
  });
});
