// The receiver's pure parts: the record check, the choice, CSV, the options, the rate limiter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { record } from './harness.mjs';
import { choiceOf, validateRecord } from '../../dist/receiver/validate.js';
import { csvLine } from '../../dist/receiver/csv.js';
import { DEFAULT_RETENTION_DAYS, OptionError, resolveOptions } from '../../dist/receiver/options.js';
import { createRateLimiter } from '../../dist/receiver/rate-limit.js';
import { toStored } from '../../dist/receiver/server.js';

const now = Date.now();

describe('validateRecord', () => {
  it('accepts what the widget sends, with and without textsHash', () => {
    assert.equal(validateRecord(record(), now).ok, true);
    const { textsHash: _, ...without } = record();
    const result = validateRecord(without, now);
    assert.equal(result.ok, true);
    assert.equal(result.record.textsHash, null);
  });

  it('names the field in every refusal', () => {
    const cases = [
      [{ ...record(), extra: 1 }, /^extra: unknown field/],
      [{ ...record(), id: 'x' }, /^id:/],
      [{ ...record(), categories: { necessary: false } }, /^categories\.necessary: must be true/],
      [{ ...record(), source: 'gpc' }, /^categories: a gpc record grants no optional category/],
      [{ ...record(), timestamp: '2026-02-30T00:00:00.000Z' }, /^timestamp: not a real date/],
      [{ ...record(), page: '/a?b=1' }, /^page:/],
    ];
    for (const [body, message] of cases) {
      const result = validateRecord(body, now);
      assert.equal(result.ok, false);
      assert.match(result.message, message);
    }
  });
});

describe('choiceOf: what the consent rate counts', () => {
  it('tells accept all, reject all and custom apart', () => {
    assert.equal(choiceOf({ necessary: true, analytics: true, demographics: true }), 'accept-all');
    assert.equal(choiceOf({ necessary: true, analytics: false, demographics: false }), 'reject-all');
    assert.equal(choiceOf({ necessary: true, analytics: true, demographics: false }), 'custom');
    assert.equal(choiceOf({ necessary: true }), 'reject-all');
  });
});

describe('toStored', () => {
  it('gives the same digest to the same record whatever the key order or receive time', () => {
    const a = record();
    const b = { ...a, categories: { demographics: false, analytics: true, necessary: true } };
    assert.equal(toStored(validateRecord(a, now).record, '2026-01-01T00:00:00.000Z').digest,
      toStored(validateRecord(b, now).record, '2026-01-02T00:00:00.000Z').digest);
    assert.notEqual(toStored(validateRecord(a, now).record, 'x').digest, toStored(validateRecord({ ...a, page: '/b' }, now).record, 'x').digest);
  });
});

describe('csvLine', () => {
  it('quotes separators and disarms spreadsheet formulas', () => {
    assert.equal(csvLine(['a', 1, null, 'b,c', 'say "hi"']), 'a,1,,"b,c","say ""hi"""\r\n');
    assert.equal(csvLine(['=HYPERLINK("x")']), `"'=HYPERLINK(""x"")"\r\n`);
  });
});

describe('resolveOptions', () => {
  it('fills in the documented defaults', () => {
    const options = resolveOptions({}, {});
    assert.deepEqual(options, {
      port: 8787, host: '127.0.0.1', dataDir: './suostumus-data', databaseUrl: undefined, origins: [],
      retentionDays: DEFAULT_RETENTION_DAYS, adminToken: undefined, rateLimit: 60, trustProxy: false,
    });
  });

  it('takes environment variables, and a flag wins over its variable', () => {
    const options = resolveOptions({ port: '9000' }, { SUOSTUMUS_PORT: '9001', SUOSTUMUS_ORIGINS: 'https://a.example, http://localhost:5173', SUOSTUMUS_TRUST_PROXY: '1' });
    assert.equal(options.port, 9000);
    assert.deepEqual(options.origins, ['https://a.example', 'http://localhost:5173']);
    assert.equal(options.trustProxy, true);
  });

  it('names the flag, its variable and the fix', () => {
    const cases = [
      [{ port: 'eighty' }, /^--port \(SUOSTUMUS_PORT\): expected a whole number from 0 to 65535, got "eighty"/],
      [{ 'retention-days': '0' }, /^--retention-days \(SUOSTUMUS_RETENTION_DAYS\)/],
      [{ origins: 'https://a.example/path' }, /not an origin.*write it as https:\/\/a\.example/],
      [{ origins: 'www.example.fi' }, /write it as https:\/\/www\.example\.fi/],
      [{ 'admin-token': 'short' }, /at least 16 characters; make one with: openssl rand -hex 24/],
      [{ 'database-url': 'mysql://x' }, /^--database-url \(DATABASE_URL\): expected postgres:\/\//],
      [{ 'rate-limit': '-1' }, /^--rate-limit/],
    ];
    for (const [values, message] of cases) {
      assert.throws(() => resolveOptions(values, {}), (error) => error instanceof OptionError && message.test(error.message));
    }
  });
});

describe('createRateLimiter', () => {
  it('allows a burst of the per-minute number, refills over time, and keeps clients apart', () => {
    let time = 0;
    const limiter = createRateLimiter(3, () => time);
    assert.deepEqual([1, 2, 3, 4].map(() => limiter.take('a')), [true, true, true, false]);
    assert.equal(limiter.take('b'), true);
    assert.ok(limiter.retryAfter('a') >= 1);
    time += 20_000; // a third of a minute: one token back
    assert.equal(limiter.take('a'), true);
    assert.equal(limiter.take('a'), false);
  });

  it('is off at 0', () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 1000; i++) assert.equal(limiter.take('a'), true);
  });
});
