// The configurator end to end, as an owner uses it (issue 19): the built site (npm run build:site),
// Debian's Chromium. Start from a seed's privacy notice text, fill in a measurement ID, copy the snippet,
// download the zip, put the snippet in a fresh page beside the unpacked files → the banner shows, a
// decision is stored, and the notice page renders the imported notice. No request leaves this machine.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { releaseFiles } from '../../scripts/release-files.mjs';
import { serveFolders } from '../../scripts/static-server.mjs';
import { isolatedContext, launchChromium, root } from './harness.mjs';

const SEED = readFileSync(join(root, 'test/notice/fixtures/seeds/000.txt'), 'utf8');

describe('configurator, end to end (Chromium)', () => {
  let browser;
  let site;
  let unpacked;
  let fresh;
  before(async () => {
    // The site from the built script-tag files (npm test builds dist/ first).
    execFileSync(process.execPath, [join(root, 'scripts/build-site.mjs')], { stdio: 'pipe' });
    site = await serveFolders({ '/': join(root, 'site') });
    unpacked = mkdtempSync(join(tmpdir(), 'suostumus-configurator-'));
    fresh = await serveFolders({ '/': unpacked });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await fresh?.close();
    rmSync(unpacked, { recursive: true, force: true });
  });

  it('seed text → measurement ID → snippet and zip → banner, stored decision, imported notice', async () => {
    const { context, outside } = await isolatedContext(browser, site);
    // The clipboard is for secure contexts only: the configurator is opened at 127.0.0.1 (a trustworthy origin).
    const at = (path) => site.url(path, '127.0.0.1');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: at('') });
    // The owner's phone: everything below happens at 375 px.
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.addInitScript(() => globalThis.localStorage.setItem('suostumus-configurator-language', 'fi'));
    await page.goto(at('/configurator/'));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'nothing wider than the screen');

    // 1. Start from the existing notice.
    await page.getByLabel('Nykyinen tietosuojaseloste').fill(SEED);
    await page.getByRole('button', { name: 'Tuo seloste' }).click();
    await page.getByRole('region', { name: 'Tuonnin raportti' }).waitFor();

    // 2. Google: a wrong ID is said at its field; the right one is taken.
    const id = page.getByLabel('Google Analytics -mittaustunnus');
    await id.fill('UA-1234-1');
    await page.locator('#f-google-measurementId-error').waitFor();
    await id.fill('G-E2E12345');
    await page.locator('#f-google-measurementId-error').waitFor({ state: 'detached' });
    await page.getByLabel('Tietosuojaselosteen osoite sivuillasi').fill('/tietosuojaseloste.html');

    // 3. The preview shows the banner from the real script tag.
    const frame = page.frameLocator('#preview-frame');
    await frame.getByRole('button', { name: 'Hyväksy kaikki' }).waitFor();

    // 4. Take it away: the snippet through the copy button, the files through the zip.
    await page.getByRole('button', { name: 'Kopioi: Liitä sivuillesi' }).click();
    await page.getByRole('status').filter({ hasText: 'Kopioitu' }).waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.getByLabel('Liitä sivuillesi').inputValue());
    assert.match(snippet, /"measurementId": "G-E2E12345"/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa zip-paketti' }).click()]);
    const files = unzipSync(readFileSync(await download.path()));
    const names = Object.keys(files);
    // Every script-tag file the delivery map declares (chunks and texts: what `npm run release` ships), and the owner's three.
    // The script-tag files in the folder the snippet points at (its version's, as a release has them),
    // so that the zip unpacked at the site's root needs no moving; the owner's pages at the root.
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.match(snippet, new RegExp(`<script src="/suostumus/${version.replaceAll('.', '\\.')}/suostumus\\.js" defer>`));
    const pages = ['suostumus-config.json', 'esimerkki.html', 'tietosuojaseloste.html'];
    assert.deepEqual([...names].sort(), [...releaseFiles().map((file) => `suostumus/${version}/${file}`), ...pages].sort(), 'the zip holds every file of a release and the owner\'s pages');
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), bytes);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, [], 'the configurator asks nothing of any other origin');
    await context.close();

    // 5. A fresh page with the snippet, beside the unpacked files.
    writeFileSync(join(unpacked, 'index.html'), `<!doctype html>\n<html lang="fi">\n<head>\n<meta charset="utf-8">\n<title>Etusivu</title>\n${snippet}\n</head>\n<body><h1>Etusivu</h1></body>\n</html>\n`);
    const visit = await isolatedContext(browser, fresh);
    const visitor = await visit.context.newPage();
    const visitorErrors = [];
    visitor.on('pageerror', (error) => visitorErrors.push(String(error)));
    visitor.on('console', (message) => { if (message.type() === 'error') visitorErrors.push(message.text()); });
    await visitor.goto(fresh.url('/'));
    await visitor.getByRole('button', { name: 'Hylkää kaikki' }).click({ timeout: 10_000 }).catch((error) => { throw new Error(`${error.message}\n${visitorErrors.join('\n')}\n${readFileSync(join(unpacked, 'index.html'), 'utf8')}`); });
    await visitor.getByRole('button', { name: 'Evästeasetukset' }).waitFor();
    const cookie = (await visit.context.cookies()).find((c) => c.name === 'suostumus');
    assert.ok(cookie, 'the decision is stored');
    const record = JSON.parse(decodeURIComponent(cookie.value));
    assert.equal(record.categories.analytics, false);
    assert.equal(record.source, 'banner');

    // 6. The notice page renders the imported notice.
    await visitor.goto(fresh.url('/tietosuojaseloste.html'));
    const notice = visitor.locator('suostumus-notice');
    await notice.locator('details').first().waitFor();
    const text = await notice.evaluate((element) => element.shadowRoot.textContent);
    assert.match(text, /JSP-IT Solutions Oy:n asiakasrekisteri/, 'the seed\'s own text');
    assert.match(text, /REKISTERIN TIETOSISÄLTÖ|Rekisterin tietosisältö/i, 'the seed\'s own heading');
    assert.deepEqual(visit.outside, [], 'no request to Google: the visitor refused');
    await visit.context.close();
  });
});
