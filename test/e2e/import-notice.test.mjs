// `suostumus import-notice` (the bin, as built): files and standard input, text and HTML (parse5), the
// report on standard error, and the exit codes. The CMS page gives the same notice as the browser's
// DOMParser gives in test/notice/import.test.ts: one walker, one expected JSON.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/receiver/cli.js`;
const fixtures = `${root}test/notice/fixtures/`;
const run = (args, input) => spawnSync(process.execPath, [cli, 'import-notice', ...args], { encoding: 'utf8', input, timeout: 30_000 });

describe('suostumus import-notice', () => {
  it('imports each seed from a file: notice JSON on stdout, the report on stderr, exit 0', () => {
    const seeds = readdirSync(`${fixtures}seeds`).filter((name) => name.endsWith('.txt'));
    assert.equal(seeds.length, 5);
    for (const name of seeds) {
      const result = run([`${fixtures}seeds/${name}`]);
      assert.equal(result.status, 0, `${name}: ${result.stderr}`);
      const notice = JSON.parse(result.stdout);
      assert.ok(Array.isArray(notice.order) && notice.order.length >= 5, `${name}: sections in the owner's order`);
      assert.match(result.stderr, /^Imported as text, language fi\./);
      assert.match(result.stderr, /Headings:\n {2}\S.* → /);
    }
  });

  it('reads HTML from standard input with parse5, the same notice as the browser reads (fixtures/cms-page.json)', () => {
    const result = run(['-'], readFileSync(`${fixtures}cms-page.html`, 'utf8'));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), JSON.parse(readFileSync(`${fixtures}cms-page.json`, 'utf8')));
    assert.match(result.stderr, /^Imported as html, language sv\./);
  });

  it('--format and --language override the detection', () => {
    const result = run(['-', '--format', 'text', '--language', 'en'], '<h2>Controller</h2>\n\nAcme Oy, info@acme.example\n');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^Imported as text, language en\./);
    assert.equal(JSON.parse(result.stdout).controller.email, 'info@acme.example');
  });

  it('exits non-zero with a one-line reason when no notice can be made, and 2 for wrong arguments', () => {
    const empty = run(['-'], '  \n');
    assert.equal(empty.status, 1);
    assert.equal(empty.stdout, '');
    assert.equal(empty.stderr, 'suostumus import-notice: the input has no text: give the notice as text or HTML\n');
    const missing = run([`${fixtures}no-such-file.txt`]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^suostumus import-notice: cannot read .*no-such-file\.txt: ENOENT/);
    assert.equal(run(['-', '--format', 'pdf']).status, 2);
    assert.match(run([]).stderr, /name the notice file/);
    assert.equal(run(['--bogus']).status, 2);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /usage: suostumus import-notice FILE/);
  });
});
