// The npm package in Node (server-side rendering): importing must not throw, and has no side effects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('npm package in Node', () => {
  it('imports dist/index.js and dist/define.js without throwing, and the core works headless', async () => {
    const pkg = await import('../../dist/index.js');
    for (const name of ['createConsent', 'parseConfig', 'SuostumusBanner', 'SuostumusPreferences', 'SuostumusSettingsButton', 'startConsentUI', 'messages']) {
      assert.ok(name in pkg, `exports ${name}`);
    }
    const store = pkg.createConsent(pkg.parseConfig({ google: { measurementId: 'G-NODE12345' } }));
    assert.equal(store.get().status, 'undecided');
    store.acceptAll();
    assert.equal(store.get().categories.analytics, true);
    // Lit's Node build provides a customElements shim for SSR: the main entry registers nothing in it.
    assert.equal(globalThis.customElements?.get?.('suostumus-banner'), undefined, 'index.js has no side effects');
    await import('../../dist/define.js');
    assert.ok(globalThis.customElements.get('suostumus-banner'), 'define.js registers (into the SSR shim)');
  });
});
