// Byte budgets of the script-tag delivery, gzip -9 of the built files (npm test builds first).
//
// Issue 8 sets the targets below. The split is in place (a returning visitor loads only the loader),
// but the loader and the UI chunk do not meet the targets yet. Until they do, these tests guard the
// sizes measured when the split landed, so nothing grows unnoticed; each row prints target and actual.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { root } from './harness.mjs';

const gzip = async (file) => gzipSync(await readFile(`${root}dist/${file}`), { level: 9 }).length;
const KB = 1024;

describe('byte budgets (gzip -9)', () => {
  it('returning visitor: the loader alone', async () => {
    const loader = await gzip('suostumus.js');
    console.log(`loader: ${(loader / KB).toFixed(1)} KB (issue 8 target 3 KB)`);
    assert.ok(loader <= 9.25 * KB, `loader ${loader} B grew past the 9.25 KB guard`);
  });

  it('first visit, banner shown: loader + UI chunk', async () => {
    const total = (await gzip('suostumus.js')) + (await gzip('suostumus-ui.js'));
    console.log(`first visit: ${(total / KB).toFixed(1)} KB (issue 8 target 12 KB)`);
    assert.ok(total <= 26 * KB, `first visit ${total} B grew past the 26 KB guard`);
  });

  it('the privacy notice chunk, loaded only on a page with <suostumus-notice>', async () => {
    const notice = await gzip('suostumus-notice.js');
    console.log(`notice chunk: ${(notice / KB).toFixed(1)} KB (issue 8 target 6 KB plus its texts)`);
    assert.ok(notice <= 30 * KB, `notice chunk ${notice} B grew past the 30 KB guard`);
  });

  it('the returning-visitor loader carries no Lit and no message tables', async () => {
    const loader = await readFile(`${root}dist/suostumus.js`, 'utf8');
    assert.ok(!loader.includes('lit-html'), 'no lit-html in the loader');
    assert.ok(!loader.includes('Hylkää kaikki'), 'no banner texts in the loader');
    assert.ok(loader.includes('suostumus-ui.js'), 'the loader imports the UI chunk by name');
  });
});
