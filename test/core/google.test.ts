import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import { consentModeFor, cookieDomains, deleteGoogleCookies, startGoogle } from '../../src/core/google.js';
import type { GoogleWindow } from '../../src/core/google.js';
import { memoryJar, testEnvironment } from './environment.js';

function setup(mode: 'basic' | 'advanced' = 'basic') {
  const env = testEnvironment();
  const config = parseConfig({ google: { measurementId: 'G-CORE1234', mode } });
  const store = createConsent(config, env);
  const win: GoogleWindow = {};
  const google = startGoogle(store, config.google!, {
    window: win, document: env.document, cookies: env.cookies, hostname: 'www.shop.example.test',
  });
  const calls = () => (win.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));
  const scripts = () => Array.from(env.document.querySelectorAll('script')).map((s) => s.src);
  return { env, store, win, google, calls, scripts };
}

describe('google: Consent Mode mapping', () => {
  it('maps analytics to analytics_storage and demographics to the three ad types', () => {
    expect(consentModeFor({ analytics: true, demographics: true })).to.deep.equal({
      analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
    });
    expect(consentModeFor({ analytics: true, demographics: false }).ad_storage).to.equal('denied');
  });

  it('never grants the ad types without analytics', () => {
    expect(consentModeFor({ analytics: false, demographics: true })).to.deep.equal({
      analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
    });
  });

  it('lists the host and each parent domain with two labels or more', () => {
    expect(cookieDomains('www.shop.example.fi')).to.deep.equal(['www.shop.example.fi', 'shop.example.fi', 'example.fi']);
    expect(cookieDomains('localhost')).to.deep.equal([]);
    expect(cookieDomains('127.0.0.1')).to.deep.equal([]);
  });

  it('deletes only Google cookies, host-only and on every domain level', () => {
    const jar = memoryJar({ _ga: '1', _ga_ABC: '1', _gid: '1', _gat_UA1: '1', _gcl_au: '1', suostumus: 'x', gallery: 'y' });
    const deleted = deleteGoogleCookies(jar, 'www.example.fi');
    expect(deleted.sort()).to.deep.equal(['_ga', '_ga_ABC', '_gat_UA1', '_gcl_au', '_gid']);
    expect([...jar.values.keys()].sort()).to.deep.equal(['gallery', 'suostumus']);
    const domains = jar.removals.filter((r) => r.name === '_ga').map((r) => r.attributes.domain ?? '(host)');
    expect(domains).to.deep.equal(['(host)', 'www.example.fi', 'example.fi']);
  });
});

describe('google: basic mode', () => {
  it('defines nothing and inserts no script until analytics is granted', () => {
    const { store, win, scripts } = setup();
    store.rejectAll();
    expect(win.dataLayer).to.equal(undefined);
    expect(win.gtag).to.equal(undefined);
    expect(scripts()).to.deep.equal([]);
  });

  it('queues default, update, js and config before inserting gtag.js once', () => {
    const { store, calls, scripts } = setup();
    store.acceptAll();
    store.acceptAll();
    expect(calls().map((c) => c.slice(0, 2).join(' ').replace(/ .*GMT.*/, ''))).to.deep.equal([
      'consent default', 'consent update', 'js', 'config G-CORE1234', 'consent update', 'set [object Object]',
    ]);
    expect(scripts()).to.deep.equal(['https://www.googletagmanager.com/gtag/js?id=G-CORE1234']);
  });

  it('withdrawal sets ga-disable and sends a denied update; a new grant clears it', () => {
    const { store, win, calls } = setup();
    store.acceptAll();
    store.set({ analytics: false });
    expect(win['ga-disable-G-CORE1234']).to.equal(true);
    expect(calls().at(-1)?.slice(0, 2)).to.deep.equal(['consent', 'update']);
    expect((calls().at(-1)?.[2] as Record<string, string>).analytics_storage).to.equal('denied');
    store.set({ analytics: true });
    expect(win['ga-disable-G-CORE1234']).to.equal(false);
  });
});

describe('google: advanced mode', () => {
  it('loads at once with everything denied and sends one update per decision', () => {
    const { store, calls, scripts } = setup('advanced');
    expect(scripts()).to.have.length(1);
    expect(calls()[0]?.slice(0, 2)).to.deep.equal(['consent', 'default']);
    const updates = () => calls().filter((c) => c[0] === 'consent' && c[1] === 'update').length;
    expect(updates()).to.equal(0);
    store.rejectAll();
    store.set({ analytics: true });
    store.acceptAll();
    expect(updates()).to.equal(3);
    expect(scripts()).to.have.length(1);
  });
});
