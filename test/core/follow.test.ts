// followStoredChoice: which moments make a page read the stored choice again (issue #14 §1). The window
// and document are real EventTargets of this test page's realm; the cookie jar is in memory, and another
// store over the same jar plays the other tab.
import { expect, waitUntil } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import { followStoredChoice } from '../../src/core/follow.js';
import type { FollowEnvironment } from '../../src/core/follow.js';
import { memoryJar, testEnvironment } from './environment.js';

function fakePage(): FollowEnvironment & { visibilityState: DocumentVisibilityState; fire(target: 'window' | 'document', event: Event): void } {
  const win = new EventTarget();
  const doc = new EventTarget();
  const page = {
    visibilityState: 'hidden' as DocumentVisibilityState,
    window: Object.assign(win, { setInterval: window.setInterval.bind(window), clearInterval: window.clearInterval.bind(window) }),
    document: doc,
    fire(target: 'window' | 'document', event: Event) { (target === 'window' ? win : doc).dispatchEvent(event); },
  };
  // Read at the time of the event, as the real document.visibilityState is.
  Object.defineProperty(doc, 'visibilityState', { get: () => page.visibilityState });
  return page as unknown as ReturnType<typeof fakePage>;
}

describe('followStoredChoice', () => {
  const config = parseConfig({ cookie: { name: `follow${Math.floor(Math.random() * 1e6)}` } });
  const stops: (() => void)[] = [];
  afterEach(() => { while (stops.length > 0) stops.pop()!(); });

  function twoTabs() {
    const jar = memoryJar();
    const here = createConsent(config, testEnvironment({ jar }));
    const other = createConsent(config, testEnvironment({ jar }));
    return { here, other };
  }

  it('a page restored from the back/forward cache reads the choice again; a fresh pageshow does not need to', () => {
    const { here, other } = twoTabs();
    const page = fakePage();
    stops.push(followStoredChoice(here, page, { interval: 3_600_000 }));
    other.acceptAll('banner');
    page.fire('window', new PageTransitionEvent('pageshow', { persisted: false }));
    expect(here.get().status, 'not restored: nothing read').to.equal('undecided');
    page.fire('window', new PageTransitionEvent('pageshow', { persisted: true }));
    expect(here.get().status).to.equal('decided');
    expect(here.get().categories.analytics).to.equal(true);
  });

  it('a tab that becomes visible again reads the choice again', () => {
    const { here, other } = twoTabs();
    const page = fakePage();
    stops.push(followStoredChoice(here, page, { interval: 3_600_000 }));
    here.acceptAll('banner');
    other.rejectAll('preferences');
    page.fire('document', new Event('visibilitychange'));
    expect(here.get().categories.analytics, 'still hidden').to.equal(true);
    page.visibilityState = 'visible';
    page.fire('document', new Event('visibilitychange'));
    expect(here.get().categories.analytics).to.equal(false);
  });

  it('a change no event announces is picked up by the periodic read', async () => {
    const { here, other } = twoTabs();
    stops.push(followStoredChoice(here, fakePage(), { interval: 20 }));
    other.acceptAll('banner');
    await waitUntil(() => here.get().status === 'decided', 'the periodic read follows');
  });

  it('another tab of this origin is told at once over a BroadcastChannel', async () => {
    const { here, other } = twoTabs();
    stops.push(followStoredChoice(here, fakePage(), { interval: 3_600_000 }));
    stops.push(followStoredChoice(other, fakePage(), { interval: 3_600_000 }));
    other.acceptAll('banner');
    await waitUntil(() => here.get().status === 'decided', 'the message arrives');
  });

  it('nothing changed elsewhere: no listener runs', () => {
    const { here } = twoTabs();
    here.acceptAll('banner');
    let calls = 0;
    here.subscribe(() => { calls += 1; });
    expect(here.refresh()).to.equal(false);
    expect(calls).to.equal(0);
  });
});
