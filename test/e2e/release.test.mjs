// A fresh copy of the repository, as a site owner or a packager gets it: `npm pack` builds first (the
// package is never empty), and `npm run release` writes the folder and the zip a site owner uploads;
// the example page in that folder, served as it is, shows the banner.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { isolatedContext, launchChromium, openPage, root, startServer } from './harness.mjs';

const npm = (cwd, ...args) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('release files from a fresh copy (npm pack, npm run release)', () => {
  let copy;
  let packed;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  before(() => {
    // The repository's files as git knows them (committed or not, never dist/ or release/), and its
    // installed dependencies: a clone after `npm install`.
    mkdirSync(join(root, 'test-results'), { recursive: true });
    copy = mkdtempSync(join(root, 'test-results', 'fresh-'));
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0').filter((path) => path && path !== 'node_modules' && !path.startsWith('test-results/'));
    for (const path of tracked) {
      try {
        cpSync(join(root, path), join(copy, path));
      } catch (error) {
        if (error.code !== 'ENOENT') throw error; // deleted in the working tree
      }
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    // The build's own lines (prepack) come first on stdout, then npm's JSON.
    const out = npm(copy, 'pack', '--dry-run', '--json');
    packed = JSON.parse(out.slice(out.search(/^\[/m)))[0];
  });
  after(() => { if (copy) rmSync(copy, { recursive: true, force: true }); });

  it('npm pack builds first: the package holds dist/suostumus.js and the npm entry', () => {
    const files = packed.files.map((entry) => entry.path);
    for (const expected of ['dist/suostumus.js', 'dist/index.js', 'dist/index.d.ts', 'dist/delivery.json']) {
      assert.ok(files.includes(expected), `${expected} is packed`);
    }
  });

  it('npm run release: the folder, its guides and example page, and a zip of the same', async () => {
    execFileSync('node', ['scripts/release.mjs'], { cwd: copy, stdio: 'pipe' });
    const folder = join(copy, 'release', `suostumus-${version}`);
    const delivery = JSON.parse(readFileSync(join(copy, 'dist', 'delivery.json'), 'utf8'));
    const listed = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name))).sort();
    const expected = ['GUIDE.txt', 'OHJE.txt', 'example.html', ...delivery.files.map((name) => `suostumus/${version}/${name}`)].sort();
    assert.deepEqual(listed(folder), expected);
    assert.ok(delivery.files.includes('suostumus-ui.js') && delivery.files.includes('suostumus-banner-texts-sv.js'), 'chunks and texts');
    for (const guide of ['OHJE.txt', 'GUIDE.txt']) {
      const text = readFileSync(join(folder, guide), 'utf8');
      assert.ok(text.includes(`<script src="/suostumus/${version}/suostumus.js" defer></script>`), `${guide} has the snippet`);
      assert.ok(!/\{\w+\}/.test(text.replace('{ … }', '')), `${guide}: every {placeholder} filled`);
    }
    const zip = unzipSync(readFileSync(join(copy, 'release', `suostumus-${version}.zip`)));
    assert.deepEqual(Object.keys(zip).sort(), expected.map((path) => `suostumus-${version}/${path}`));
    assert.deepEqual(Buffer.from(zip[`suostumus-${version}/suostumus/${version}/suostumus.js`]), readFileSync(join(folder, 'suostumus', version, 'suostumus.js')));

    // The example page, served from the folder as it is: the banner shows.
    const pages = {};
    for (const path of listed(folder)) {
      pages[`/${path}`] = { body: readFileSync(join(folder, path)), type: path.endsWith('.html') ? 'text/html; charset=utf-8' : path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/plain; charset=utf-8' };
    }
    const server = await startServer(pages);
    const browser = await launchChromium();
    try {
      const { context, outside } = await isolatedContext(browser, server);
      const { page, errors } = await openPage(context, server.url('/example.html'));
      await page.getByRole('region', { name: 'Evästeet ja yksityisyys' }).waitFor();
      await page.getByRole('button', { name: 'Hylkää kaikki' }).click();
      await page.getByRole('button', { name: 'Evästeasetukset' }).first().waitFor();
      assert.equal(await page.getByRole('alert').count(), 0, 'no mistakes for the panel to show');
      assert.deepEqual(errors, []);
      assert.deepEqual(outside, []);
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
