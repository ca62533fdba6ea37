// Issue #14 §1: every open document of the site follows the stored choice — another tab's decision,
// a withdrawal made elsewhere, a choice written by a sibling subdomain (the cookie changes behind the
// page's back, no event announces it). Each iframe is a tab: the same browser, the same cookie jar.
// The back/forward cache itself needs top-level navigation: test/e2e/follow.test.mjs (Chromium).
import { expect } from '@open-wc/testing';
import { Frame, OFFLINE_CSP, clearCookies, createPage, removeFrames, storedRecord, waitFor } from './frame.js';
import type { PageSpec } from './frame.js';

const GOOGLE_PAGE: PageSpec = { config: '{"revision":1,"google":{"measurementId":"G-FOLLOW123"}}', csp: OFFLINE_CSP };
const ALL = { necessary: true, analytics: true, demographics: true };
const NONE = { necessary: true, analytics: false, demographics: false };

describe('hardening: every open tab follows the stored choice', function () {
  this.timeout(15_000);
  let url: string;
  before(async () => {
    url = await createPage(GOOGLE_PAGE);
  });
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  it('a decision in another tab: the undecided tab drops its banner and runs its gated script', async () => {
    const a = await Frame.open(url);
    const b = await Frame.open(url);
    await a.bannerShown();
    await b.acceptInBanner();
    await waitFor(() => a.win.suostumus?.get().status === 'decided', 'tab a follows the decision');
    expect(a.win.suostumus!.get().categories).to.deep.equal(ALL);
    await waitFor(() => a.win.__gatedRan, 'the gated script in tab a');
    await waitFor(() => a.bannerRegion() === null, 'the banner gone from tab a');
  });

  it('a withdrawal in another tab silences Google in this one', async () => {
    const a = await Frame.open(url);
    await a.acceptInBanner();
    await waitFor(() => a.win.suostumus?.get().status === 'decided', 'tab a decided');
    const b = await Frame.open(url);
    await waitFor(() => b.win.suostumus?.get().status === 'decided', 'tab b sees it');
    const changes: unknown[] = [];
    a.doc.addEventListener('suostumus-change', (event) => { changes.push((event as CustomEvent).detail); });
    b.win.suostumus!.rejectAll();
    await waitFor(() => a.win.suostumus?.get().categories.analytics === false, 'tab a withdraws analytics');
    expect(a.win.suostumus!.get().categories).to.deep.equal(NONE);
    expect((a.win as unknown as Record<string, unknown>)['ga-disable-G-FOLLOW123'], 'gtag.js is told to stop in tab a').to.equal(true);
    expect(changes, 'tab a announces the change to its own code').to.have.length(1);
  });

  it('a choice written behind the page\'s back (a sibling subdomain) is followed within about a second', async () => {
    const a = await Frame.open(url);
    await a.bannerShown();
    // Another tab decides and is gone; its channel message went to nobody who is still here.
    const b = await Frame.open(url);
    await b.acceptInBanner();
    await waitFor(() => storedRecord(), 'the record stored');
    const written = document.cookie.split(/;\s*/).find((pair) => pair.startsWith('suostumus='))!;
    b.remove();
    a.win.suostumus!.reset();
    await a.bannerShown();
    // The same cookie, written by the test page as a sibling site would: no event tells tab a.
    document.cookie = `${written}; path=/`;
    await waitFor(() => a.win.suostumus?.get().status === 'decided', 'tab a follows the stored choice', 5000);
    expect(a.win.suostumus!.get().categories).to.deep.equal(ALL);
    await waitFor(() => a.bannerRegion() === null, 'the banner gone from tab a');
  });
});
