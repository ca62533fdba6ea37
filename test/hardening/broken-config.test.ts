// Issue #9, scenario 1: broken configs through the script tag (the built bundle in an iframe page).
// Each fails closed: the console names the problem, nothing gated runs, no Google script is added,
// window.suostumus stays undefined, the page's own script runs and nothing escapes uncaught.
import { expect } from '@open-wc/testing';
import { BROKEN } from './cases.mjs';
import { Frame, OFFLINE_CSP, clearCookies, removeFrames, waitFor } from './frame.js';

describe(`hardening: broken configs through the script tag (${BROKEN.length} cases)`, function () {
  // Page loads under a busy machine; each wait inside a test has its own 3 s limit.
  this.timeout(10_000);
  before(() => {
    expect(BROKEN.length).to.be.at.least(30);
  });
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  BROKEN.forEach(([name, config, path]) => {
    it(`${name}: names "${path}", nothing gated runs, no Google, the page's own script runs`, async () => {
      // OFFLINE_CSP keeps a wrongly started Google off the network; its script element would still be counted.
      const frame = await Frame.page({ config, csp: OFFLINE_CSP });
      const win = frame.win;
      await waitFor(() => win.__ownRan, 'the page\'s own script');
      const errors = frame.capture.errors;
      await waitFor(() => errors.some((e) => e.includes(path)), `a console error naming ${path}`, 3000)
        .catch(() => { throw new Error(`no console error names "${path}": ${errors.join(' | ').slice(0, 400)}`); });
      // The console line comes from the check chunk, which the loader fetches last, after it refused the
      // config (src/loader/main.ts): a wrongly started instance would have set window.suostumus, added
      // Google's script and run the gate before it. The gate's src scripts run in order: wait for them too.
      await frame.afterScripts();
      expect(errors.every((e) => e.startsWith('suostumus')), `only suostumus errors: ${errors.join(' | ')}`).to.equal(true);
      expect(win.__gatedRan, 'gated script ran').to.equal(undefined);
      expect(frame.capture.googleScripts, 'Google script elements').to.deep.equal([]);
      expect(frame.doc.querySelectorAll('script[src*="googletagmanager"]').length).to.equal(0);
      expect(win.suostumus, 'window.suostumus').to.equal(undefined);
      expect(frame.doc.querySelector('suostumus-banner'), 'a banner').to.equal(null);
      expect(frame.capture.uncaught, 'uncaught errors').to.deep.equal([]);
      expect(frame.capture.violations, 'CSP violations').to.deep.equal([]);
      expect(win.__ownRan).to.equal(true);
    });
  });
});
