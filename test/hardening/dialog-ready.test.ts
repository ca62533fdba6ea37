// Issue 15: the built bundle readies the settings dialog while the visitor reads the banner — at idle
// (requestIdleCallback), or where a browser has none (WebKit) after a frame — so that the click only opens
// it, without a fetch. test/e2e/dialog-ready.test.mjs looks closer in Chromium (tab order, accessibility
// tree, a visitor who answers first).
import { expect } from '@open-wc/testing';
import { Frame, OFFLINE_CSP, buttonByText, clearCookies, removeFrames, waitFor } from './frame.js';

describe('hardening: the settings dialog is readied while the banner is read', function () {
  this.timeout(20_000);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  it('defined and rendered before any click, and closed; opening it fetches nothing and shows the state of the moment', async () => {
    const frame = await Frame.page({ config: '{"revision":1,"categories":[{"id":"analytics"}]}', csp: OFFLINE_CSP });
    await frame.bannerShown();
    // Two categories: necessary and analytics.
    const readied = (): HTMLDialogElement | null => {
      const root = frame.win.customElements.get('suostumus-preferences') ? frame.shadow('suostumus-preferences') : null;
      return root?.querySelectorAll('dialog li.category').length === 2 ? root.querySelector('dialog') : null;
    };
    const dialog = await waitFor(readied, 'the dialog readied before any click');
    expect(dialog.open).to.equal(false);
    expect(frame.win.getComputedStyle(dialog).display, 'closed, nothing of it is rendered').to.equal('none');
    const fetched = (): string[] => frame.win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/suostumus'));
    const before = fetched();
    // Decided through the API after the readying: the dialog shows that, not the state it was readied in.
    frame.win.suostumus!.set({ analytics: true });
    const opened = await frame.openSettings();
    expect(opened).to.equal(dialog);
    await waitFor(() => buttonByText(opened, 'Tallenna valinnat'), 'the save button');
    expect(opened.querySelector<HTMLInputElement>('input#switch-analytics')!.checked, 'analytics as decided').to.equal(true);
    expect(fetched(), 'fetched after the click').to.deep.equal(before);
  });
});
