// The owner's common mistakes on served pages (issue 17): on a development host (www.example.test) a
// panel with role "alert" names each one and its fix in the page's language, and the console says it
// too; on a live site's host (PRODUCTION_HOST) only the console speaks, and nothing is tracked.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { afterRequests, chromiumSite, file, isolatedContext, openPage, PRODUCTION_HOST, root, until } from './harness.mjs';

const CONFIG = { google: { measurementId: 'G-CHECK12345' } };
const config = (value, id = 'suostumus-config') => `<script type="application/json" id="${id}">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
const gated = '<script type="text/plain" data-category="analytics">window.__gatedRan = true;</script>';
const page = (head, { lang = 'fi', script = '<script src="/suostumus.js" defer></script>' } = {}) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>t</title>
${head}
${script}
</head>
<body><h1>Sivu</h1>${gated}<script>window.__ownRan = true;</script></body>
</html>`;

// A trailing comma on line 10 of the HTML file (the JSON starts on line 6).
const TRAILING_COMMA = `{
  "revision": 1,
  "google": {
    "measurementId": "G-CHECK12345",
  }
}`;

const PAGES = {
  '/own-gtag.html': page(`${config(CONFIG)}<script async src="https://www.googletagmanager.com/gtag/js?id=G-OWN12345"></script>`),
  '/placeholder-gtm.html': page(config({ google: { tagManagerId: 'GTM-XXXXXXX' } })),
  '/universal.html': page(config({ google: { measurementId: 'UA-12345-1' } })),
  '/swapped.html': page(config({ google: { measurementId: 'GTM-ABC1234', tagManagerId: 'G-ABCD12345' } })),
  '/trailing-comma.html': page(config(`\n${TRAILING_COMMA}\n`)),
  '/quotes-comments.html': page(config("{\n  // our site\n  'revision': 1\n}")),
  '/wrong-id.html': page(config(CONFIG, 'consent-config')),
  '/no-config.html': page(''),
  '/notice-404.html': page(config({ ...CONFIG, noticeUrl: '/tietosuojaseloste' })),
  '/cookie-domain.html': page(config({ ...CONFIG, cookie: { domain: 'example.fi' } })),
  '/english.html': page(config({ google: { measurementId: 'UA-12345-1' } }), { lang: 'en' }),
  '/swedish.html': page(config({ google: { measurementId: 'UA-12345-1' } }), { lang: 'sv' }),
  '/data-debug.html': page(config({ google: { measurementId: 'UA-12345-1' } }), { script: '<script src="/suostumus.js" data-debug defer></script>' }),
  '/fine.html': page(config({ ...CONFIG, noticeUrl: '/tietosuojaseloste.html' })),
  // Embeds written wrong: no title, a YouTube src that is no video, a short Maps link, an http iframe; one right.
  '/embed-mistakes.html': page(config(CONFIG)).replace('<h1>Sivu</h1>', `<h1>Sivu</h1>
<suostumus-embed provider="youtube" src="dQw4w9WgXcQ"></suostumus-embed>
<suostumus-embed provider="youtube" src="https://www.youtube.com/@kanava" title="Kanava"></suostumus-embed>
<suostumus-embed provider="google-maps" src="https://maps.app.goo.gl/abcdef" title="Kartta"></suostumus-embed>
<suostumus-embed provider="iframe" src="http://varaukset.example/" title="Varaukset"></suostumus-embed>
<suostumus-embed provider="vimeo" src="76979871" title="Esittely"></suostumus-embed>`),
  // Only suostumus.js copied: no chunk beside it.
  '/only-loader.html': page(config(CONFIG), { script: '<script src="/only/suostumus.js" defer></script>' }),
  // Some copied: the check chunk is there, the banner's is not.
  '/partial.html': page(config(CONFIG), { script: '<script src="/partial/suostumus.js" defer></script>' }),
};

