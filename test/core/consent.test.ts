import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import type { ConsentRecord, ConsentState } from '../../src/core/types.js';
import { DAY, memoryJar, testEnvironment } from './environment.js';

const config = parseConfig({ google: { measurementId: 'G-TEST1234' }, revision: 3 });

function stored(env: ReturnType<typeof testEnvironment>): ConsentRecord {
  const raw = env.cookies.values.get('suostumus');
  expect(raw, 'the suostumus cookie').to.be.a('string');
  return JSON.parse(raw!) as ConsentRecord;
}

describe('consent store: transitions', () => {
  it('starts undecided on a first visit, with only necessary granted', () => {
    const store = createConsent(config, testEnvironment());
    const state = store.get();
    expect(state.status).to.equal('undecided');
    expect(state.record).to.equal(null);
    expect(state.prompt).to.equal(true);
    expect(state.reason).to.equal('first-visit');
    expect(state.categories).to.deep.equal({ necessary: true, analytics: false, demographics: false });
  });

  const table: [string, (s: ReturnType<typeof createConsent>) => unknown, Record<string, boolean>][] = [
    ['acceptAll', (s) => s.acceptAll('banner'), { necessary: true, analytics: true, demographics: true }],
    ['rejectAll', (s) => s.rejectAll('banner'), { necessary: true, analytics: false, demographics: false }],
    ['set analytics only', (s) => s.set({ analytics: true }, 'preferences'), { necessary: true, analytics: true, demographics: false }],
    ['set demographics grants analytics', (s) => s.set({ demographics: true }), { necessary: true, analytics: true, demographics: true }],
    ['set necessary false keeps it on', (s) => s.set({ necessary: false }), { necessary: true, analytics: false, demographics: false }],
    ['conflicting set fails closed', (s) => s.set({ analytics: false, demographics: true }), { necessary: true, analytics: false, demographics: false }],
  ];
  for (const [name, action, expected] of table) {
    it(`undecided → ${name} → decided with ${JSON.stringify(expected)}`, () => {
      const env = testEnvironment();
      const store = createConsent(config, env);
      action(store);
      expect(store.get().status).to.equal('decided');
      expect(store.get().prompt).to.equal(false);
      expect(store.get().categories).to.deep.equal(expected);
      expect(stored(env).categories).to.deep.equal(expected);
    });
  }

  it('withdrawing analytics withdraws demographics', () => {
    const store = createConsent(config, testEnvironment());
    store.acceptAll();
    store.set({ analytics: false });
    expect(store.get().categories).to.deep.equal({ necessary: true, analytics: false, demographics: false });
  });

  it('keeps the consent id across changes and takes a new one after reset', () => {
    const env = testEnvironment();
    const store = createConsent(config, env);
    const first = store.acceptAll();
    env.clock.time += 1000;
    const second = store.rejectAll();
    expect(second.id).to.equal(first.id);
    expect(second.timestamp).to.not.equal(first.timestamp);
    store.reset();
    expect(env.cookies.values.has('suostumus')).to.equal(false);
    expect(store.get().status).to.equal('undecided');
    expect(store.acceptAll().id).to.not.equal(first.id);
  });

  it('writes the record shape of the public contract', () => {
    const env = testEnvironment();
    const store = createConsent(config, env);
    store.set({ analytics: true }, 'preferences');
    const record = stored(env);
    expect(Object.keys(record).sort()).to.deep.equal(['categories', 'id', 'language', 'revision', 'scope', 'source', 'timestamp']);
    // Where the copy was written (host-only, path /): several copies of the name can then be told apart.
    expect((record as ConsentRecord & { scope: string }).scope).to.equal('www.example.test/');
    expect(record.id).to.match(/^[0-9a-f-]{36}$/);
    expect(record.revision).to.equal(3);
    expect(record.timestamp).to.equal('2026-06-01T12:00:00.000Z');
    expect(record.source).to.equal('preferences');
    expect(['fi', 'en', 'sv']).to.include(record.language);
  });

  it('rejects unknown categories and non-boolean values in set() with a clear message', () => {
    const store = createConsent(config, testEnvironment());
    expect(() => store.set({ marketing: true })).to.throw(/unknown category "marketing"/);
    expect(() => store.set({ analytics: 'yes' } as unknown as Record<string, boolean>)).to.throw(/analytics: expected true or false/);
    expect(store.get().status).to.equal('undecided');
  });

  it('notifies subscribers with the new and the previous state, and stops when unsubscribed', () => {
    const store = createConsent(config, testEnvironment());
    const seen: [ConsentState, ConsentState][] = [];
    const stop = store.subscribe((state, previous) => seen.push([state, previous]));
    store.acceptAll();
    stop();
    store.rejectAll();
    expect(seen).to.have.length(1);
    expect(seen[0]![0].categories.analytics).to.equal(true);
    expect(seen[0]![1].status).to.equal('undecided');
  });

  it('dispatches suostumus-change on the document, bubbling and composed, with the record as detail', () => {
    const env = testEnvironment();
    const store = createConsent(config, env);
    const events: CustomEvent[] = [];
    env.document.addEventListener('suostumus-change', (event) => events.push(event));
    const record = store.rejectAll('banner');
    expect(events).to.have.length(1);
    expect(events[0]!.bubbles).to.equal(true);
    expect(events[0]!.composed).to.equal(true);
    expect(events[0]!.detail).to.deep.equal(record);
  });

  it('writes the cookie before any listener runs', () => {
    const env = testEnvironment();
    const store = createConsent(config, env);
    let cookieAtNotify: string | undefined;
    store.subscribe(() => { cookieAtNotify = env.cookies.values.get('suostumus'); });
    store.acceptAll();
    expect(cookieAtNotify).to.be.a('string');
  });

  it('a failing listener does not stop the others', () => {
    const store = createConsent(config, testEnvironment());
    let reached = false;
    const original = console.error;
    console.error = () => undefined;
    try {
      store.subscribe(() => { throw new Error('boom'); });
      store.subscribe(() => { reached = true; });
      store.acceptAll();
    } finally {
      console.error = original;
    }
    expect(reached).to.equal(true);
  });
});

