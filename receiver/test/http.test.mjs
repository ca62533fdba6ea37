// The HTTP contract, against the embedded database and a real PostgreSQL server: valid records are
// stored and shown; each kind of bad request gets its status, stores nothing, and the server keeps serving.
import assert from 'node:assert/strict';
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { post, record, startPostgres, waitFor } from './harness.mjs';
import { startReceiver } from '../../dist/receiver/server.js';
import { resolveOptions } from '../../dist/receiver/options.js';

const TOKEN = 'test-admin-token-0123456789';
const ORIGIN = 'https://shop.example';
const agent = new Agent({ keepAlive: false });

/** One request with full control of method, headers and body (chunks → chunked encoding). */
function raw(url, { method = 'POST', path = '/consent', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    if (Array.isArray(body)) for (const chunk of body) req.write(chunk);
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

const json = (value) => JSON.stringify(value);
const plain = { 'content-type': 'text/plain;charset=UTF-8' };
const admin = { authorization: `Bearer ${TOKEN}` };
const withRecord = (overrides) => ({ headers: plain, body: json(record(overrides)) });
const without = (field) => {
  const r = record();
  delete r[field];
  return { headers: plain, body: json(r) };
};
const manyCategories = Object.fromEntries([['necessary', true], ...Array.from({ length: 32 }, (_, i) => [`c${i}`, false])]);

/** [name, request, status]: every kind of bad request and what it must get. */
const BAD = [
  ['empty body', { headers: plain, body: '' }, 400],
  ['not JSON', { headers: plain, body: 'hello' }, 400],
  ['truncated JSON', { headers: plain, body: '{"id":' }, 400],
  ['JSON with trailing garbage', { headers: plain, body: `${json(record())}x` }, 400],
  ['a JSON array', { headers: plain, body: '[]' }, 400],
  ['a JSON string', { headers: plain, body: '"record"' }, 400],
  ['JSON null', { headers: plain, body: 'null' }, 400],
  ['a JSON number', { headers: plain, body: '42' }, 400],
  ['invalid UTF-8', { headers: plain, body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }, 400],
  ['a byte-order mark before the JSON', { headers: plain, body: `\ufeff${json(record())}` }, 400],
  ['id missing', without('id'), 400],
  ['id not a UUID', withRecord({ id: 'visitor-1' }), 400],
  ['id an uppercase UUID', withRecord({ id: crypto.randomUUID().toUpperCase() }), 400],
  ['id a number', withRecord({ id: 12345 }), 400],
  ['revision missing', without('revision'), 400],
  ['revision a string', withRecord({ revision: '1' }), 400],
  ['revision a fraction', withRecord({ revision: 1.5 }), 400],
  ['revision negative', withRecord({ revision: -1 }), 400],
  ['revision too large', withRecord({ revision: 10_000_000 }), 400],
  ['timestamp missing', without('timestamp'), 400],
  ['timestamp in words', withRecord({ timestamp: 'yesterday' }), 400],
  ['timestamp without a zone', withRecord({ timestamp: '2026-01-01T00:00:00' }), 400],
  ['timestamp on 30 February', withRecord({ timestamp: '2026-02-30T12:00:00.000Z' }), 400],
  ['timestamp two days ahead', withRecord({ timestamp: new Date(Date.now() + 2 * 86_400_000).toISOString() }), 400],
  ['categories missing', without('categories'), 400],
  ['categories an array', withRecord({ categories: ['necessary'] }), 400],
  ['a category "yes" instead of true', withRecord({ categories: { necessary: true, analytics: 'yes' } }), 400],
  ['necessary refused', withRecord({ categories: { necessary: false, analytics: true } }), 400],
  ['necessary absent', withRecord({ categories: { analytics: true } }), 400],
  ['a category id with capitals and !', withRecord({ categories: { necessary: true, 'Analytics!': true } }), 400],
  ['more than 32 categories', withRecord({ categories: manyCategories }), 400],
  ['a __proto__ category', { headers: plain, body: json(record()).replace('"necessary":true', '"necessary":true,"__proto__":true') }, 400],
  ['source missing', without('source'), 400],
  ['source unknown', withRecord({ source: 'cookie-wall' }), 400],
  ['a gpc record that grants', withRecord({ source: 'gpc', categories: { necessary: true, analytics: true } }), 400],
  ['language missing', without('language'), 400],
  ['language German', withRecord({ language: 'de' }), 400],
  ['page missing', without('page'), 400],
  ['page a full URL', withRecord({ page: 'https://evil.example/' }), 400],
  ['page with a query', withRecord({ page: '/search?q=secret' }), 400],
  ['page with a fragment', withRecord({ page: '/a#b' }), 400],
  ['page with a space and a newline', withRecord({ page: '/a b\n' }), 400],
  ['page too long', withRecord({ page: `/${'a'.repeat(600)}` }), 400],
  ['textsHash too short', withRecord({ textsHash: 'abc' }), 400],
  ['textsHash in capitals', withRecord({ textsHash: '0123ABCD' }), 400],
  ['textsHash too long', withRecord({ textsHash: 'a'.repeat(65) }), 400],
  ['textsHash a number', withRecord({ textsHash: 123 }), 400],
  ['an extra field "ip"', withRecord({ ip: '203.0.113.5' }), 400],
  ['an extra field "userAgent"', withRecord({ userAgent: 'Mozilla/5.0' }), 400],
  ['a top-level __proto__', { headers: plain, body: json(record()).replace('{', '{"__proto__":{"admin":true},') }, 400],
  ['SQL in the id', withRecord({ id: "'; DROP TABLE consent_records; --" }), 400],
  ['SQL in the language', withRecord({ language: "fi' OR '1'='1" }), 400],
  ['SQL in the source', withRecord({ source: 'banner; DELETE FROM consent_records' }), 400],
  ['SQL in a category id', withRecord({ categories: { necessary: true, "x' OR 1=1 --": true } }), 400],
  ['SQL in the page, with spaces', withRecord({ page: "/' UNION SELECT * FROM wordings --" }), 400],
  ['a body of 4097 bytes', { headers: plain, body: 'x'.repeat(4097) }, 413],
  ['a body of 1 MB', { headers: plain, body: 'x'.repeat(1_048_576) }, 413],
  ['a chunked body of 10 KB (no Content-Length)', { headers: plain, body: Array.from({ length: 10 }, () => 'x'.repeat(1024)) }, 413],
  ['a valid record padded past 4 KB', { headers: plain, body: json(record()).replace('{', `{${' '.repeat(4200)}`) }, 413],
  ['no Content-Type', { headers: {}, body: json(record()) }, 415],
  ['a form post', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'id=1' }, 415],
  ['multipart', { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: json(record()) }, 415],
  ['text/html', { headers: { 'content-type': 'text/html' }, body: json(record()) }, 415],
  ['a Latin-1 charset', { headers: { 'content-type': 'text/plain; charset=iso-8859-1' }, body: json(record()) }, 415],
  ['an unknown origin', { headers: { ...plain, origin: 'https://evil.example' }, body: json(record()) }, 403],
  ['the "null" origin', { headers: { ...plain, origin: 'null' }, body: json(record()) }, 403],
  ['an allowed origin on another port', { headers: { ...plain, origin: `${ORIGIN}:8443` }, body: json(record()) }, 403],
  ['a preflight from an unknown origin', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }, 403],
  ['a preflight for PUT', { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'PUT' } }, 403],
  ['a preflight for a custom header', { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-forwarded-for' } }, 403],
  ['GET /consent', { method: 'GET', headers: {} }, 405],
  ['PUT /consent', { method: 'PUT', ...withRecord({}) }, 405],
  ['DELETE /consent', { method: 'DELETE', headers: {} }, 405],
  ['POST to an unknown path', { path: '/consents', ...withRecord({}) }, 404],
  ['POST /consent/ with a trailing slash', { path: '/consent/', ...withRecord({}) }, 404],
  ['admin without a token', { method: 'GET', path: '/admin/stats', headers: {} }, 401],
  ['admin with a wrong token', { method: 'GET', path: '/admin/stats', headers: { authorization: 'Bearer wrong-token-wrong-token' } }, 401],
  ['admin with the token one character short', { method: 'GET', path: '/admin/stats', headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}` } }, 401],
  ['admin with Basic auth', { method: 'GET', path: '/admin/stats', headers: { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` } }, 401],
  ['admin with the token in the query', { method: 'GET', path: `/admin/stats?token=${TOKEN}`, headers: {} }, 401],
  ['admin POST', { path: '/admin/export', headers: { ...admin, ...plain }, body: json(record()) }, 405],
  ['admin: a consent id that is not a UUID', { method: 'GET', path: '/admin/consents/1%20OR%201=1', headers: admin }, 400],
  ['admin: a consent id with a broken %-escape', { method: 'GET', path: '/admin/consents/%E0%A4%A', headers: admin }, 400],
  ['admin: export with a bad date', { method: 'GET', path: '/admin/export?from=2026-13-01&to=2026-12-31', headers: admin }, 400],
  ['admin: export from after to', { method: 'GET', path: '/admin/export?from=2026-02-01&to=2026-01-01', headers: admin }, 400],
  ['admin: export as XML', { method: 'GET', path: '/admin/export?format=xml', headers: admin }, 400],
  ['admin: counts over eleven years', { method: 'GET', path: '/admin/stats?from=2015-01-01&to=2026-01-01', headers: admin }, 400],
  ['admin: an unknown endpoint', { method: 'GET', path: '/admin/users', headers: admin }, 404],
];

