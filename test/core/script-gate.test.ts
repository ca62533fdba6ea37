import { expect, waitUntil } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import type { ConsentStore } from '../../src/core/consent.js';
import { startScriptGate } from '../../src/core/script-gate.js';
import type { ScriptGate } from '../../src/core/script-gate.js';
import { testEnvironment } from './environment.js';

declare global {
  interface Window { __gateLog: string[] }
}

const config = parseConfig({ categories: [{ id: 'analytics' }, { id: 'marketing', title: 'M', description: 'D' }] });
const here = new URL('./fixtures/', import.meta.url).href;

describe('script gate (real browser)', () => {
  let host: HTMLElement;
  let gate: ScriptGate | undefined;
  let store: ConsentStore;

  beforeEach(() => {
    window.__gateLog = [];
    host = document.createElement('div');
    document.body.append(host);
    // A real page document for the scripts; the cookie jar stays in memory.
    store = createConsent(config, { ...testEnvironment(), document });
  });

  afterEach(() => {
    gate?.stop();
    gate = undefined;
    host.remove();
  });

  function gated(category: string, body: string, attributes: Record<string, string> = {}): HTMLScriptElement {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.category = category;
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.text = body;
    host.append(script);
    return script;
  }

  it('runs nothing while the category is not granted', async () => {
    gated('analytics', 'window.__gateLog.push("a")');
    gate = startScriptGate(store, document);
    store.rejectAll();
    await gate.settled();
    expect(window.__gateLog).to.deep.equal([]);
    expect(host.querySelectorAll('script[type="text/plain"]')).to.have.length(1);
  });

  it('runs granted scripts in document order, src and inline mixed, each once', async () => {
    gated('analytics', '', { src: `${here}gated-slow.js?${Math.random()}` });
    gated('analytics', 'window.__gateLog.push("inline-1")');
    gated('marketing', 'window.__gateLog.push("marketing")');
    gated('analytics', '', { src: `${here}gated-a.js?${Math.random()}` });
    gated('analytics', 'window.__gateLog.push("inline-2")');
    gate = startScriptGate(store, document);
    store.set({ analytics: true });
    await gate.settled();
    expect(window.__gateLog).to.deep.equal(['src-slow', 'inline-1', 'src-a', 'inline-2']);
    store.set({ analytics: true }); // a second grant must not run anything twice
    store.set({ marketing: true });
    await gate.settled();
    expect(window.__gateLog).to.deep.equal(['src-slow', 'inline-1', 'src-a', 'inline-2', 'marketing']);
  });

  it('keeps the other attributes and marks the activated script', async () => {
    gated('analytics', 'window.__gateLog.push(document.currentScript.id)', { id: 'kept-id', 'data-extra': 'x' });
    gate = startScriptGate(store, document);
    store.acceptAll();
    await gate.settled();
    const script = host.querySelector('script#kept-id')!;
    expect(script.getAttribute('type')).to.equal(null);
    expect(script.getAttribute('data-extra')).to.equal('x');
    expect(script.hasAttribute('data-suostumus-activated')).to.equal(true);
    expect(window.__gateLog).to.deep.equal(['kept-id']);
  });

  it('needs every listed category', async () => {
    gated('analytics marketing', 'window.__gateLog.push("both")');
    gate = startScriptGate(store, document);
    store.set({ analytics: true });
    await gate.settled();
    expect(window.__gateLog).to.deep.equal([]);
    store.set({ marketing: true });
    await gate.settled();
    expect(window.__gateLog).to.deep.equal(['both']);
  });

  it('handles scripts added to the page later', async () => {
    gate = startScriptGate(store, document);
    store.set({ analytics: true });
    gated('analytics', 'window.__gateLog.push("late")');
    gated('marketing', 'window.__gateLog.push("late-refused")');
    // Both were added in one task, so the gate's observer sees them together: once the first has run, the
    // second has been looked at.
    await waitUntil(() => window.__gateLog.includes('late'), 'the late script runs');
    await gate.settled();
    expect(window.__gateLog).to.deep.equal(['late']);
  });

  it('does not un-run on withdrawal, and does not run again on a new grant', async () => {
    gated('analytics', 'window.__gateLog.push("once")');
    gate = startScriptGate(store, document);
    store.set({ analytics: true });
    store.set({ analytics: false });
    store.set({ analytics: true });
    await gate.settled();
    expect(window.__gateLog).to.deep.equal(['once']);
  });

  it('skips a script removed from the page while an earlier one loads; later ones still run, in order (issue 14)', async () => {
    // A (slow src) → B (src, in a widget the page removes while A loads) → C (inline) → D (added later).
    gated('analytics', '', { src: `${here}gated-slow.js?${Math.random()}` });
    const widget = document.createElement('div');
    host.append(widget);
    const b = document.createElement('script');
    b.type = 'text/plain';
    b.dataset.category = 'analytics';
    b.src = `${here}gated-a.js?${Math.random()}`;
    widget.append(b);
    gated('analytics', 'window.__gateLog.push("C")');
    gate = startScriptGate(store, document);
    store.set({ analytics: true });
    // In the same task as the grant: A cannot have loaded yet, so B is still waiting its turn.
    widget.remove();
    gated('analytics', 'window.__gateLog.push("D")');
    await waitUntil(() => window.__gateLog.includes('D'), 'D runs');
    await gate.settled();
    expect(window.__gateLog).to.deep.equal(['src-slow', 'C', 'D']);
  });

  it('goes on after a script that never loads, once its time is up (issue 14)', async function () {
    this.timeout(15_000);
    gate = startScriptGate(store, document, { timeout: 200 });
    gated('analytics', '', { src: `/hardening/stall.js?${Math.random()}` });
    gated('analytics', 'window.__gateLog.push("after-stall")');
    store.set({ analytics: true });
    await waitUntil(() => window.__gateLog.includes('after-stall'), 'the script after the stalled one runs', { timeout: 10_000 });
    expect(window.__gateLog).to.deep.equal(['after-stall']);
  });

  it('never runs a script whose category the config does not offer, and says which category to add (issue 14)', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => { warnings.push(message); };
    try {
      gated('statistics', 'window.__gateLog.push("statistics")');
      gated('statistics', 'window.__gateLog.push("statistics-2")');
      gate = startScriptGate(store, document);
      store.acceptAll();
      await gate.settled();
      expect(window.__gateLog).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('"statistics"')), 'said once').to.have.length(1);
      expect(warnings[0]).to.contain('Add { "id": "statistics" } to "categories"');
    } finally {
      console.warn = warn;
    }
  });

  it('ignores an empty data-category (fail closed)', async () => {
    gated('', 'window.__gateLog.push("empty")');
    gate = startScriptGate(store, document);
    store.acceptAll();
    await gate.settled();
    expect(window.__gateLog).to.deep.equal([]);
  });
});