describe('the owner\'s mistakes: the development panel and the console (Chromium)', () => {
  let served; // the server's pages, to add one whose text needs the port
  const site = chromiumSite(async () => {
    const pages = served = { ...PAGES };
    const dist = async (name) => ({ body: await readFile(`${root}dist/${name}`), type: 'text/javascript; charset=utf-8' });
    pages['/only/suostumus.js'] = await dist(file('loader'));
    for (const name of [file('loader'), file('check'), file('configCheck'), file('shared'), file('validate')]) pages[`/partial/${name}`] = await dist(name);
    return pages;
  });
  // The other origin's page needs the port, known once the server runs.
  const otherOrigin = () => page(config(CONFIG), { script: `<script src="${site.server.url('/suostumus.js', 'cdn.example.test')}" defer></script>` });

  /** Opens `path`; the panel's text (every open shadow root's text, so the problems and their fixes) once it says `expected`. */
  async function panelSaying(path, expected, host) {
    const { context, outside } = await isolatedContext(site.browser, site.server);
    const opened = await openPage(context, site.server.url(path, host));
    const panel = opened.page.getByRole('alert');
    await panel.getByText(expected).first().waitFor();
    const text = await opened.page.evaluate(() => {
      const host = document.querySelector('[role="alert"]');
      return host?.shadowRoot?.textContent ?? host?.textContent ?? '';
    });
    return { ...opened, context, outside, panel, text };
  }

  it("Google's own gtag snippet: an error naming it, and what to do", async () => {
    const { text, consoleErrors, context } = await panelSaying('/own-gtag.html', /Googlen oma tagi/);
    assert.match(text, /googletagmanager\.com\/gtag\/js\?id=G-OWN12345/);
    assert.match(text, /Poista Googlen koodi sivulta/);
    assert.ok(consoleErrors.some((e) => e.includes("Google's own tag is on the page") && e.includes('Remove Google')), consoleErrors.join('\n'));
    await context.close();
  });

  it('the placeholder GTM-XXXXXXX: refused, and told to put one\'s own', async () => {
    const { text, context, outside } = await panelSaying('/placeholder-gtm.html', /esimerkin paikkamerkki/);
    assert.match(text, /google\.tagManagerId on "GTM-XXXXXXX"/);
    assert.deepEqual(outside, [], 'nothing from Google');
    await context.close();
  });

  it('a UA- id: Universal Analytics is gone, use a G- id', async () => {
    const { text, consoleErrors, context } = await panelSaying('/universal.html', /Universal Analytics lopetettiin heinäkuussa 2023/);
    assert.match(text, /google\.measurementId on "UA-12345-1"/);
    assert.ok(consoleErrors.some((e) => e.includes('google.measurementId') && e.includes('Universal Analytics (UA-) stopped')), consoleErrors.join('\n'));
    await context.close();
  });

  it('a GTM- id as the measurement id and a G- id as the container: each pointed to the other field', async () => {
    const { text, context } = await panelSaying('/swapped.html', /Siirrä se kenttään google\.tagManagerId/);
    assert.match(text, /google\.measurementId on "GTM-ABC1234"/);
    assert.match(text, /google\.tagManagerId on "G-ABCD12345", Google Analyticsin mittaustunnus\. Siirrä se kenttään google\.measurementId/);
    await context.close();
  });

  it('a trailing comma: its line in the HTML file, and the cause named', async () => {
    const { text, consoleErrors, context } = await panelSaying('/trailing-comma.html', /eivät ole kelvollista JSONia/);
    assert.match(text, /Rivi 10: pilkku ennen merkkiä \} tai \]/);
    assert.ok(consoleErrors.some((e) => e.includes('is not valid JSON')), consoleErrors.join('\n'));
    assert.ok(consoleErrors.some((e) => e.includes('Line 10: a comma before } or ]')), consoleErrors.join('\n'));
    await context.close();
  });

  it('single quotes and a comment: both named, each with its line', async () => {
    const { text, context } = await panelSaying('/quotes-comments.html', /yksinkertaiset lainausmerkit/);
    assert.match(text, /Rivi 8: yksinkertaiset lainausmerkit/);
    assert.match(text, /Rivi 7: kommentti/);
    await context.close();
  });

  it('a config element with another id: the id to use', async () => {
    const { text, context } = await panelSaying('/wrong-id.html', /asetuselementin id on "consent-config"/i);
    assert.match(text, /id="suostumus-config"/);
    await context.close();
  });

  it('no config at all: what to add', async () => {
    const { text, context } = await panelSaying('/no-config.html', /asetuksia ei löytynyt/i);
    assert.match(text, /<script type="application\/json" id="suostumus-config">/);
    await context.close();
  });

  it('a noticeUrl that answers 404: a warning in the panel, the banner still shown', async () => {
    const { text, page: p, context } = await panelSaying('/notice-404.html', /noticeUrl "\/tietosuojaseloste" vastaa HTTP 404/);
    assert.match(text, /\.html/);
    await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    await context.close();
  });

  it('a cookie.domain this host cannot write: named before any visitor decides', async () => {
    const { text, consoleErrors, context } = await panelSaying('/cookie-domain.html', /cookie\.domain "example\.fi" ei kata tätä osoitetta/);
    assert.match(text, /www\.example\.test/);
    assert.ok(consoleErrors.some((e) => e.includes('cookie.domain') && e.includes('does not cover this host')), consoleErrors.join('\n'));
    await context.close();
  });

  it("the panel speaks the page's language: English and Swedish", async () => {
    const en = await panelSaying('/english.html', /Universal Analytics stopped in July 2023/);
    assert.match(en.text, /suostumus: 2 to fix on this page/);
    await en.panel.getByRole('button', { name: 'Close' }).waitFor();
    await en.context.close();
    const sv = await panelSaying('/swedish.html', /Universal Analytics upphörde i juli 2023/);
    await sv.panel.getByRole('button', { name: 'Stäng' }).waitFor();
    await sv.context.close();
  });

  it('the panel can be dismissed', async () => {
    const { page: p, panel, context } = await panelSaying('/universal.html', /Universal Analytics/);
    await panel.getByRole('button', { name: 'Sulje' }).click();
    await p.waitForFunction(() => !document.querySelector('[role="alert"]'));
    await context.close();
  });

  it('only suostumus.js copied: the files to copy are named, on the page and in the console', async () => {
    const { text, consoleErrors, context } = await panelSaying('/only-loader.html', /could not be loaded/);
    assert.match(text, /only\/suostumus-check\.js could not be loaded: copy every suostumus\*\.js file beside suostumus\.js/);
    assert.ok(consoleErrors.some((e) => e.includes('copy every suostumus*.js file')), consoleErrors.join('\n'));
    await context.close();
  });

  it('some files copied: the missing ones are listed by name', async () => {
    const { text, context } = await panelSaying('/partial.html', /Nämä tiedostot puuttuvat/);
    // The banner's chunk and its texts are asked for side by side: whichever failed first is named first.
    const first = [file('ui'), file('texts', 'banner', 'fi')].map((name) => name.replaceAll('.', '\\.')).join('|');
    assert.match(text, new RegExp(`tiedostoa (${first}) ei voitu ladata`, 'i'));
    for (const missing of [file('ui'), file('preferences'), file('notice'), file('texts', 'banner', 'fi')]) assert.ok(text.includes(missing), `${missing} named: ${text}`);
    assert.ok(!/puuttuvat[^:]*:[^.]*suostumus-check\.js/.test(text), 'the check chunk is there');
    await context.close();
  });

  it('served from another origin without CORS: the header is named', async () => {
    // The script from cdn.example.test, the page on www.example.test: the same test server, which sends no
    // Access-Control-Allow-Origin. The page names the port, known only now.
    served['/other-origin.html'] = otherOrigin();
    const { context } = await isolatedContext(site.browser, site.server);
    const { page: p, consoleErrors } = await openPage(context, site.server.url('/other-origin.html'));
    await p.getByRole('alert').getByText(/Access-Control-Allow-Origin/).first().waitFor();
    // Every chunk that failed (the banner's, its import, its texts) asks for the check: said once.
    await p.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('cdn.example.test')).length >= 4);
    assert.equal(await p.getByRole('alert').count(), 1, 'the problem is said once');
    assert.equal(consoleErrors.filter((e) => e.startsWith('suostumus:') && e.includes('Access-Control-Allow-Origin')).length, 1, consoleErrors.join('\n'));
    await context.close();
  });

  it('embeds written wrong: each named in the panel with its fix, said once in the console', async () => {
    const { text, page: p, consoleErrors, context, outside } = await panelSaying('/embed-mistakes.html', /ilman title-kohtaa/);
    assert.match(text, /src="https:\/\/www\.youtube\.com\/@kanava">: src ei ole YouTube-video/);
    assert.match(text, /src="https:\/\/maps\.app\.goo\.gl\/abcdef">: src ei ole upotettavan kartan osoite.*Jaa → Upota kartta/);
    assert.match(text, /src="http:\/\/varaukset\.example\/">: src ei ole https-osoite/);
    assert.doesNotMatch(text, /76979871/, 'the right one is not named');
    // The element's own English line, once each: the check adds none to the console.
    for (const part of ['title is required', 'the video\'s id', 'Embed a map', 'an https address']) {
      assert.equal(consoleErrors.filter((e) => e.includes(part)).length, 1, `${part}: ${consoleErrors.join('\n')}`);
    }
    // The right one still waits for consent; nothing from the providers.
    await p.getByRole('button', { name: 'Toista video: Esittely' }).waitFor();
    assert.deepEqual(outside, []);
    await context.close();
  });

  it('a page without mistakes shows no panel', async () => {
    const { context } = await isolatedContext(site.browser, site.server);
    const { page: p, consoleErrors } = await openPage(context, site.server.url('/fine.html'));
    await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
    // The check chunk has looked when noticeUrl has answered: its last question (src/check/problems.ts). The
    // panel would come in the task where that fetch resolved, before the request's timing entry, plus a task.
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/tietosuojaseloste.html')));
    await p.evaluate(() => new Promise((resolve) => { const next = new window.MessageChannel(); next.port1.onmessage = resolve; next.port2.postMessage(0); }));
    assert.equal(await p.getByRole('alert').count(), 0);
    assert.deepEqual(consoleErrors.filter((e) => e.startsWith('suostumus')), []);
    await context.close();
  });

  describe('on a live site\'s host', () => {
    for (const path of ['/universal.html', '/trailing-comma.html', '/own-gtag.html', '/no-config.html', '/only-loader.html']) {
      it(`${path}: no panel, nothing tracked, the console says it`, async () => {
        const { context, outside } = await isolatedContext(site.browser, site.server);
        const { page: p, consoleErrors, errors } = await openPage(context, site.server.url(path, PRODUCTION_HOST));
        await p.waitForFunction(() => window.__ownRan === true);
        // The check chunk speaks last, once the loader has refused or started (and the panel would come with it).
        await until(() => consoleErrors.some((e) => e.startsWith('suostumus:')), () => `the console speaks: ${consoleErrors.join('\n')}`);
        await afterRequests(p);
        assert.equal(await p.getByRole('alert').count(), 0, 'no panel for visitors');
        assert.equal(await p.evaluate(() => window.__gatedRan), undefined, 'nothing gated ran');
        // The page's own Google snippet is the page's request, not suostumus's: nothing else goes out.
        assert.deepEqual(outside.filter((u) => !u.includes('G-OWN12345')), [], 'suostumus loaded nothing from Google');
        assert.deepEqual(errors, []);
        await context.close();
      });
    }

    it('with data-debug the panel shows there too', async () => {
      const { context } = await panelSaying('/data-debug.html', /Universal Analytics/, PRODUCTION_HOST);
      await context.close();
    });

    it('a page without mistakes fetches no check', async () => {
      const { context } = await isolatedContext(site.browser, site.server);
      const from = site.server.requests.length;
      const { page: p } = await openPage(context, site.server.url('/fine.html', PRODUCTION_HOST));
      await p.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
      // The loader asks for the check (if at all) as it ends, long before the banner is there.
      await afterRequests(p);
      const requests = site.server.requests.slice(from);
      assert.ok(requests.some((r) => r.path === `/${file('ui')}`), 'the banner was fetched');
      assert.ok(!requests.some((r) => r.path.endsWith(file('check'))), 'no check chunk');
      assert.ok(!requests.some((r) => r.path === '/tietosuojaseloste.html'), 'noticeUrl not fetched');
      await context.close();
    });
  });
});
