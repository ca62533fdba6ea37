// npm run build:site: the static site in site/ — the demo pages, the script-tag files beside them (as the
// build wrote them, named by dist/delivery.json) and the configurator in site/configurator/. Everything
// is relative to the site's root and nothing is fetched from another origin, so any static host (or a
// folder opened offline through a local server) serves it. Run after `npm run build`.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { warningLogger } from './build-warnings.mjs';
import { releaseFiles } from './release-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}site`;
if (!existsSync(`${root}dist/delivery.json`)) {
  console.error('build:site: dist/delivery.json is missing; run `npm run build` first');
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. The demo: plain static pages.
cpSync(`${root}demo`, out, { recursive: true });

// 2. Every script-tag file, as the delivery map names them (what a release holds).
const files = releaseFiles(root);
for (const file of files) cpSync(`${root}dist/${file}`, `${out}/${file}`);

// 3. The configurator, with relative asset paths so the folder can live under any path. A warning fails.
const warnings = warningLogger();
warnings.building('the configurator');
await build({
  root: `${root}configurator`,
  configFile: false,
  logLevel: 'warn',
  customLogger: warnings.logger,
  base: './',
  oxc: { decorator: { legacy: true } },
  build: { outDir: `${out}/configurator`, emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0, rollupOptions: { checks: { pluginTimings: false } } },
});
warnings.check('build:site');
console.log(`built site/: the demo, ${files.length} script-tag files, site/configurator/`);