describe('consent store: returning visitors, revision and expiry', () => {
  function decidedEarlier(days: number, accept: boolean) {
    const jar = memoryJar();
    const first = testEnvironment({ jar });
    const store = createConsent(config, first);
    if (accept) store.acceptAll(); else store.rejectAll();
    const later = testEnvironment({ jar });
    later.clock.time = first.clock.time + days * DAY;
    return later;
  }

  it('a stored grant within its lifetime is decided at once', () => {
    const store = createConsent(config, decidedEarlier(364, true));
    expect(store.get().status).to.equal('decided');
    expect(store.get().categories.analytics).to.equal(true);
    expect(store.get().prompt).to.equal(false);
  });

  it('a grant older than `days` (365) is undecided again, with reason "expired"', () => {
    const store = createConsent(config, decidedEarlier(366, true));
    expect(store.get().status).to.equal('undecided');
    expect(store.get().reason).to.equal('expired');
    expect(store.get().categories.analytics).to.equal(false);
  });

  it('a refusal expires after `rejectDays` (182), sooner than a grant', () => {
    expect(createConsent(config, decidedEarlier(181, false)).get().status).to.equal('decided');
    expect(createConsent(config, decidedEarlier(183, false)).get().status).to.equal('undecided');
  });

  it('a revision bump asks again and turns optional categories off', () => {
    const env = decidedEarlier(1, true);
    const bumped = parseConfig({ google: { measurementId: 'G-TEST1234' }, revision: 4 });
    const store = createConsent(bumped, env);
    expect(store.get().status).to.equal('undecided');
    expect(store.get().reason).to.equal('revision');
    expect(store.get().categories.analytics).to.equal(false);
  });

  it('a record from a future revision is distrusted', () => {
    const env = decidedEarlier(1, true);
    const older = parseConfig({ google: { measurementId: 'G-TEST1234' }, revision: 2 });
    expect(createConsent(older, env).get().status).to.equal('undecided');
  });

  it('categories added since the decision are refused; removed ones are dropped', () => {
    const env = decidedEarlier(1, true);
    const grown = parseConfig({
      revision: 3,
      google: { measurementId: 'G-TEST1234' },
      categories: [{ id: 'marketing', title: 'Marketing', description: 'Ads.' }],
    });
    const state = createConsent(grown, env).get();
    expect(state.status).to.equal('decided');
    expect(state.categories).to.deep.equal({ necessary: true, analytics: true, demographics: true, marketing: false });
  });

  it('sets Max-Age from days for a grant and from rejectDays for a refusal', () => {
    const env = testEnvironment();
    const store = createConsent(parseConfig({ google: { measurementId: 'G-TEST1234' }, cookie: { days: 200, rejectDays: 30 } }), env);
    store.acceptAll();
    store.rejectAll();
    expect(env.cookies.writes.map((w) => w.attributes.maxAge)).to.deep.equal([200 * 86_400, 30 * 86_400]);
  });

  it('writes path=/, SameSite=Lax, Secure on https and the configured domain', () => {
    const env = testEnvironment();
    createConsent(parseConfig({ google: { measurementId: 'G-TEST1234' }, cookie: { domain: 'example.test', name: 'my_consent' } }), env).acceptAll();
    const write = env.cookies.writes[0]!;
    expect(write.name).to.equal('my_consent');
    expect(write.attributes).to.include({ path: '/', sameSite: 'Lax', secure: true, domain: 'example.test' });
  });

  it('leaves Secure off on plain http', () => {
    const env = testEnvironment({ location: { protocol: 'http:', hostname: 'localhost', pathname: '/' } });
    createConsent(config, env).acceptAll();
    expect(env.cookies.writes[0]!.attributes.secure).to.equal(false);
  });

  it('holds the choice for the page view when the browser refuses the cookie', () => {
    const jar = memoryJar();
    jar.refuse = true;
    const store = createConsent(config, testEnvironment({ jar }));
    store.acceptAll();
    expect(store.storageFailed).to.equal(true);
    expect(store.get().categories.analytics).to.equal(true);
  });
});

