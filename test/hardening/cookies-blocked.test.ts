// Issue #9, scenario 7: cookies blocked. The choice holds for the page view, nothing breaks, the next page
// asks again.
//
// - The browser's own refusal: a page in a sandboxed iframe without allow-same-origin has an opaque
//   origin, and every browser then refuses document.cookie (it throws a SecurityError). Its module chunk
//   is a CORS request then (/hardening/cors/ adds the header), and the test talks to it over postMessage
//   (page/agent.js). Its CSP names the origin, as 'self' matches nothing in an opaque origin in WebKit.
// - A browser setting that blocks cookies (document.cookie reads "" and drops writes, no error) cannot be
//   switched per test from inside a page, in any of the three: it is simulated as test/e2e does, by
//   page/no-cookies.js replacing Document.prototype.cookie before the bundle runs.
import { expect } from '@open-wc/testing';
import type { Capture } from './frame.js';
import { Frame, NO_GOOGLE_CSP, clearCookies, createPage, nextFrames, removeFrames, waitFor } from './frame.js';

/** What page/agent.js reports. */
interface AgentState {
  api: boolean;
  status?: 'undecided' | 'decided';
  categories?: Record<string, boolean>;
  ownRan: boolean;
  gatedSrcRan: boolean;
  bannerOpen: boolean;
  dialogOpen: boolean;
  cookie: string;
  capture: Capture;
}

async function askUntil(frame: Frame, check: (state: AgentState) => boolean, what: string): Promise<AgentState> {
  let last: AgentState | undefined;
  try {
    await waitFor(async () => {
      last = await frame.ask<AgentState>('state');
      return check(last);
    }, what);
  } catch (error) {
    throw new Error(`${(error as Error).message}; last state: ${JSON.stringify(last)}`);
  }
  return last!;
}

describe('hardening: cookies blocked', () => {
  beforeEach(clearCookies);
  afterEach(() => {
    removeFrames();
    clearCookies();
  });

  it('refused by the browser (sandboxed frame, document.cookie throws): the banner works, the choice holds for the page view, the next page asks again', async function () {
    this.timeout(15_000);
    const url = await createPage({
      config: '{"revision":1,"categories":[{"id":"analytics"},{"id":"demographics"}]}', gated: ['src'], agent: true, base: '/hardening/cors/dist/', csp: `default-src ${location.origin}`,
    });
    const sandboxed = (): Promise<Frame> => Frame.open(url, { sandbox: 'allow-scripts' });
    const frame = await sandboxed();
    const first = await askUntil(frame, (s) => s.bannerOpen, 'the banner');
    expect(first.cookie, 'document.cookie in the page').to.equal('throws SecurityError');
    expect(first.status).to.equal('undecided');

    expect(await frame.ask('click', { host: 'suostumus-banner', part: 'accept' }), 'clicked accept').to.equal(true);
    const after = await askUntil(frame, (s) => s.gatedSrcRan, 'the gated script after the click');
    expect(after.status).to.equal('decided');
    expect(after.categories).to.deep.equal({ necessary: true, analytics: true, demographics: true });
    expect(after.bannerOpen, 'banner after the decision').to.equal(false);

    expect(await frame.ask('click', { host: 'suostumus-settings-button', part: 'button' }), 'clicked the settings button').to.equal(true);
    const settings = await askUntil(frame, (s) => s.dialogOpen, 'the settings dialog');
    expect(settings.categories, 'the choice holds for the page view').to.deep.equal({ necessary: true, analytics: true, demographics: true });
    expect(settings.capture.uncaught, 'uncaught errors').to.deep.equal([]);
    expect(settings.capture.errors, 'console errors').to.deep.equal([]);
    expect(settings.capture.violations, 'CSP violations').to.deep.equal([]);

    const next = await sandboxed();
    const again = await askUntil(next, (s) => s.bannerOpen, 'the banner on the next page');
    expect(again.status).to.equal('undecided');
    expect(again.gatedSrcRan).to.equal(false);
  });

  it('refused by the browser with Google configured: suostumus still starts (there are no Google cookies to clean up)', async function () {
    this.timeout(15_000);
    const url = await createPage({
      config: '{"google":{"measurementId":"G-HARD12345"}}', gated: ['src'], agent: true, base: '/hardening/cors/dist/',
      csp: `default-src ${location.origin}`, // Google's script is refused: no network
    });
    const frame = await Frame.open(url, { sandbox: 'allow-scripts' });
    const first = await askUntil(frame, (s) => s.bannerOpen, 'the banner');
    expect(first.status).to.equal('undecided');
    expect(first.capture.errors, 'console errors').to.deep.equal([]);
    expect(await frame.ask('click', { host: 'suostumus-banner', part: 'accept' }), 'clicked accept').to.equal(true);
    const after = await askUntil(frame, (s) => s.gatedSrcRan, 'the gated script after the click');
    expect(after.categories).to.deep.equal({ necessary: true, analytics: true, demographics: true });
    expect(after.capture.uncaught, 'uncaught errors').to.deep.equal([]);
  });

  it('refused silently (document.cookie reads "" and drops writes): the banner works, the choice holds for the page view, the next page asks again', async function () {
    this.timeout(10_000);
    const frame = await Frame.page({ config: '{"google":{"measurementId":"G-HARD12345"}}', csp: NO_GOOGLE_CSP, gated: ['src'], noCookies: true });
    const win = frame.win;
    await frame.acceptInBanner();
    await waitFor(() => win.__gatedSrcRan, 'the gated script');
    expect(win.suostumus!.get().categories.analytics).to.equal(true);
    expect(win.document.cookie, 'nothing stored').to.equal('');
    expect(document.cookie.includes('suostumus='), 'nothing stored in the jar').to.equal(false);
    // Google started for the page view (its script is refused by the page's CSP: no network).
    await waitFor(() => frame.capture.googleScripts.length === 1, 'the Google script element');
    // The last thing a refused cookie brings: its words (a chunk of their own), a warning, not an error,
    // as nothing in the config is wrong (src/core/storage-messages.ts).
    await waitFor(() => frame.capture.warnings.some((w) => w.includes('did not store the consent cookie')), 'the warning that the cookie was not stored');
    await frame.openSettings();
    await nextFrames(win);
    expect(frame.capture.uncaught, 'uncaught errors').to.deep.equal([]);
    expect(frame.capture.errors, 'console errors').to.deep.equal([]);
    await frame.reload();
    await frame.bannerShown();
    expect(frame.win.suostumus!.get().status).to.equal('undecided');
    expect(frame.win.__gatedSrcRan).to.equal(undefined);
  });
});
