// Embedded content waits for consent (issue 20), from the built script tag, with the network watched:
// every request to another host is logged by the isolated context and answered by a local stub, so
// nothing reaches YouTube, Vimeo or Google, and a request that was even attempted is seen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chromiumSite, file, isolatedContext, openPage } from './harness.mjs';

const EMBEDS = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>Upotukset</title>
<script type="application/json" id="suostumus-config">{"google":{"measurementId":"G-EMBED1234"}}</script>
<script src="/suostumus.js" defer></script>
<style>main { max-width: 40rem; margin: auto; }</style></head>
<body><main><h1>Upotukset</h1>
<suostumus-embed provider="youtube" src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Esittelyvideo" poster="/poster.svg"></suostumus-embed>
<suostumus-embed provider="vimeo" src="https://vimeo.com/76979871" title="Vimeo-video"></suostumus-embed>
<suostumus-embed provider="google-maps" src="https://www.google.com/maps/embed?pb=!1m2!2sKauppatori" title="Toimistomme kartalla"></suostumus-embed>
<suostumus-embed provider="iframe" src="https://widget.example.org/calendar" title="Varauskalenteri" width="400" height="300"></suostumus-embed>
<iframe data-category="embeds" data-src="https://www.google.com/maps/embed?pb=gated" title="Vanha kartta" width="400" height="300"></iframe>
<p id="after">Sivun loppu</p>
</main></body></html>`;

const POSTER = { body: '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>', type: 'image/svg+xml' };
const PLAIN = EMBEDS.replace(/<suostumus-embed[\s\S]*<\/iframe>/, '');
/** A page without an embed, on a site whose config names the providers it uses elsewhere. */
const NAMED = PLAIN.replace('{"google":{"measurementId":"G-EMBED1234"}}', '{"google":{"measurementId":"G-EMBED1234"},"embeds":["youtube","vimeo"]}');

/** A context in which every other host gets a stub page; `outside` lists what was asked of them. */
async function watched(site) {
  return isolatedContext(site.browser, site.server, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>stub</p>' }));
}

async function placeholders(page) {
  await page.locator('suostumus-embed [part="placeholder"]').nth(3).waitFor();
}

/** The consent cookie, parsed. */
async function record(context) {
  const cookie = (await context.cookies()).find((c) => c.name === 'suostumus');
  return cookie ? JSON.parse(decodeURIComponent(cookie.value)) : undefined;
}

describe('embedded content (Chromium, network watched)', () => {
  const site = chromiumSite({ '/upotukset.html': EMBEDS, '/tavallinen.html': PLAIN, '/nimetyt.html': NAMED, '/poster.svg': POSTER });
  /** How many times this test's pages asked for `name`'s file. */
  const fetched = (name) => site.server.requests.filter((r) => r.path === `/${file(name)}`).length;

  it('before consent: a placeholder with both buttons for each embed, and no request to any provider', async () => {
    const { context, outside } = await watched(site);
    const { page, errors, consoleErrors } = await openPage(context, site.server.url('/upotukset.html'));
    await placeholders(page);
    for (const title of ['Esittelyvideo', 'Vimeo-video']) {
      await page.getByRole('button', { name: `Toista video: ${title}` }).waitFor();
      await page.getByRole('button', { name: `Salli upotettu sisältö aina (${title})` }).waitFor();
    }
    for (const title of ['Toimistomme kartalla', 'Varauskalenteri']) {
      await page.getByRole('button', { name: `Näytä sisältö: ${title}` }).waitFor();
      await page.getByRole('button', { name: `Salli upotettu sisältö aina (${title})` }).waitFor();
    }
    // The placeholder names the provider, what loading means and its privacy policy.
    const youtube = page.locator('suostumus-embed[provider="youtube"]');
    assert.match(await youtube.locator('[part="placeholder"]').innerText(), /YouTube[\s\S]*Google Ireland Ltd[\s\S]*evästeitä/);
    assert.equal(await youtube.getByRole('link', { name: 'Palvelun YouTube tietosuojakäytäntö' }).getAttribute('href'), 'https://policies.google.com/privacy');
    // The site's own poster is shown; nothing comes from the provider.
    assert.equal(await youtube.locator('img.poster').getAttribute('src'), site.server.url('/poster.svg'));
    await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
    // Everything the placeholders ask for has arrived: the site's poster is the last request they make.
    await youtube.locator('img.poster').evaluate((img) => img.decode());
    assert.equal(await page.locator('iframe[src]').count(), 0, 'the gated iframe has no src');
    assert.deepEqual(outside, [], 'no request to a provider before consent');
    assert.ok(site.server.requests.some((r) => r.path === `/${file('embed')}`), 'the embed chunk was fetched');
    assert.deepEqual(errors, []);
    assert.deepEqual(consoleErrors.filter((e) => e.startsWith('suostumus')), []);
    await context.close();
  });

  it('the placeholder and the loaded iframe have the same box: nothing on the page moves', async () => {
    const { context } = await watched(site);
    const { page } = await openPage(context, site.server.url('/upotukset.html'));
    await placeholders(page);
    const embed = page.locator('suostumus-embed[provider="youtube"]');
    const before = await embed.boundingBox();
    const after = await page.locator('#after').boundingBox();
    assert.ok(before && Math.abs(before.width / before.height - 16 / 9) < 0.02, `16:9 before consent (${JSON.stringify(before)})`);
    await page.getByRole('button', { name: 'Toista video: Esittelyvideo' }).click();
    await embed.locator('iframe').waitFor();
    assert.deepEqual(await embed.boundingBox(), before);
    assert.deepEqual(await page.locator('#after').boundingBox(), after);
    const sized = await page.locator('suostumus-embed[provider="iframe"]').boundingBox();
    assert.ok(sized && Math.abs(sized.width - 400) < 1 && Math.abs(sized.height - 300) < 1, `width and height kept (${JSON.stringify(sized)})`);
    await context.close();
  });

  it('"play" loads only that one, from youtube-nocookie.com, playing, titled, lazy, and keeps the focus on it', async () => {
    const { context, outside } = await watched(site);
    const { page } = await openPage(context);
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await page.goto(site.server.url('/upotukset.html'));
    await placeholders(page);
    await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
    await page.getByRole('button', { name: 'Toista video: Esittelyvideo' }).click();
    const frame = page.locator('suostumus-embed[provider="youtube"] iframe');
    await frame.waitFor();
    assert.equal(await frame.getAttribute('src'), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    assert.equal(await frame.getAttribute('title'), 'Esittelyvideo');
    assert.equal(await frame.getAttribute('loading'), 'lazy');
    // Fullscreen through `allowfullscreen` only, as YouTube's own embed code has it: Safari does not take
    // `fullscreen` in `allow`, and Chromium warns on every page when both are given.
    assert.equal(await frame.getAttribute('allow'), 'autoplay; encrypted-media; picture-in-picture');
    assert.equal(await frame.getAttribute('allowfullscreen'), '');
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.tagName === 'IFRAME');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('provider')), 'youtube');
    // The stub answered the iframe: every request the click caused has been made.
    await (await (await frame.elementHandle())?.contentFrame())?.waitForLoadState('load');
    assert.deepEqual(outside.map((u) => new URL(u).hostname), ['www.youtube-nocookie.com'], 'only that iframe was requested');
    assert.deepEqual(warnings, [], 'no console warnings (the owner reads none of them as a fault of theirs)');
    assert.equal(await page.locator('suostumus-embed iframe').count(), 1, 'the others are still placeholders');
    assert.equal((await record(context))?.categories.embeds, false, 'nothing was stored for "this one"');
    await context.close();
  });

  it('a click on a video\'s placeholder plays it; Vimeo loads with dnt=1', async () => {
    const { context } = await watched(site);
    const { page } = await openPage(context, site.server.url('/upotukset.html'));
    await placeholders(page);
    await page.locator('suostumus-embed[provider="vimeo"] [part="placeholder"] .title').click();
    const frame = page.locator('suostumus-embed[provider="vimeo"] iframe');
    await frame.waitFor();
    assert.equal(await frame.getAttribute('src'), 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
    await context.close();
  });

  it('"allow everywhere" loads every embed of the category, stores it, and a returning visitor gets the iframes at once', async () => {
    const { context } = await watched(site);
    const { page } = await openPage(context, site.server.url('/upotukset.html'));
    await placeholders(page);
    await page.getByRole('button', { name: 'Salli upotettu sisältö aina (Toimistomme kartalla)' }).click();
    await page.locator('suostumus-embed iframe').nth(3).waitFor();
    const sources = await page.locator('suostumus-embed iframe').evaluateAll((frames) => frames.map((f) => f.getAttribute('src')));
    assert.deepEqual(sources, [
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://player.vimeo.com/video/76979871?dnt=1',
      'https://www.google.com/maps/embed?pb=!1m2!2sKauppatori',
      'https://widget.example.org/calendar',
    ]);
    assert.equal(await page.locator('iframe[data-src]').getAttribute('src'), 'https://www.google.com/maps/embed?pb=gated');
    const stored = await record(context);
    assert.equal(stored.categories.embeds, true);
    assert.equal(stored.source, 'embed');
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.tagName === 'IFRAME');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('provider')), 'google-maps');

    await page.reload();
    await page.locator('suostumus-embed iframe').nth(3).waitFor();
    assert.equal(await page.locator('suostumus-embed [part="placeholder"]').count(), 0, 'no placeholder for a returning visitor who allowed it');
    assert.equal(await page.locator('suostumus-banner [part="banner"]').count(), 0);
    await context.close();
  });

  it('withdrawal puts the placeholders back and unloads the gated iframe', async () => {
    const { context } = await watched(site);
    const { page } = await openPage(context, site.server.url('/upotukset.html'));
    await placeholders(page);
    await page.getByRole('button', { name: 'Hyväksy kaikki' }).click();
    await page.locator('suostumus-embed iframe').nth(3).waitFor();
    await page.getByRole('button', { name: 'Evästeasetukset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Evästeasetukset' });
    await dialog.waitFor();
    // The providers the page uses are listed as services of the category, with their cookies.
    const text = await dialog.evaluate((element) => element.shadowRoot?.textContent ?? element.textContent);
    for (const expected of ['Upotettu sisältö', 'YouTube', 'Vimeo', 'Google Maps', 'VISITOR_INFO1_LIVE', 'NID']) assert.ok(text.includes(expected), `the dialog names ${expected}`);
    await dialog.getByRole('switch', { name: /Upotettu sisältö/ }).or(dialog.getByRole('checkbox', { name: /Upotettu sisältö/ })).click();
    await dialog.getByRole('button', { name: 'Tallenna valinnat' }).click();
    await page.locator('suostumus-embed [part="placeholder"]').nth(3).waitFor();
    assert.equal(await page.locator('suostumus-embed iframe').count(), 0);
    assert.equal(await page.locator('iframe[data-src]').getAttribute('src'), 'about:blank');
    assert.equal((await record(context)).categories.embeds, false);
    await context.close();
  });

  it('the notice lists the providers the config names, on a page without an embed', async () => {
    const { context, outside } = await watched(site);
    site.server.requests.length = 0;
    const { page } = await openPage(context, site.server.url('/tietosuojaseloste.html#cookies'));
    const cookies = page.locator('suostumus-notice details#cookies');
    await cookies.waitFor();
    await page.waitForFunction(() => document.querySelector('suostumus-notice')?.shadowRoot?.querySelector('#cookies')?.textContent?.includes('Google Maps'));
    const text = await cookies.evaluate((element) => element.textContent);
    for (const expected of ['Upotettu sisältö', 'YouTube', 'YSC', 'VISITOR_INFO1_LIVE', 'Google Maps', 'NID', 'https://policies.google.com/privacy']) {
      assert.ok(text.includes(expected) || await cookies.locator(`a[href="${expected}"]`).count() > 0, `the notice names ${expected}`);
    }
    assert.ok(!text.includes('Vimeo'), 'a provider the site does not use is not listed');
    assert.equal(site.server.requests.filter((r) => r.path === `/${file('embed')}`).length, 0, 'no embed chunk on a page without an embed');
    assert.equal(fetched('providers'), 1, 'the providers\' facts, fetched once');
    assert.deepEqual(outside, []);
    await context.close();
  });

  it('a page without embeds neither fetches the embed chunk nor offers the category', async () => {
    const { context } = await watched(site);
    site.server.requests.length = 0;
    const { page } = await openPage(context, site.server.url('/tavallinen.html'));
    // The loader asks for the embed chunk as it starts, before the banner's chunk: the banner is later.
    await page.getByRole('button', { name: 'Hylkää kaikki' }).waitFor();
    assert.equal(site.server.requests.filter((r) => r.path === `/${file('embed')}`).length, 0);
    assert.equal(await page.evaluate(() => 'embeds' in (window.suostumus?.get().categories ?? {})), false);
    // Nor the providers' facts, with the dialog's files or when it opens (issue 15: most sites embed nothing).
    await page.getByRole('button', { name: 'Asetukset' }).click();
    await page.getByRole('dialog', { name: 'Evästeasetukset' }).getByText('Google Analytics').first().waitFor();
    assert.equal(fetched('providers'), 0, 'no providers\' facts where no provider is used');
    await context.close();
  });

  it('the dialog lists the providers the config names, on a page without an embed; their facts come with the dialog\'s files', async () => {
    const { context, outside } = await watched(site);
    site.server.requests.length = 0;
    const { page, errors, consoleErrors } = await openPage(context, site.server.url('/nimetyt.html'));
    await page.getByRole('button', { name: 'Hylkää kaikki' }).waitFor();
    // Preloaded beside the dialog's chunks once the banner is painted, not fetched after them on the click.
    const href = site.server.url(`/${file('providers')}`);
    await page.waitForFunction((url) => [...document.querySelectorAll('link[rel=modulepreload]')].some((link) => link.href === url), href);
    await page.waitForFunction((url) => performance.getEntriesByName(url).length > 0, href);
    await page.getByRole('button', { name: 'Asetukset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Evästeasetukset' });
    await dialog.waitFor();
    const text = await dialog.evaluate((element) => element.shadowRoot?.textContent ?? element.textContent);
    for (const expected of ['Upotettu sisältö', 'YouTube', 'Vimeo', 'Google Ireland Ltd', 'VISITOR_INFO1_LIVE', '__cf_bm', 'Näyttää sivuille upotetut videot', '6 kuukautta']) {
      assert.ok(text.includes(expected), `the dialog names ${expected}`);
    }
    assert.ok(!text.includes('Google Maps'), 'a provider the site does not use is not listed');
    assert.equal(fetched('providers'), 1, 'fetched once');
    assert.equal(fetched('embed'), 0, 'no embed chunk on a page without an embed');
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(consoleErrors.filter((e) => e.startsWith('suostumus')), []);
    await context.close();
  });
});