describe('consent store: Global Privacy Control', () => {
  it('records a refusal with source "gpc", marks it, and still prompts once', () => {
    const env = testEnvironment({ globalPrivacyControl: true });
    const state = createConsent(config, env).get();
    expect(state.status).to.equal('decided');
    expect(state.gpc).to.equal(true);
    expect(state.prompt).to.equal(true);
    expect(state.categories).to.deep.equal({ necessary: true, analytics: false, demographics: false });
    expect(stored(env).source).to.equal('gpc');
  });

  it('does not prompt again on the next page view, and stays refused', () => {
    const jar = memoryJar();
    createConsent(config, testEnvironment({ jar, globalPrivacyControl: true }));
    const state = createConsent(config, testEnvironment({ jar, globalPrivacyControl: true })).get();
    expect(state.prompt).to.equal(false);
    expect(state.gpc).to.equal(true);
    expect(state.categories.analytics).to.equal(false);
  });

  it('an explicit opt-in by the visitor wins over the signal', () => {
    const jar = memoryJar();
    createConsent(config, testEnvironment({ jar, globalPrivacyControl: true })).set({ analytics: true }, 'preferences');
    const state = createConsent(config, testEnvironment({ jar, globalPrivacyControl: true })).get();
    expect(state.gpc).to.equal(false);
    expect(state.categories.analytics).to.equal(true);
  });

  it('is ignored with respectGpc: false', () => {
    const env = testEnvironment({ globalPrivacyControl: true });
    const state = createConsent(parseConfig({ google: { measurementId: 'G-TEST1234' }, respectGpc: false }), env).get();
    expect(state.status).to.equal('undecided');
    expect(state.gpc).to.equal(false);
  });
});

describe('consent store: proof of consent', () => {
  it('sends each decision to record.endpoint, both ways, with the page path and nothing more', () => {
    const env = testEnvironment();
    const store = createConsent(parseConfig({ google: { measurementId: 'G-TEST1234' }, record: { endpoint: '/api/consent' } }), env);
    store.acceptAll('banner');
    store.rejectAll('preferences');
    expect(env.sent.map((s) => s.url)).to.deep.equal(['/api/consent', '/api/consent']);
    const body = JSON.parse(env.sent[1]!.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).to.deep.equal(['categories', 'id', 'language', 'page', 'revision', 'source', 'textsHash', 'timestamp']);
    expect(body.textsHash).to.match(/^[0-9a-f]{8}$/);
    expect(body.page).to.equal('/page');
    expect(body.categories).to.deep.equal({ necessary: true, analytics: false, demographics: false });
  });

  it('sends nothing without an endpoint', () => {
    const env = testEnvironment();
    createConsent(config, env).acceptAll();
    expect(env.sent).to.have.length(0);
  });

  it('a throwing sender never breaks the decision', () => {
    const env = testEnvironment({ send: () => { throw new Error('network down'); } });
    const store = createConsent(parseConfig({ google: { measurementId: 'G-TEST1234' }, record: { endpoint: 'https://proof.example.test/c' } }), env);
    store.acceptAll();
    expect(store.get().status).to.equal('decided');
  });
});

