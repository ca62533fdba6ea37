// The npm scenario: the README's npm snippet (the first ```ts block under "## npm"), built as a Vite app
// the way a frontend developer would (`vite build`, Vite's defaults), with this package installed
// (a symlink to the repository, so `suostumus` resolves through package.json's exports to dist/).
// Reported beside the script tag's bytes:
//   - first-load JS: the app's entry chunk and every chunk it imports statically (Vite's manifest), what
//     the browser must fetch before the app's code runs;
//   - first visit: every JS file the built page fetched until the banner's "Hylkää kaikki" was painted
//     (in headless Chromium, unthrottled: bytes do not depend on the timing).
// Sizes are gzip -9 of the built files. And, with `dialog` options, the time from a click on "Asetukset" to
// the settings dialog painted, on the slow-mobile profile, as the script tag's first visit measures it.
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { armDialog, collect, probe, probeSignal } from './probe.mjs';
import { cell, summarize } from './stats.mjs';
import { MEASUREMENT_ID, root, startSite } from './site.mjs';

const RUN_TIMEOUT_MS = 30_000;

/** The README's npm snippet: the first ```ts block after the "## npm" heading. */
export function readmeSnippet() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## npm'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('README.md has no ```ts block under "## npm"');
  return match[1];
}

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Builds the app in a temporary folder; returns { dir, out, manifest }. The caller removes `dir`. */
async function buildApp() {
  const dir = mkdtempSync(join(tmpdir(), 'suostumus-npm-app-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'suostumus'), 'dir');
  // As a developer would paste it, with their own id: the README's placeholder is refused (issue 17).
  writeFileSync(join(dir, 'main.ts'), readmeSnippet().replaceAll('G-XXXXXXXXXX', MEASUREMENT_ID));
  writeFileSync(join(dir, 'index.html'), [
    '<!doctype html>', '<html lang="fi">', '<meta charset="utf-8">', '<title>npm app</title>',
    '<script type="module" src="./main.ts"></script>', '<p>Sivun sisältö.</p>', '',
  ].join('\n'));
  const out = join(dir, 'dist');
  // Quiet: how the npm build splits (and Vite's notes on it) is the npm issue's; the bytes are reported below.
  await build({ root: dir, base: '/app/', configFile: false, logLevel: 'error', build: { outDir: out, manifest: true } });
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8'));
  return { dir, out, manifest };
}

/**
 * The built app's settings dialog: a fresh first visit `runs` times on the page `newPage(context)` makes
 * (the caller's throttling), "Asetukset" clicked `clickAfterMs` after the banner was painted; returns the
 * ms from the click to the end of the frame that shows the dialog's "Tallenna valinnat" (bench/probe.mjs).
 * The viewport is 1280×1400: the README's config has a category of its own, and at 720 px the dialog's
 * save button is below the fold, where the probe does not count it as shown.
 */
async function measureDialog(browser, url, { runs, clickAfterMs, newPage }) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
    try {
      const page = await newPage(context);
      await page.addInitScript(probe, { button: 'Hylkää kaikki' });
      const banner = probeSignal(page, 'bench:done', 'the npm app: the banner', RUN_TIMEOUT_MS);
      await page.goto(url, { timeout: RUN_TIMEOUT_MS });
      await banner;
      const paintedAt = await page.evaluate(() => window.__bench.paintedAt);
      await sleep(Math.max(0, paintedAt + clickAfterMs - await page.evaluate(() => performance.now())));
      await page.evaluate(armDialog, 'Tallenna valinnat');
      const shown = probeSignal(page, 'bench:dialog', 'the npm app: the settings dialog', RUN_TIMEOUT_MS);
      await page.getByRole('button', { name: 'Asetukset', exact: true }).click({ timeout: RUN_TIMEOUT_MS });
      await shown;
      const { dialog } = await page.evaluate(collect);
      times.push(dialog.paintedAt - dialog.clickAt);
    } finally {
      await context.close();
    }
  }
  return summarize(times);
}

/**
 * Builds the README's snippet with Vite and measures its bytes (see the top of this file); with `dialog`
 * ({ runs, clickAfterMs, newPage }), also the click to its settings dialog (`measureDialog`).
 */
export async function measureNpmApp(browser, contextOptions, dialog) {
  const { dir, out, manifest } = await buildApp();
  try {
    // First-load JS: the entry and its static imports, from Vite's manifest.
    const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
    const firstLoad = new Set();
    const walk = (key) => {
      if (firstLoad.has(manifest[key].file)) return;
      firstLoad.add(manifest[key].file);
      for (const imported of manifest[key].imports ?? []) walk(imported);
    };
    walk(entry);
    const describe = (file) => ({ path: file, bytes: readFileSync(join(out, file)).length, gzip: gzipSize(join(out, file)) });

    const site = await startSite({}, { '/app/': out });
    try {
      // A real first visit: the files the page fetched until the banner was painted.
      const context = await browser.newContext(contextOptions);
      let visit;
      try {
        const page = await context.newPage();
        await page.addInitScript(probe, { button: 'Hylkää kaikki' });
        const done = probeSignal(page, 'bench:done', 'the npm app: the banner', RUN_TIMEOUT_MS);
        await page.goto(site.url('/app/index.html'), { timeout: RUN_TIMEOUT_MS });
        await done;
        const data = await page.evaluate(collect);
        visit = data.resources
          .filter((r) => r.url.startsWith(`${site.origin}/app/`) && r.url.endsWith('.js') && r.startTime < data.paintedAt)
          .map((r) => describe(new URL(r.url).pathname.slice('/app/'.length)));
      } finally {
        await context.close();
      }
      const dialogMs = dialog ? await measureDialog(browser, site.url('/app/index.html'), dialog) : undefined;
      return { firstLoad: [...firstLoad].map(describe), firstVisit: visit, dialogMs };
    } finally {
      await site.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const total = (files, key) => files.reduce((sum, f) => sum + f[key], 0);
const nf = new Intl.NumberFormat('en-US');
const MS = { unit: 'ms' };

/**
 * Lines for the report: the npm app's bytes beside the script tag's first visit (`scriptTag`: its files),
 * and its settings dialog beside the script tag's on the same profile (`scriptTagDialog`: its summary).
 */
export function npmAppText(result, scriptTag, scriptTagDialog) {
  if (result.error) return `npm app: could not measure (${result.error})`;
  const tag = scriptTag ? total(scriptTag, 'gzip') : undefined;
  const vs = (files) => (tag ? `, ${(total(files, 'gzip') / tag).toFixed(2)}× the script tag's first visit (${nf.format(tag)} B gzip -9)` : '');
  const line = (label, files) => `${label}: ${files.length} JS ${files.length === 1 ? 'file' : 'files'}, ${nf.format(total(files, 'bytes'))} B, ${nf.format(total(files, 'gzip'))} B gzip -9${vs(files)} — ${files.map((f) => `\`${f.path}\` ${nf.format(f.gzip)} B`).join(', ')}`;
  return [
    line('npm app, first-load JS (entry and its static imports)', result.firstLoad),
    line('npm app, first visit until the banner is painted (files fetched)', result.firstVisit),
    ...(result.dialogMs ? [`npm app, slow mobile: "Asetukset" clicked → settings dialog's save button painted: ${cell(MS, result.dialogMs)} ms, ${result.dialogMs.n} ${result.dialogMs.n === 1 ? 'run' : 'runs'}`
      + (scriptTagDialog?.n ? ` (the script tag's: ${cell(MS, scriptTagDialog)} ms)` : '')] : []),
  ].join('\n');
}