/** Raw-socket abuse: [name, bytes to write (and then wait), status expected in the reply]. */
const RAW = [
  ['a malformed request line', 'BREW /consent HTCPCP/1.0\r\n\r\n', 400],
  ['a header of 16 KB', `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(16_384)}\r\n\r\n`, 431],
  ['a bad Content-Length', 'POST /consent HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: abc\r\n\r\n', 400],
];

function rawSocket(url, bytes, { end = true } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(bytes);
      if (end) socket.end();
    });
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

async function storedCount(receiver) {
  return (await receiver.store.page({ from: '2000-01-01', to: '2099-12-31' }, 0, 1_000_000)).length;
}

for (const engine of ['sqlite', 'postgres']) {
  describe(`receiver over HTTP (${engine})`, () => {
    let receiver;
    let dataDir;
    let postgres;
    const log = [];

    before(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'suostumus-receiver-'));
      let databaseUrl;
      if (engine === 'postgres') {
        postgres = await startPostgres();
        databaseUrl = await postgres.database();
      }
      const options = resolveOptions({ port: '0', data: dataDir, origins: ORIGIN, 'admin-token': TOKEN, 'rate-limit': '0' }, { DATABASE_URL: databaseUrl });
      receiver = await startReceiver(options, { log: (line) => log.push(line), bodyTimeoutMs: 300 });
    });

    after(async () => {
      await receiver?.close();
      await postgres?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('stores a valid record (text/plain, as sendBeacon sends it), durable before 204, and shows it by consent id', async () => {
      const sent = record({ categories: { necessary: true, analytics: true, demographics: true } });
      const response = await post(receiver.url, sent, { origin: ORIGIN });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
      const shown = await (await fetch(`${receiver.url}/admin/consents/${sent.id}`, { headers: admin })).json();
      assert.equal(shown.records.length, 1);
      const [stored] = shown.records;
      assert.deepEqual(
        { ...stored, seq: undefined, receivedAt: undefined },
        {
          seq: undefined, receivedAt: undefined, consentId: sent.id, revision: 1, decidedAt: sent.timestamp, choice: 'accept-all',
          categories: sent.categories, source: 'banner', language: 'fi', page: '/', textsHash: sent.textsHash,
        },
      );
      assert.ok(Math.abs(Date.parse(stored.receivedAt) - Date.now()) < 60_000);
    });

    it('takes application/json too, and every decision of one visitor is kept (append-only)', async () => {
      const id = crypto.randomUUID();
      const first = record({ id, timestamp: '2026-01-01T10:00:00.000Z' });
      const second = record({ id, timestamp: '2026-01-02T10:00:00.000Z', source: 'preferences', categories: { necessary: true, analytics: false, demographics: false } });
      assert.equal((await post(receiver.url, first, { 'content-type': 'application/json' })).status, 204);
      assert.equal((await post(receiver.url, second)).status, 204);
      const { records } = await (await fetch(`${receiver.url}/admin/consents/${id.toUpperCase()}`, { headers: admin })).json();
      assert.deepEqual(records.map((r) => [r.source, r.choice]), [['banner', 'custom'], ['preferences', 'reject-all']]);
    });

    it('stores a record sent twice once (a retried beacon is one decision)', async () => {
      const sent = record();
      assert.equal((await post(receiver.url, sent)).status, 204);
      assert.equal((await post(receiver.url, sent)).status, 204);
      const { records } = await (await fetch(`${receiver.url}/admin/consents/${sent.id}`, { headers: admin })).json();
      assert.equal(records.length, 1);
    });

    it('stores SQL-looking text that is a valid path as text, and the tables stay intact', async () => {
      const sent = record({ page: "/');DROP/**/TABLE/**/consent_records;--" });
      assert.equal((await post(receiver.url, sent)).status, 204);
      const { records } = await (await fetch(`${receiver.url}/admin/consents/${sent.id}`, { headers: admin })).json();
      assert.equal(records[0].page, sent.page);
      assert.ok((await storedCount(receiver)) > 1);
    });

    it('answers a preflight from a configured origin, and lets the receiver\'s own origin send', async () => {
      const preflight = await raw(receiver.url, { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], ORIGIN);
      assert.equal(preflight.headers['access-control-allow-methods'], 'POST');
      const own = await post(receiver.url, record(), { origin: receiver.url });
      assert.equal(own.status, 204);
    });

    it(`refuses ${BAD.length + RAW.length + 2} kinds of bad request with the right status, stores nothing, and keeps serving`, async () => {
      const before = await storedCount(receiver);
      const wrong = [];
      for (const [name, options, status] of BAD) {
        const response = await raw(receiver.url, options);
        if (response.status !== status) wrong.push(`${name}: got ${response.status}, expected ${status} (${response.text.slice(0, 200)})`);
        else if (status < 500 && response.text && !/"error": "/.test(response.text)) wrong.push(`${name}: no error message`);
        const health = await raw(receiver.url, { method: 'GET', path: '/health' });
        if (health.status !== 200) wrong.push(`${name}: /health answered ${health.status} afterwards`);
      }
      for (const [name, bytes, status] of RAW) {
        const got = await rawSocket(receiver.url, bytes);
        if (got !== status) wrong.push(`${name}: got ${got}, expected ${status}`);
      }
      // A slow client: headers and half a body, then nothing (the test server allows 300 ms).
      const half = json(record()).slice(0, 40);
      const slow = await rawSocket(receiver.url, `POST /consent HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 300\r\n\r\n${half}`, { end: false });
      if (slow !== 408) wrong.push(`a slow client: got ${slow}, expected 408`);
      // A client that breaks off in the middle of its body.
      const gone = await rawSocket(receiver.url, `POST /consent HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 300\r\n\r\n${half}`, { end: true });
      if (gone !== 0 && gone !== 400) wrong.push(`a client gone mid-body: got ${gone}`);
      assert.deepEqual(wrong, []);
      assert.equal(await storedCount(receiver), before, 'no bad request stored anything');
      assert.equal((await post(receiver.url, record())).status, 204, 'still serving');
    });

    it('exports a date range as JSON and CSV, and counts per day, revision and choice', async () => {
      const day = new Date().toISOString().slice(0, 10);
      const exported = await (await fetch(`${receiver.url}/admin/export?from=${day}&to=${day}&format=json`, { headers: admin })).json();
      const total = await storedCount(receiver);
      assert.equal(exported.length, total);
      assert.ok(exported.every((r) => r.receivedAt.startsWith(day)));
      const csv = await (await fetch(`${receiver.url}/admin/export?from=${day}&to=${day}&format=csv`, { headers: admin })).text();
      const lines = csv.trimEnd().split('\r\n');
      assert.equal(lines[0], 'seq,consent_id,revision,decided_at,received_at,choice,categories,source,language,page,texts_hash');
      assert.equal(lines.length, total + 1);
      const stats = await (await fetch(`${receiver.url}/admin/stats?from=${day}&to=${day}`, { headers: admin })).json();
      const today = stats.days.filter((d) => d.day === day);
      assert.equal(today.reduce((n, d) => n + d.total, 0), total);
      for (const d of today) assert.equal(d.acceptAll + d.rejectAll + d.custom, d.total);
      const empty = await (await fetch(`${receiver.url}/admin/export?from=2001-01-01&to=2001-01-02`, { headers: admin })).json();
      assert.deepEqual(empty, []);
    });

    it('GET /health names the database', async () => {
      const health = await (await fetch(`${receiver.url}/health`)).json();
      assert.deepEqual(health, { status: 'ok', database: engine });
    });

    it('stores no IP address, no user agent and no header: only the record\'s fields', async () => {
      const sent = record();
      await post(receiver.url, sent, { 'user-agent': 'Mozilla/5.0 (Test) unique-agent-7', 'x-forwarded-for': '203.0.113.77' });
      const [stored] = await receiver.store.byConsentId(sent.id);
      const text = JSON.stringify(stored);
      assert.ok(!text.includes('203.0.113.77') && !text.includes('unique-agent-7') && !text.includes('127.0.0.1'));
      assert.deepEqual(Object.keys(stored).sort(), ['categories', 'choice', 'consentId', 'decidedAt', 'digest', 'language', 'page', 'receivedAt', 'revision', 'seq', 'source', 'textsHash']);
    });
  });
}

