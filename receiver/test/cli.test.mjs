// The command line: usage, help, and bad flags answered with the flag, its variable and the fix.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, killReceiversLeft, post, record, spawnReceiver, waitFor } from './harness.mjs';

after(killReceiversLeft);

const run = (args, env = {}) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });

describe('suostumus (the bin)', () => {
  it('without a command prints the commands and exits 2', () => {
    const result = run([]);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /usage: suostumus <command>/);
    assert.match(result.stdout, /receiver\s+the proof-of-consent server/);
  });

  it('names an unknown command', () => {
    const result = run(['recieve']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown command "recieve"/);
  });

  it('receiver --help lists every flag with its environment variable', () => {
    const result = run(['receiver', '--help']);
    assert.equal(result.status, 0);
    for (const [flag, variable] of [['--port', 'SUOSTUMUS_PORT'], ['--data', 'SUOSTUMUS_DATA'], ['--origins', 'SUOSTUMUS_ORIGINS'],
      ['--retention-days', 'SUOSTUMUS_RETENTION_DAYS'], ['--admin-token', 'SUOSTUMUS_ADMIN_TOKEN'], ['--database-url', 'DATABASE_URL']]) {
      assert.match(result.stdout, new RegExp(`${flag} VALUE\\s+${variable}`));
    }
  });

  const bad = [
    [['--port', 'http'], {}, /--port \(SUOSTUMUS_PORT\): expected a whole number from 0 to 65535, got "http"/],
    [[], { SUOSTUMUS_RETENTION_DAYS: 'forever' }, /--retention-days \(SUOSTUMUS_RETENTION_DAYS\): expected a whole number/],
    [['--origins', 'example.fi'], {}, /--origins \(SUOSTUMUS_ORIGINS\): "example.fi" is not an origin; write it as https:\/\/www.example.fi/],
    [['--bogus'], {}, /Unknown option '--bogus'[\s\S]*Run: suostumus receiver --help/],
    [['extra'], {}, /Unexpected argument 'extra'[\s\S]*Run: suostumus receiver --help/],
    [[], { DATABASE_URL: 'postgres://app:secret@127.0.0.1:1/consent' }, /PostgreSQL at postgres:\/\/app:\*\*\*@127.0.0.1:1\/consent could not be reached: .*Check DATABASE_URL/],
  ];
  for (const [args, env, message] of bad) {
    it(`receiver ${args.join(' ') || JSON.stringify(env)}: exits 2 and says what to fix`, () => {
      const result = run(['receiver', ...args], env);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.ok(!/\n\s+at /.test(result.stderr), 'no stack trace for bad input');
    });
  }

  it('receiver starts, says where its data is, warns what is off, takes a record, and stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'suostumus-cli-'));
    try {
      const receiver = await spawnReceiver([], { SUOSTUMUS_DATA: dataDir });
      // The warnings may come in a later chunk of stderr than the "listening" line spawnReceiver waits for.
      await waitFor(() => /no --origins/.test(receiver.output()) && /no SUOSTUMUS_ADMIN_TOKEN/.test(receiver.output()), {
        ms: 10_000, what: 'the "no --origins" and "no SUOSTUMUS_ADMIN_TOKEN" warnings',
      });
      assert.match(receiver.output(), new RegExp(`embedded database ${dataDir}/consent.sqlite; retention 1461 days`));
      assert.match(receiver.output(), /no --origins/);
      assert.match(receiver.output(), /no SUOSTUMUS_ADMIN_TOKEN/);
      assert.equal((await post(receiver.url, record())).status, 204);
      const { code } = await receiver.stop();
      assert.equal(code, 0);
      const busy = await spawnReceiver(['--data', dataDir]);
      const port = new URL(busy.url).port;
      const result = run(['receiver', '--port', port, '--data', dataDir]);
      await busy.stop();
      assert.equal(result.status, 2);
      assert.match(result.stderr, new RegExp(`127.0.0.1:${port} is in use; pick another port with --port`));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
