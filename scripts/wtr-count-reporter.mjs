// web-test-runner reporter: writes totals over every browser to a JSON file (default
// test-results/browser.json): { passed, failed, skipped, browsers: { <name>: { passed, failed, skipped } } }.
//
// Every test result of every session counts, recursively through the suites. A session that failed
// without a failing test to show for it (the file did not load: syntax error, 404 import, a hook or an
// uncaught error, a timeout, a browser that did not start) counts as one failed test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countSessions(sessions) {
  const totals = { passed: 0, failed: 0, skipped: 0, browsers: {} };
  for (const session of sessions) {
    const one = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, one);
    if (session.passed === false && one.failed === 0) one.failed = 1;
    const name = session.browser?.name ?? 'unknown';
    const browser = (totals.browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
    for (const key of ['passed', 'failed', 'skipped']) {
      browser[key] += one[key];
      totals[key] += one[key];
    }
  }
  return totals;
}

export function countReporter({ outputFile = 'test-results/browser.json' } = {}) {
  const write = (sessions) => {
    const totals = countSessions(sessions);
    mkdirSync(dirname(outputFile), { recursive: true });
    writeFileSync(outputFile, `${JSON.stringify(totals, null, 2)}\n`);
  };
  return {
    start() {
      // A run that dies before finishing must not leave the previous run's totals behind.
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, `${JSON.stringify({ passed: 0, failed: 1, skipped: 0, incomplete: true }, null, 2)}\n`);
    },
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}
