// The README's React and Vue snippets, extracted from the README, built with Vite against the built
// package, and run in Chromium: the banner shows, a decision is stored, the footer link opens the settings.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { isolatedContext, launchChromium, openPage, root, startServer } from './harness.mjs';

const readme = await readFile(`${root}README.md`, 'utf8');
const snippet = (heading, lang) => {
  const from = readme.indexOf(`### ${heading}\n`);
  assert.ok(from >= 0, `README has a ${heading} section`);
  // With an id of one's own in place of the placeholder, as the README says (the placeholder is refused).
  return new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(from))?.[1].replaceAll('G-XXXXXXXXXX', 'G-README1234');
};

const FRAMEWORKS = {
  React: { file: 'main.jsx', code: snippet('React', 'jsx'), mount: '<div id="root"></div>' },
  Vue: { file: 'main.js', code: snippet('Vue', 'js'), mount: '<div id="app"></div>' },
};

async function files(dir) {
  const out = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const type = path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
    out[`/${relative(dir, path)}`] = { body: await readFile(path), type };
  }
  return out;
}

describe('README snippets for React and Vue (Chromium)', () => {
  let browser;
  const dirs = [];

  before(async () => { browser = await launchChromium(); });
  after(async () => {
    await browser?.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  for (const [name, { file, code, mount }] of Object.entries(FRAMEWORKS)) {
    it(`${name}: builds, shows the banner, records a decision, the footer link opens the settings`, async () => {
      assert.ok(code, `${name} snippet found`);
      await mkdir(join(root, 'test-results'), { recursive: true });
      // Inside the project, so react and vue resolve from its node_modules (test-results/ is git-ignored).
      const dir = await mkdtemp(join(root, 'test-results', `${name}-`));
      dirs.push(dir);
      await writeFile(join(dir, file), code);
      await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${name}</title></head><body>${mount}<script type="module" src="./${file}"></script></body></html>`);
      await build({
        root: dir, configFile: false, logLevel: 'silent',
        resolve: { alias: [{ find: /^suostumus\/ui$/, replacement: `${root}dist/ui.js` }, { find: /^suostumus$/, replacement: `${root}dist/index.js` }] },
        oxc: { jsx: { runtime: 'automatic' } },
        build: { outDir: join(dir, 'out'), emptyOutDir: true, minify: false },
      });
      const server = await startServer(await files(join(dir, 'out')));
      try {
        const { context } = await isolatedContext(browser, server);
        const { page, errors } = await openPage(context, server.url('/index.html'));
        await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
        const cookie = (await context.cookies()).find((c) => c.name === 'suostumus');
        assert.equal(JSON.parse(decodeURIComponent(cookie.value)).categories.analytics, false);
        await page.getByRole('link', { name: 'Evästeasetukset' }).click();
        await page.getByRole('dialog', { name: 'Evästeasetukset' }).waitFor();
        assert.deepEqual(errors, []);
        await context.close();
      } finally {
        await server.close();
      }
    });
  }
});
