// The contract between the widget and the receiver: what the real core (dist/index.js) sends to
// record.endpoint is accepted and stored as it was sent, with the same texts fingerprint.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { root } from './harness.mjs';
import { startReceiver } from '../../dist/receiver/server.js';
import { resolveOptions } from '../../dist/receiver/options.js';

const { createConsent, textsHash } = await import(join(root, 'dist', 'index.js'));
const { parseConfig } = await import(join(root, 'dist', 'config.js'));

describe('widget → receiver', () => {
  let receiver;
  let dataDir;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'suostumus-widget-'));
    receiver = await startReceiver(resolveOptions({ port: '0', data: dataDir, 'rate-limit': '0' }, {}), { log: () => undefined });
  });
  after(async () => {
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores every kind of decision the core sends, as sent', async () => {
    const config = parseConfig({ revision: 4, language: 'sv', record: { endpoint: `${receiver.url}/consent` }, categories: [{ id: 'analytics' }, { id: 'chat', title: 'Chat', description: 'Asiakaspalvelun chat', services: [] }] });
    const sent = [];
    const environment = (gpc) => ({ send: (url, body) => sent.push({ url, body }), location: { protocol: 'https:', hostname: 'shop.example', pathname: '/kassa' }, globalPrivacyControl: gpc });
    const store = createConsent(config, environment(false));
    store.acceptAll('banner');
    store.set({ analytics: false }, 'preferences');
    store.rejectAll('api');
    // A Global Privacy Control refusal is written to the cookie when the page starts, but the core does
    // not send it to record.endpoint (src/core/consent.ts, initialState): nothing to receive from it.
    createConsent(config, environment(true));
    assert.equal(sent.length, 3);
    for (const { url, body } of sent) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body });
      assert.equal(response.status, 204, await response.text());
    }
    const bodies = sent.map(({ body }) => JSON.parse(body));
    const stored = await receiver.store.byConsentId(bodies[0].id);
    assert.deepEqual(stored.map((r) => [r.source, r.choice, r.page, r.revision, r.language, r.textsHash]), [
      ['banner', 'accept-all', '/kassa', 4, 'sv', textsHash(config, 'sv')],
      ['preferences', 'custom', '/kassa', 4, 'sv', textsHash(config, 'sv')],
      ['api', 'reject-all', '/kassa', 4, 'sv', textsHash(config, 'sv')],
    ]);
    assert.deepEqual(JSON.parse(stored[1].categories), { analytics: false, chat: true, necessary: true });
  });
});
