// Issue #9, scenarios 5 and 6: a strict Content Security Policy on the page (a response header), and
// Google blocked. Google is blocked by the page's own CSP, so the browser itself refuses gtag.js before any
// request, as a blocker would, and the tests never need the network. (Google allowed under the strict CSP,
// loading a stub, is proven in Chromium by test/e2e/hardening.test.mjs: these pages cannot reach Google.)
import { expect } from '@open-wc/testing';
import { ACCEPT_FI, Frame, NO_GOOGLE_CSP, STRICT_CSP, buttonByText, clearCookies, nextFrames, removeFrames, waitFor } from './frame.js';

describe('hardening: strict CSP', function () {
  // Page loads under a busy machine; each wait inside a test has its own 3 s limit.
  this.timeout(10_000);
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  it(`${STRICT_CSP}: banner, settings dialog and a gated src script work, zero violations`, async () => {
    const frame = await Frame.page({ config: '{"revision":1,"categories":[{"id":"analytics"},{"id":"demographics"}]}', csp: STRICT_CSP, gated: ['src'] });
    const win = frame.win;
    await frame.bannerShown();
    const dialog = await frame.openSettings();
    const accept = buttonByText(dialog, ACCEPT_FI);
    expect(accept, `"${ACCEPT_FI}" in the dialog`).to.not.equal(undefined);
    accept!.click();
    await waitFor(() => win.__gatedSrcRan, 'the gated src script');
    await waitFor(() => frame.openDialog() === null, 'the dialog to close');
    expect(win.suostumus!.get().categories.analytics).to.equal(true);
    expect(frame.bannerRegion(), 'the banner after the decision').to.equal(null);
    // Styled without inline styles (constructable stylesheets): the settings button is fixed in place.
    const button = frame.doc.querySelector('suostumus-settings-button')!;
    expect(win.getComputedStyle(button).position).to.equal('fixed');
    await frame.openSettings();
    // A violation is reported in a task of its own: the open dialog's render is done and reported by then.
    await nextFrames(win);
    expect(frame.capture.violations, 'CSP violations').to.deep.equal([]);
    expect(frame.capture.uncaught).to.deep.equal([]);
    expect(frame.capture.errors).to.deep.equal([]);
  });
});

describe('hardening: strict CSP with a nonce', function () {
  // Page loads under a busy machine; each wait inside a test has its own 3 s limit.
  this.timeout(10_000);
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  it('an inline gated script with a nonce keeps it when activated and runs, zero violations', async () => {
    const frame = await Frame.page({ config: '{"revision":1,"categories":[{"id":"analytics"},{"id":"demographics"}]}', csp: STRICT_CSP.replace("script-src 'self'", "script-src 'self' 'nonce-r4nd0m'"), gated: ['nonce'] });
    await frame.acceptInBanner();
    await waitFor(() => frame.win.__gatedRan, 'the gated inline script');
    // A violation is reported in a task of its own, within the frames after the script ran.
    await nextFrames(frame.win);
    expect(frame.capture.violations, 'CSP violations').to.deep.equal([]);
    expect(frame.capture.uncaught).to.deep.equal([]);
  });
});

describe('hardening: Google blocked', function () {
  // Page loads under a busy machine; each wait inside a test has its own 3 s limit.
  this.timeout(10_000);
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  it('gtag.js refused by the browser: no uncaught error, one script element and no retry, the settings still open', async function () {
    this.timeout(10_000);
    const frame = await Frame.page({ config: '{"google":{"measurementId":"G-HARD12345"}}', csp: NO_GOOGLE_CSP, gated: ['src'] });
    const win = frame.win;
    await frame.acceptInBanner();
    await waitFor(() => win.__gatedSrcRan, 'the gated src script');
    const google = (): string[] => frame.capture.violations.filter((v) => v.includes('googletagmanager'));
    // The browser's refusal is the blocking mechanism: one violation, for gtag.js.
    await waitFor(() => google().length > 0, 'the browser to refuse gtag.js');
    expect(frame.capture.googleScripts).to.deep.equal(['https://www.googletagmanager.com/gtag/js?id=G-HARD12345']);
    // The refused script's error event has been handled once suostumus has removed the element: a retry on
    // that error would have added another by then (capture.js sees every insertion), and been refused within
    // the next frames.
    await waitFor(() => !frame.doc.querySelector('script[src*="googletagmanager"]'), 'the refused script to be removed');
    await nextFrames(win);
    expect(frame.capture.googleScripts, 'Google script elements ever added').to.have.length(1);
    expect(google(), 'refusals').to.have.length(1);
    expect(frame.capture.violations, 'no other violation').to.have.length(1);
    expect(win.suostumus!.get().categories.analytics).to.equal(true);
    await frame.openSettings();
    expect(frame.capture.uncaught, 'uncaught errors').to.deep.equal([]);
    expect(win.__ownRan).to.equal(true);
  });
});
