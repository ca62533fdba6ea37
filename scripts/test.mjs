// `npm test`: every check, in order, with one closing line `N passed, N failed`.
//
//   1. the selected browsers are installed (fails fast, in one line, when one is missing)
//   2. npm run lint, npm run typecheck (one check each; a failure does not stop the run)
//   3. npm run build (one check; a failure stops the run: the tests need dist/)
//   4. browser tests: web-test-runner (totals in test-results/browser.json)
//   5. end-to-end tests: node --test over test/e2e/**/*.test.mjs (totals in test-results/e2e.json)
//   6. receiver tests: node --test over receiver/test/*.test.mjs, against the embedded database and a
//      throwaway PostgreSQL server (totals in test-results/receiver.json; needs Debian's postgresql)
//
// Environment:
//   BROWSERS=chromium,firefox,webkit   browsers for web-test-runner (default: all three)
//   SKIP_STATIC=1                      skip lint and typecheck
// Options:
//   --only=lint,typecheck,build,browser,e2e,receiver   run only these steps (in the order above)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingBrowserParts, selectedBrowsers } from '../test/browsers.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const resultsDir = join(root, 'test-results');
const ALL_STEPS = ['lint', 'typecheck', 'build', 'browser', 'e2e', 'receiver'];

function fail(message) {
  console.error(`suostumus: ${message}`);
  process.exit(1);
}

// --- What to run ---------------------------------------------------------------------------------
let steps = [...ALL_STEPS];
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('--only=')) {
    const wanted = arg.slice('--only='.length).split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = wanted.filter((s) => !ALL_STEPS.includes(s));
    if (unknown.length > 0) fail(`unknown step(s) ${unknown.join(', ')} in --only; steps are ${ALL_STEPS.join(', ')}`);
    steps = ALL_STEPS.filter((s) => wanted.includes(s));
  } else {
    fail(`unknown argument ${arg}; usage: node scripts/test.mjs [--only=${ALL_STEPS.join(',')}]`);
  }
}
if (process.env.SKIP_STATIC === '1' || process.env.SKIP_STATIC === 'true') {
  steps = steps.filter((s) => s !== 'lint' && s !== 'typecheck');
}

function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}
const e2eFiles = steps.includes('e2e') ? findFiles(join(root, 'test', 'e2e'), '.test.mjs') : [];
const receiverFiles = steps.includes('receiver') ? findFiles(join(root, 'receiver', 'test'), '.test.mjs') : [];

// --- Browsers installed? ---------------------------------------------------------------------------
let browsers;
try {
  browsers = selectedBrowsers();
} catch (error) {
  fail(error.message);
}
{
  const needed = new Set(steps.includes('browser') ? browsers : []);
  // The end-to-end tests drive /usr/bin/chromium (playwright-core) whatever BROWSERS says.
  if (e2eFiles.length > 0) needed.add('chromium');
  const missing = missingBrowserParts([...needed]);
  if (missing.length > 0) {
    const what = missing.map((m) => `${m.what} not found ${m.where}`).join(', ');
    const packages = [...new Set(missing.map((m) => m.apt))].join(' ');
    fail(`${what} — install ${missing.length > 1 ? 'them' : 'it'} with: apt-get install ${packages}`);
  }
}

