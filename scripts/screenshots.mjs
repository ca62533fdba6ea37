// npm run screenshots: PNGs of the banner, the settings dialog and the settings button, in Finnish and
// English, light and dark, from the built bundle on the demo pages (headless Chromium); and the panel that
// names an owner's mistakes on a development host (check-panel-fi.png). Written to docs/.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isolatedContext, launchChromium, startServer } from '../test/e2e/harness.mjs';

const out = fileURLToPath(new URL('../docs/', import.meta.url));
await mkdir(out, { recursive: true });
// A page with two of the usual mistakes: a comma after the last item, and Google's own snippet left in.
const MISTAKES = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Etusivu</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABCD12345"></script>
<script type="application/json" id="suostumus-config">
  {
    "revision": 1,
    "google": { "measurementId": "G-ABCD12345" },
  }
</script>
<script src="/suostumus.js" defer></script>
</head>
<body><main><h1>Paahtimo Kajo</h1><p>Tuoreita papuja Kuopiosta.</p></main></body>
</html>`;
const server = await startServer({ '/check-example.html': MISTAKES });
const browser = await launchChromium();
const shots = [];
try {
  for (const [language, path] of [['fi', '/'], ['en', '/en/']]) {
    for (const scheme of ['light', 'dark']) {
      const { context } = await isolatedContext(browser, server);
      const page = await context.newPage();
      await page.setViewportSize({ width: 1000, height: 640 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(server.url(path));
      await page.locator('suostumus-banner section').waitFor();
      const name = (what) => `${out}${what}-${language}-${scheme}.png`;
      await page.screenshot({ path: name('banner') });
      await page.evaluate(() => window.suostumus.showPreferences());
      await page.locator('suostumus-preferences dialog[open]').waitFor();
      await page.screenshot({ path: name('preferences') });
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.suostumus.rejectAll());
      await page.locator('suostumus-banner section').waitFor({ state: 'detached' });
      await page.screenshot({ path: name('settings-button'), clip: { x: 0, y: 540, width: 360, height: 100 } });
      shots.push(name('banner'), name('preferences'), name('settings-button'));
      await context.close();
    }
  }
  // The development panel, as an owner sees it on localhost (www.example.test is a development host too).
  const { context } = await isolatedContext(browser, server);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 520 });
  await page.goto(server.url('/check-example.html'));
  await page.getByRole('alert').getByText('Googlen oma tagi').waitFor();
  await page.screenshot({ path: `${out}check-panel-fi.png` });
  shots.push(`${out}check-panel-fi.png`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`wrote ${shots.length} screenshots to docs/`);
