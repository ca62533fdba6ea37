// web-test-runner: core, ui and notice tests in Chromium, Firefox ESR and WebKit (Debian's builds).
// BROWSERS=chromium,firefox,webkit (any subset) narrows the browsers; launchers live in test/browsers.mjs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browserLaunchers, selectedBrowsers } from './test/browsers.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { hardeningMiddleware } from './test/hardening/server.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows high contrast for the page, through
 * CDP. The stock `emulateMedia` passes `forcedColors` only to Playwright; our Chromium runs on puppeteer.
 * Answers false where the browser cannot emulate it (Firefox over BiDi, WebKit over WebDriver).
 */
function forcedColorsCommand() {
  // One CDP session per test page: an emulation lasts as long as the session that set it.
  const sessions = new Map();
  return {
    name: 'suostumus-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      try {
        let cdp = sessions.get(session.id);
        if (!cdp) {
          cdp = await session.browser.getPage(session.id).createCDPSession();
          sessions.set(session.id, cdp);
        }
        // Puppeteer's emulateMediaFeatures refuses this feature name; the protocol takes it.
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * The hostile-content tests' sentinel (`markupHadItsChance` in test/hardening/frame.ts) and their payloads
 * load the image `x` beside the page. It is answered with no content rather than left to 404: an image of
 * it still fails to decode, so a payload's `onerror` would still run (and be caught), and the run does
 * not list a 404 for every browser.
 */
function sentinelImage(ctx, next) {
  if (ctx.method !== 'GET' || !/\/x$/.test(ctx.path)) return next();
  ctx.status = 204;
  return undefined;
}

/**
 * package.json as a module, as Vite serves it to the configurator (`import { version } from
 * '../package.json'`): that one file only, since tests fetch their .json fixtures as JSON.
 */
function packageJsonModule() {
  const text = readFileSync(new URL('./package.json', import.meta.url), 'utf8');
  const body = `export const version = ${JSON.stringify(JSON.parse(text).version)};\nexport default ${text};`;
  return {
    name: 'package-json-module',
    serve(context) {
      return context.path === '/package.json' ? { body, type: 'js' } : undefined;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: ['test/core/**/*.test.ts', 'test/ui/**/*.test.ts', 'test/notice/**/*.test.ts', 'test/embed/**/*.test.ts', 'test/hardening/**/*.test.ts', 'test/configurator/**/*.test.ts'],
  nodeResolve: true,
  // test/hardening: the iframe pages that load the built script-tag bundle (test/hardening/server.mjs).
  middleware: [hardeningMiddleware(), sentinelImage],
  plugins: [
    // Compiles TypeScript with the project's tsconfig (experimentalDecorators,
    // useDefineForClassFields: false). The plugin also resolves a relative `./x.js` import from a .ts
    // file to `./x.ts` when that file exists, as `tsc` and Vite do.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    forcedColorsCommand(),
    packageJsonModule(),
  ],
  browsers: browserLaunchers(selectedBrowsers()),
  // One test file at a time per browser, the three browsers side by side. A second page in the same
  // browser is a background tab: measured here with Chromium at 2, axe's accessible() checks timed
  // out in every run (none at 1) and the run took 3x longer. Focus and keyboard tests also want the
  // one focused top-level page.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: {
    config: {
      ui: 'bdd',
      timeout: 5_000,
    },
  },
  // Lit's one-time dev-mode notice would otherwise be printed for every test file.
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  reporters: [defaultReporter(), countReporter({ outputFile: fileURLToPath(new URL('./test-results/browser.json', import.meta.url)) })],
};
