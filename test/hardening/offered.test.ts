// Issue #14 §4: one list decides what the banner asks about, the dialog offers, "Accept all" grants, the
// script gate honours and the notice lists. A site without Google, with the README's gated-script example.
import { expect } from '@open-wc/testing';
import { Frame, OFFLINE_CSP, buttonByText, clearCookies, removeFrames, waitFor } from './frame.js';

describe('hardening: only what is offered is asked, granted and run', function () {
  this.timeout(15_000);
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  it('nothing optional configured: no banner, the analytics script never runs, and the console names the category to add', async () => {
    const frame = await Frame.page({ config: '{"revision":1}', csp: OFFLINE_CSP });
    const api = await waitFor(() => frame.win.suostumus, 'window.suostumus');
    await waitFor(() => frame.capture.warnings.some((w) => w.includes('"analytics"')), 'the warning about the gated script');
    expect(frame.capture.warnings.find((w) => w.includes('"analytics"'))).to.contain('Add { "id": "analytics" } to "categories"');
    expect(api.get().categories, 'only necessary exists').to.deep.equal({ necessary: true });
    expect(frame.bannerRegion(), 'nothing to ask').to.equal(null);
    api.acceptAll();
    expect(api.get().categories).to.deep.equal({ necessary: true });
    expect(frame.win.__gatedRan).to.equal(undefined);
  });

  it('analytics listed: the dialog offers what "Accept all" granted, and the visitor can withdraw it there', async () => {
    const frame = await Frame.page({ config: '{"revision":1,"categories":[{"id":"analytics"}]}', csp: OFFLINE_CSP });
    await frame.acceptInBanner();
    await waitFor(() => frame.win.__gatedRan, 'the gated script after Accept all');
    expect(frame.win.suostumus!.get().categories).to.deep.equal({ necessary: true, analytics: true });
    const dialog = await frame.openSettings();
    const analytics = await waitFor(() => dialog.querySelector<HTMLInputElement>('input#switch-analytics'), 'the analytics switch');
    expect(analytics.checked, 'shown as granted').to.equal(true);
    expect(dialog.querySelector('input#switch-demographics'), 'demographics is not offered').to.equal(null);
    analytics.click();
    buttonByText(dialog, 'Tallenna valinnat')!.click();
    await waitFor(() => frame.win.suostumus?.get().categories.analytics === false, 'withdrawn in the dialog');
  });
});

describe('hardening: a cookie the browser will not store is said (issue 14 §5)', function () {
  this.timeout(15_000);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  it('cookie.domain of another site: the browser refuses the cookie, the console names the setting and the host, the page view follows the choice', async () => {
    const frame = await Frame.page({ config: '{"revision":1,"cookie":{"domain":"example.fi"},"categories":[{"id":"analytics"}]}', csp: OFFLINE_CSP });
    await frame.acceptInBanner();
    await waitFor(() => frame.win.__gatedRan, 'the gated script runs for this page view');
    const said = await waitFor(() => frame.capture.errors.find((line) => line.includes('cookie.domain')), 'the error');
    expect(said).to.contain(`"example.fi" does not cover this host ("${location.hostname}")`);
    expect(document.cookie.includes('suostumus='), 'nothing stored').to.equal(false);
  });
});
