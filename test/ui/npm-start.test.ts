// The npm `startSuostumus` (src/npm/start.ts), from the sources: a wrong config never throws, is said in
// the console path by path, starts nothing that needs consent and returns a handle that says so; a good one
// starts once, and a <suostumus-notice> added later is defined without anything asked of the site.
import { expect } from '@open-wc/testing';
import { safeParseConfig } from '../../src/config.js';
import type { SuostumusConfigInput } from '../../src/index.js';
import { defineConfig, startSuostumus } from '../../src/index.js';

/** Runs `action` with console.error recorded (and still printed). */
async function recordErrors(action: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { lines.push(args.map(String).join(' ')); original(...args); };
  try {
    await action();
  } finally {
    console.error = original;
  }
  return lines;
}

describe('startSuostumus (npm)', function () {
  // The notice's chunk is compiled on first request by the test server: slow on a loaded machine.
  this.timeout(20_000);

  it('a wrong config: no exception, every problem in the console, nothing started, ok: false', async () => {
    // As a JavaScript user (or JSON from a server) would pass it: TypeScript would refuse both typos.
    const wrong = JSON.parse('{ "revison": 2, "google": { "measurementId": "UA-1234-1" } }') as SuostumusConfigInput;
    let paths: string[] = [];
    const lines = await recordErrors(async () => {
      const handle = startSuostumus(wrong);
      expect(handle.ok).to.equal(false);
      if (handle.ok) return;
      expect(handle.api).to.equal(undefined);
      paths = (await handle.errors).map((error) => error.path);
    });
    expect(paths).to.deep.equal(['revison', 'google.measurementId']);
    expect(lines.some((line) => line.includes('revison'))).to.equal(true);
    expect(lines.some((line) => line.includes('google.measurementId') && line.includes('UA-1234-1'))).to.equal(true);
    // Fail closed: no Google, no settings button, no stored choice.
    expect(document.querySelector('script[src*="googletagmanager"]')).to.equal(null);
    expect((window as { dataLayer?: unknown }).dataLayer).to.equal(undefined);
    expect(document.querySelector('suostumus-settings-button')).to.equal(null);
    expect(document.cookie).not.to.include('suostumus=');
  });

  it('safeParseConfig returns the config or every error, without throwing', () => {
    const good = safeParseConfig({ google: { measurementId: 'G-TEST1234' } });
    expect(good.ok).to.equal(true);
    if (good.ok) expect(good.config.google?.mode).to.equal('basic');
    const bad = safeParseConfig({ cookie: { days: 0 }, respectGpc: 'yes' });
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.errors.map((error) => error.path)).to.deep.equal(['cookie.days', 'respectGpc']);
  });

  it('a good config starts once; a <suostumus-notice> added later is defined', async () => {
    const config = defineConfig({ categories: [{ id: 'chat', title: 'Chat', description: 'Asiakaspalvelun chat' }] });
    const handle = startSuostumus(config, { loadUI: () => new Promise(() => undefined) });
    expect(handle.ok).to.equal(true);
    if (!handle.ok) return;
    const seen: boolean[] = [];
    const stop = handle.api.onConsent((state) => { seen.push(state.categories.chat); });
    handle.api.set({ chat: true });
    expect(seen).to.deep.equal([false, true]);
    stop();
    expect(document.querySelector('suostumus-settings-button')).not.to.equal(null);
    // The second start (React's StrictMode) is the running one.
    expect(startSuostumus(config).store).to.equal(handle.store);

    expect(customElements.get('suostumus-notice')).to.equal(undefined);
    document.body.append(document.createElement('suostumus-notice'));
    // Defined once its chunk (Lit and the notice) has arrived, however long a loaded machine takes.
    await customElements.whenDefined('suostumus-notice');
    handle.api.reset();
  });
});
