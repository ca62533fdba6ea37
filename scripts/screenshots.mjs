// npm run screenshots: PNGs of the banner, the settings dialog and the settings button, in Finnish and
// English, light and dark, from the built bundle on the demo pages (headless Chromium). Written to docs/.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isolatedContext, launchChromium, startServer } from '../test/e2e/harness.mjs';

const out = fileURLToPath(new URL('../docs/', import.meta.url));
await mkdir(out, { recursive: true });
const server = await startServer();
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
} finally {
  await browser.close();
  await server.close();
}
console.log(`wrote ${shots.length} screenshots to docs/`);