describe('consent store: more than one tab, more than one cookie', () => {
  it('set() builds on the decision another tab stored since, never a mix of old and new', () => {
    const jar = memoryJar();
    const tabA = createConsent(config, testEnvironment({ jar }));
    tabA.acceptAll();
    const tabB = createConsent(config, testEnvironment({ jar }));
    tabB.rejectAll();
    // Tab A still shows "everything on"; its next change starts from B's refusal.
    tabA.set({ analytics: true });
    const record = JSON.parse(jar.values.get('suostumus')!) as ConsentRecord;
    expect(record.categories).to.deep.equal({ necessary: true, analytics: true, demographics: false });
  });

  // Issue #14 §5: cookies of our name on several domain levels. The rule is in readRecord's comment and
  // the README ("Cookies of the same name on several domain levels").
  const sibling = (categories: Record<string, boolean>, scope = '.example.test/'): string => JSON.stringify({
    id: '11111111-2222-4333-8444-555555555555', revision: 3, timestamp: '2026-06-01T11:00:00.000Z', categories, source: 'banner', language: 'fi', scope,
  });

  it('a sibling site\'s choice on the parent domain: this site\'s own decision holds on the next page, and the sibling\'s copy is left alone', () => {
    const jar = memoryJar();
    // shop.example.test shares its refusal on example.test (cookie.domain); this host keeps its own.
    jar.others.push({ name: 'suostumus', value: sibling({ necessary: true, analytics: false, demographics: false }), domain: 'example.test' });
    const first = createConsent(config, testEnvironment({ jar }));
    expect(first.get().status, 'the sibling\'s choice is not this site\'s').to.equal('undecided');
    first.acceptAll('banner');
    const next = createConsent(config, testEnvironment({ jar }));
    expect(next.get().status).to.equal('decided');
    expect(next.get().categories.analytics).to.equal(true);
    expect(jar.others).to.have.length(1);
    // Withdrawal removes this site's copy only.
    next.rejectAll('preferences');
    expect(createConsent(config, testEnvironment({ jar })).get().categories.analytics).to.equal(false);
    expect(jar.others).to.have.length(1);
  });

  it('a site sharing its choice with cookie.domain keeps it beside a host-only copy of another site on the same host name level', () => {
    const shared = parseConfig({ google: { measurementId: 'G-TEST1234' }, revision: 3, cookie: { domain: 'example.test' } });
    const jar = memoryJar();
    jar.others.push({ name: 'suostumus', value: sibling({ necessary: true, analytics: true, demographics: true }, 'www.example.test/') });
    const store = createConsent(shared, testEnvironment({ jar }));
    expect(store.get().status).to.equal('undecided');
    store.rejectAll('banner');
    const next = createConsent(shared, testEnvironment({ jar }));
    expect(next.get().status).to.equal('decided');
    expect(next.get().categories.analytics).to.equal(false);
  });

  it('a decision written beside a sibling\'s copy is not reported as a storage problem', () => {
    const jar = memoryJar();
    jar.others.push({ name: 'suostumus', value: sibling({ necessary: true, analytics: false, demographics: false }), domain: 'example.test' });
    const problems: string[] = [];
    const store = createConsent(config, { ...testEnvironment({ jar }), reportStorageProblem: (p) => { problems.push(p); } });
    store.acceptAll('banner');
    expect(problems).to.deep.equal([]);
    expect(store.storageFailed).to.equal(false);
  });

  it('one copy written before scopes existed is still the visitor\'s decision', () => {
    const legacy = JSON.stringify({ id: '11111111-2222-4333-8444-555555555555', revision: 3, timestamp: '2026-06-01T11:00:00.000Z', categories: { necessary: true, analytics: true, demographics: false }, source: 'banner', language: 'fi' });
    const store = createConsent(config, testEnvironment({ jar: memoryJar({ suostumus: legacy }) }));
    expect(store.get().status).to.equal('decided');
    expect(store.get().categories.analytics).to.equal(true);
  });

  it('two copies without a scope (written before 0.2) cannot be told apart: undecided, and every copy is removed', () => {
    const legacy = (analytics: boolean): string => JSON.stringify({ id: '11111111-2222-4333-8444-555555555555', revision: 3, timestamp: '2026-06-01T11:00:00.000Z', categories: { necessary: true, analytics, demographics: false }, source: 'banner', language: 'fi' });
    const jar = memoryJar({ suostumus: legacy(true) });
    jar.others.push({ name: 'suostumus', value: legacy(false), domain: 'example.test' });
    const store = createConsent(config, testEnvironment({ jar }));
    expect(store.get().status).to.equal('undecided');
    expect(store.get().categories.analytics).to.equal(false);
    expect(jar.getAll('suostumus')).to.deep.equal([]);
    const domains = jar.removals.filter((r) => r.name === 'suostumus').map((r) => r.attributes.domain ?? '(host)');
    expect(domains).to.include.members(['(host)', 'www.example.test', 'example.test']);
  });
});