describe('receiver: rate limit, admin switched off, retention', () => {
  it('answers 429 with Retry-After past the per-client limit, and stores none of those', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'suostumus-receiver-'));
    const receiver = await startReceiver(resolveOptions({ port: '0', data: dataDir, 'rate-limit': '5' }, {}), { log: () => undefined });
    try {
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await post(receiver.url, record())).status);
      assert.deepEqual(statuses, [204, 204, 204, 204, 204, 429, 429, 429]);
      const limited = await post(receiver.url, record());
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal(await storedCount(receiver), 5);
      const off = await raw(receiver.url, { method: 'GET', path: '/admin/stats', headers: admin });
      assert.equal(off.status, 401);
      assert.match(off.text, /admin endpoints are off: start the receiver with SUOSTUMUS_ADMIN_TOKEN/);
    } finally {
      await receiver.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('deletes records older than the retention period, and keeps the rest', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'suostumus-receiver-'));
    let time = Date.parse('2026-01-01T12:00:00.000Z');
    const receiver = await startReceiver(resolveOptions({ port: '0', data: dataDir, 'rate-limit': '0', 'retention-days': '30' }, {}), { now: () => time, log: () => undefined });
    try {
      const old = record({ timestamp: '2026-01-01T11:59:00.000Z' });
      assert.equal((await post(receiver.url, old)).status, 204);
      time += 20 * 86_400_000;
      const recent = record({ timestamp: new Date(time).toISOString() });
      assert.equal((await post(receiver.url, recent)).status, 204);
      time += 11 * 86_400_000; // the old one is 31 days old, the recent one 11
      assert.equal(await receiver.runRetention(), 1);
      assert.deepEqual(await receiver.store.byConsentId(old.id), []);
      assert.equal((await receiver.store.byConsentId(recent.id)).length, 1);
      await waitFor(async () => (await storedCount(receiver)) === 1, { what: 'one record left' });
    } finally {
      await receiver.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