// --- Running steps ---------------------------------------------------------------------------------
let current; // the child process of the running step
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    // Ctrl-C reaches the whole foreground group already; other signals are passed on.
    if (current && signal !== 'SIGINT') current.kill(signal);
  });
}

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${[command, ...args].join(' ')}`);
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    current = child;
    child.once('error', (error) => {
      console.error(`suostumus: could not start ${command}: ${error.message}`);
      current = undefined;
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function readTotals(file) {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const n = (v) => (Number.isInteger(v) && v >= 0 ? v : 0);
    if (data.incomplete) return undefined;
    return { passed: n(data.passed), failed: n(data.failed), skipped: n(data.skipped), browsers: data.browsers };
  } catch {
    return undefined;
  }
}

const summary = []; // { label, passed, failed, skipped, note }
const addCheck = (label, ok, note = '') => summary.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, note });

/** Totals from a reporter file, made consistent with the exit code of the process that wrote it. */
function addSuite(label, code, file) {
  const totals = readTotals(file);
  if (!totals) {
    summary.push({ label, passed: 0, failed: 1, skipped: 0, note: `no results (exit code ${code}): counted as 1 failure` });
    return;
  }
  let note = '';
  if (totals.browsers) {
    note = Object.entries(totals.browsers).map(([name, t]) => `${name} ${t.passed}/${t.failed}`).join(', ');
    note = note && `passed/failed: ${note}`;
  }
  if (code !== 0 && totals.failed === 0) {
    totals.failed = 1;
    note = `${note ? `${note}; ` : ''}exited with code ${code} without a failed test: counted as 1 failure`;
  }
  summary.push({ label, passed: totals.passed, failed: totals.failed, skipped: totals.skipped, note });
}

mkdirSync(resultsDir, { recursive: true });

async function main() {
  for (const step of steps) {
    if (interrupted) break;
    if (step === 'lint' || step === 'typecheck') {
      const code = await run('npm', ['run', step]);
      addCheck(step, code === 0, code === 0 ? '' : `npm run ${step} exited with code ${code}`);
    } else if (step === 'build') {
      const code = await run('npm', ['run', 'build']);
      addCheck('build', code === 0, code === 0 ? '' : `npm run build exited with code ${code}; tests not run`);
      if (code !== 0) break;
    } else if (step === 'browser') {
      // One web-test-runner per browser: with all three in one process, the run twice ended without a
      // result or a message on 2026-11-30 after ~30 of 35 files, while each browser alone passed; separate
      // processes also say which browser failed.
      const file = join(resultsDir, 'browser.json');
      const bin = join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
      for (const browser of browsers) {
        if (interrupted) break;
        rmSync(file, { force: true });
        const code = await run(process.execPath, [bin], { BROWSERS: browser });
        addSuite(`browser (${browser})`, code, file);
      }
    } else if (step === 'e2e') {
      if (e2eFiles.length === 0) {
        console.log('\n▶ end-to-end: no test/e2e/**/*.test.mjs files');
        continue;
      }
      const file = join(resultsDir, 'e2e.json');
      rmSync(file, { force: true });
      const code = await run(process.execPath, [
        '--test',
        '--test-reporter=spec', '--test-reporter-destination=stdout',
        `--test-reporter=${join(root, 'scripts', 'count-reporter.mjs')}`, `--test-reporter-destination=${file}`,
        ...e2eFiles.map((f) => relative(root, f)),
      ]);
      addSuite('e2e', code, file);
    } else if (step === 'receiver') {
      const file = join(resultsDir, 'receiver.json');
      rmSync(file, { force: true });
      const code = await run(process.execPath, [
        '--test',
        '--test-reporter=spec', '--test-reporter-destination=stdout',
        `--test-reporter=${join(root, 'scripts', 'count-reporter.mjs')}`, `--test-reporter-destination=${file}`,
        ...receiverFiles.map((f) => relative(root, f)),
      ]);
      addSuite('receiver', code, file);
    }
  }

  if (interrupted) summary.push({ label: 'interrupted', passed: 0, failed: 1, skipped: 0, note: 'run stopped by a signal' });

  const total = summary.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed }), { passed: 0, failed: 0 });
  const width = Math.max(...summary.map((s) => s.label.length), 8);
  console.log('\nsuostumus test summary');
  for (const s of summary) {
    const counts = `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`;
    console.log(`  ${s.failed ? '✖' : '✔'} ${s.label.padEnd(width)}  ${counts}${s.note ? `  (${s.note})` : ''}`);
  }
  // The closing line CI reads: alone on its line, and the last thing printed.
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}

await main();
