// The npm package in Node (server-side rendering): importing must not throw, and has no side effects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('npm package in Node', () => {
  it('imports dist/index.js, its other entries and dist/define.js without throwing, and the core works headless', async () => {
    const pkg = await import('../../dist/index.js');
    const { parseConfig, safeParseConfig } = await import('../../dist/config.js');
    const elements = await import('../../dist/elements.js');
    for (const name of ['createConsent', 'startSuostumus', 'defineConfig', 'SuostumusSettingsButton']) assert.ok(name in pkg, `index exports ${name}`);
    for (const name of ['SuostumusBanner', 'SuostumusPreferences', 'SuostumusNotice', 'startConsentUI', 'messages']) assert.ok(name in elements, `elements exports ${name}`);
    // Server-side rendering: startSuostumus starts nothing and says so, without throwing.
    const started = pkg.startSuostumus({});
    assert.equal(started.ok, false);
    assert.equal((await started.errors)[0].path, '(start)');
    assert.deepEqual(safeParseConfig({ revison: 2 }).ok, false);
    const store = pkg.createConsent(parseConfig({ google: { measurementId: 'G-NODE12345' } }));
    assert.equal(store.get().status, 'undecided');
    store.acceptAll();
    assert.equal(store.get().categories.analytics, true);
    // Lit's Node build provides a customElements shim for SSR: the main entry registers nothing in it.
    assert.equal(globalThis.customElements?.get?.('suostumus-banner'), undefined, 'index.js has no side effects');
    await import('../../dist/define.js');
    assert.ok(globalThis.customElements.get('suostumus-banner'), 'define.js registers (into the SSR shim)');
  });
});
