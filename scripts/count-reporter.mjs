// node:test reporter that writes totals as JSON: { passed, failed, skipped }.
// Use it next to a readable reporter:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./scripts/count-reporter.mjs --test-reporter-destination=test-results/e2e.json FILES
//
// Tests are counted, describe() suites are not. Skipped and todo tests count as skipped. A failure that
// belongs to no test still counts as one failed test: a file that does not load (reported as a failed
// test named by its path) or a suite that fails by itself (its body or a hook threw) without a failed
// test inside it.
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failedSoFar = new Map(); // file -> failed tests counted so far
  const failedAtStart = new Map(); // `${file}\0${nesting}` -> failedSoFar when that suite started
  const fileOf = (data) => data.file ?? '';

  for await (const event of source) {
    const { type, data } = event;
    if (type === 'test:start') {
      failedAtStart.set(`${fileOf(data)}\0${data.nesting}`, failedSoFar.get(fileOf(data)) ?? 0);
      continue;
    }
    if (type !== 'test:pass' && type !== 'test:fail') continue;

    const isSuite = data.details?.type === 'suite';
    if (isSuite) {
      if (type === 'test:fail' && data.details?.error?.failureType !== 'subtestsFailed') {
        const before = failedAtStart.get(`${fileOf(data)}\0${data.nesting}`) ?? 0;
        if ((failedSoFar.get(fileOf(data)) ?? 0) === before) {
          totals.failed += 1;
          failedSoFar.set(fileOf(data), (failedSoFar.get(fileOf(data)) ?? 0) + 1);
        }
      }
      continue;
    }

    if (data.skip !== undefined || data.todo !== undefined) {
      totals.skipped += 1;
    } else if (type === 'test:pass') {
      totals.passed += 1;
    } else {
      totals.failed += 1;
      failedSoFar.set(fileOf(data), (failedSoFar.get(fileOf(data)) ?? 0) + 1);
    }
  }
  yield `${JSON.stringify(totals, null, 2)}\n`;
}
