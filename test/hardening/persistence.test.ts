// Issue #9, scenarios 3 and 4: a valid record survives (a reload, a second "tab", the page removed right
// after the click), and many tabs deciding differently end with the last decision, never a mix. Each
// iframe is a tab: the same browser, the same cookie jar.
import { expect } from '@open-wc/testing';
import { Frame, OFFLINE_CSP, clearCookies, createPage, removeFrames, storedRecord, waitFor } from './frame.js';
import type { PageSpec } from './frame.js';

const PAGE: PageSpec = { config: '{"revision":1}', csp: OFFLINE_CSP };
const ALL = { necessary: true, analytics: true, demographics: true };
const NONE = { necessary: true, analytics: false, demographics: false };

async function decided(frame: Frame): Promise<Record<string, boolean>> {
  const api = await waitFor(() => frame.win.suostumus, 'window.suostumus');
  await waitFor(() => api.get().status === 'decided', 'a decision');
  return api.get().categories;
}

describe('hardening: persistence', function () {
  // Page loads under a busy machine; each wait inside a test has its own 3 s limit.
  this.timeout(10_000);
  let url: string;
  before(async () => {
    url = await createPage(PAGE);
  });
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  describe('a valid record survives', () => {
    it('a reload of the tab that decided: decided, the gated script runs, no banner', async () => {
      const a = await Frame.open(url);
      await a.acceptInBanner();
      expect(await decided(a)).to.deep.equal(ALL);
      await waitFor(() => a.win.__gatedRan, 'the gated script after the click');
      await a.reload();
      expect(await decided(a)).to.deep.equal(ALL);
      await waitFor(() => a.win.__gatedRan, 'the gated script on the reloaded page');
      expect(a.bannerRegion()).to.equal(null);
      expect(a.capture.uncaught).to.deep.equal([]);
    });

    it('a second tab sees the decision of the first', async () => {
      const a = await Frame.open(url);
      await a.acceptInBanner();
      await decided(a);
      const b = await Frame.open(url);
      expect(await decided(b)).to.deep.equal(ALL);
      await waitFor(() => b.win.__gatedRan, 'the gated script in the second tab');
      expect(b.bannerRegion()).to.equal(null);
    });

    it('the tab removed right after the click: the cookie was written before any effect ran', async () => {
      const a = await Frame.open(url);
      await a.acceptInBanner();
      a.remove(); // in the same task as the click: no effect, timer or microtask of the page runs after this
      expect(storedRecord()?.categories).to.deep.equal(ALL);
      const b = await Frame.open(url);
      expect(await decided(b)).to.deep.equal(ALL);
      await waitFor(() => b.win.__gatedRan, 'the gated script in the new tab');
    });
  });

  describe('many tabs', () => {
    it('two tabs decide one after the other: the other tab follows each decision, a fresh tab has the last', async () => {
      const a = await Frame.open(url);
      const b = await Frame.open(url);
      await a.bannerShown();
      await b.bannerShown();
      await a.acceptInBanner();
      expect(await decided(a)).to.deep.equal(ALL);
      // b follows a's decision at once (issue #14); its own refusal then comes last.
      expect(await decided(b)).to.deep.equal(ALL);
      b.win.suostumus!.rejectAll();
      await waitFor(() => a.win.suostumus?.get().categories.analytics === false, 'a follows the refusal');
      const c = await Frame.open(url);
      expect(await decided(c)).to.deep.equal(NONE);
      expect(c.win.__gatedRan).to.equal(undefined);
    });

    it('a stale tab changing one category builds on the stored decision, never a mix with its stale one', async () => {
      const a = await Frame.open(url);
      const b = await Frame.open(url);
      await a.acceptInBanner();
      await b.reload();
      expect(await decided(b), 'the other tab has the decision').to.deep.equal(ALL);
      b.win.suostumus!.rejectAll();
      // a still holds "all" in memory; its change applies on top of b's refusal.
      a.win.suostumus!.set({ analytics: true });
      const last = { necessary: true, analytics: true, demographics: false };
      expect(storedRecord()?.categories).to.deep.equal(last);
      const c = await Frame.open(url);
      expect(await decided(c)).to.deep.equal(last);
    });
  });
});
