// npm run screenshots:configurator: docs/configurator.png, the configurator with an example company's
// details filled in and the banner in its preview, from the built site (headless Chromium).
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/e2e/harness.mjs';
import { serveFolders } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await serveFolders({ '/': `${root}site` });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => globalThis.localStorage.setItem('suostumus-configurator-language', 'fi'));
  await page.goto(server.url('/configurator/'));
  await page.getByLabel('Google Analytics -mittaustunnus').fill('G-ABC123XYZ9');
  await page.getByLabel('Yrityksen nimi').fill('Paahtimo Kajo Oy');
  await page.getByLabel('Y-tunnus').fill('1234567-1');
  await page.getByLabel('Sähköposti', { exact: true }).fill('tietosuoja@kajo.example');
  await page.frameLocator('#preview-frame').getByRole('button', { name: 'Hyväksy kaikki' }).waitFor();
  await page.locator('#company-h').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${root}docs/configurator.png` });
  console.log('wrote docs/configurator.png');
} finally {
  await browser.close();
  await server.close();
}
