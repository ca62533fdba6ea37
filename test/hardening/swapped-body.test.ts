// Issue #14 §2: a page that swaps its body (Turbo Drive, htmx boost, a framework re-rendering <body>)
// keeps the banner, the dialog and the settings button; links in the new body open the settings, and a
// failure to open them is said in the console, never swallowed.
import { expect } from '@open-wc/testing';
import { Frame, OFFLINE_CSP, clearCookies, createPage, removeFrames, waitFor } from './frame.js';

/** What Turbo Drive does on a visit: a new <body> in place of the old one, and a new URL. */
function swapBody(frame: Frame, how: 'replace' | 'children'): void {
  const doc = frame.doc;
  const html = '<h1>Uusi sivu</h1><p><a href="#" data-suostumus-open>Evästeasetukset</a></p>';
  if (how === 'replace') {
    const body = doc.createElement('body');
    body.innerHTML = html;
    doc.body.replaceWith(body);
  } else {
    doc.body.innerHTML = html; // htmx's boost swaps the body's children
  }
  frame.win.history.pushState(null, '', '#uusi');
}

describe('hardening: a swapped body', function () {
  this.timeout(15_000);
  let url: string;
  before(async () => {
    url = await createPage({ config: '{"revision":1}', csp: OFFLINE_CSP });
  });
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  for (const how of ['replace', 'children'] as const) {
    it(`undecided (${how === 'replace' ? 'body replaced' : 'body emptied'}): the banner comes back, the new body's link opens the settings`, async () => {
      const a = await Frame.open(url);
      await a.bannerShown();
      swapBody(a, how);
      await a.bannerShown();
      a.doc.querySelector<HTMLElement>('[data-suostumus-open]')!.click();
      await waitFor(() => a.openDialog(), 'the settings dialog from the new body\'s link');
      expect(a.capture.uncaught).to.deep.equal([]);
    });
  }

  it('decided: the settings button survives, and suostumus.showPreferences() opens the dialog', async () => {
    const a = await Frame.open(url);
    await a.acceptInBanner();
    await waitFor(() => a.shadow('suostumus-settings-button')?.querySelector('button:not([hidden])'), 'the settings button');
    swapBody(a, 'replace');
    await waitFor(() => a.shadow('suostumus-settings-button')?.querySelector('button:not([hidden])'), 'the settings button in the new body');
    await a.win.suostumus!.showPreferences();
    expect(a.openDialog(), 'the dialog is open').to.not.equal(null);
    expect(a.capture.uncaught).to.deep.equal([]);
  });

  it('a failure to open the settings is logged', async () => {
    const a = await Frame.open(url);
    await a.bannerShown();
    const preferences = await waitFor(() => a.doc.querySelector('suostumus-preferences'), 'the dialog element');
    // A page that breaks the dialog: opening it throws.
    (preferences as unknown as { show: () => Promise<void> }).show = () => Promise.reject(new Error('broken by the page'));
    a.doc.querySelector<HTMLElement>('suostumus-banner')!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="settings"]')!.click();
    await waitFor(() => a.capture.errors.some((line) => line.includes('could not open the cookie settings')), 'the failure in the console');
  });
});
