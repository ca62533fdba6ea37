// Issue 16 §1: a long imported notice's first section is read on the first screen. Seed 003 (17
// sections) imported with the CLI, rendered by the script tag with the banner open: at 1280×800 the first
// section's text starts above the banner; on a 375×667 phone it does after one screen of scrolling at most.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { chromiumSite, isolatedContext, root } from './harness.mjs';

const run = promisify(execFile);
const { stdout } = await run(process.execPath, [`${root}dist/receiver/cli.js`, 'import-notice', `${root}test/notice/fixtures/seeds/003.txt`]);
const notice = JSON.parse(stdout);
const config = { revision: 1, google: { measurementId: 'G-SCREEN123' }, notice };
const page = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tietosuojaseloste</title><style>body { margin: 0 1rem; font-family: system-ui, sans-serif; }</style>
<script type="application/json" id="suostumus-config">${JSON.stringify(config).replaceAll('<', '\\u003c')}</script>
<script src="/suostumus.js" defer></script></head><body><main><suostumus-notice heading-level="1"></suostumus-notice></main></body></html>`;

const site = chromiumSite({ '/seloste.html': page });

async function measure(width, height) {
  const { context } = await isolatedContext(site.browser, site.server);
  const p = await context.newPage();
  await p.setViewportSize({ width, height });
  await p.goto(site.server.url('/seloste.html', 'www.example.com'));
  const banner = p.getByRole('region', { name: 'Evästeet ja yksityisyys' });
  await banner.waitFor();
  const notice = p.locator('suostumus-notice');
  await notice.locator('details').first().waitFor();
  assert.ok(await notice.locator('details').count() >= 15, 'a long notice');
  const first = notice.locator('details').first().locator('[part="body"]');
  await first.waitFor();
  const textTop = await first.evaluate((body) => body.getBoundingClientRect().top + window.scrollY);
  const bannerTop = await banner.evaluate((region) => region.getBoundingClientRect().top);
  await context.close();
  return { textTop, bannerTop };
}

describe('a long notice\'s first screen (Chromium)', () => {
  it('1280×800 with the banner open: the first section\'s text starts above the banner', async () => {
    const { textTop, bannerTop } = await measure(1280, 800);
    assert.ok(textTop + 24 <= bannerTop, `the first section's text starts at ${textTop} px, the banner at ${bannerTop} px`);
  });

  it('375×667 with the banner open: the first section\'s text is in view after one screen of scrolling at most', async () => {
    const { textTop, bannerTop } = await measure(375, 667);
    assert.ok(textTop + 24 <= 667 + bannerTop, `the first section's text starts at ${textTop} px; one screen down shows up to ${667 + bannerTop} px above the banner`);
  });
});
