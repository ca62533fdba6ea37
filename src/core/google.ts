// Google Analytics (gtag.js) and Google Tag Manager, gated on consent with Consent Mode v2.
//
// basic (default): nothing is requested from Google and no Google cookie exists until `analytics` is
//   granted; then the denied defaults, the update, `js`, `config`, and only then the script.
// advanced: the script loads at once with every type denied; each later decision is one update.
// Withdrawal: an update to denied, `ga-disable-<id>`, and Google's cookies deleted on every domain level.

import type { ConsentStore } from './consent.js';
import { cookieDomains } from './environment.js';
import { isEffectivelyGranted } from './dependencies.js';
import type { CookieJar } from './environment.js';

export { cookieDomains } from './environment.js';
import type { ConsentState, GoogleConfig } from './types.js';

export const GTAG_URL = 'https://www.googletagmanager.com/gtag/js';
export const GTM_URL = 'https://www.googletagmanager.com/gtm.js';

export const CONSENT_TYPES = [
  'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage',
] as const;
export type ConsentType = (typeof CONSENT_TYPES)[number];
export type ConsentValue = 'granted' | 'denied';

/** Names gtag.js and the Google Ads linker write: `_ga`, `_ga_<id>`, `_gid`, `_gat*`, `_gcl_*`. */
export const GOOGLE_COOKIE = /^(?:_ga|_ga_.+|_gid|_gat.*|_gcl_.+)$/;

type Gtag = (...args: unknown[]) => void;

/** The parts of `window` gtag uses. */
export interface GoogleWindow {
  dataLayer?: unknown[];
  gtag?: Gtag;
  [disable: `ga-disable-${string}`]: boolean | undefined;
}

export interface GoogleEnvironment {
  window: GoogleWindow;
  document: Document;
  cookies: CookieJar;
  hostname: string;
}

/** Consent Mode v2 from our categories: analytics → analytics_storage; demographics → the three ad types. */
export function consentModeFor(categories: Record<string, boolean>): Record<'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage', ConsentValue> {
  const analytics = isEffectivelyGranted(categories, 'analytics');
  // Demographics means nothing without analytics (DESIGN §3, src/core/dependencies.ts): never granted alone.
  const demographics = isEffectivelyGranted(categories, 'demographics');
  const value = (granted: boolean): ConsentValue => (granted ? 'granted' : 'denied');
  return {
    analytics_storage: value(analytics),
    ad_storage: value(demographics),
    ad_user_data: value(demographics),
    ad_personalization: value(demographics),
  };
}

export function allDenied(): Record<ConsentType, ConsentValue> {
  return Object.fromEntries(CONSENT_TYPES.map((type) => [type, 'denied'])) as Record<ConsentType, ConsentValue>;
}

/** Deletes Google's cookies as host-only cookies and on every domain level, on path `/`. */
export function deleteGoogleCookies(cookies: CookieJar, hostname: string): string[] {
  let names: string[];
  try {
    names = Object.keys(cookies.all()).filter((name) => GOOGLE_COOKIE.test(name));
    for (const name of names) {
      cookies.remove(name, { path: '/' });
      for (const domain of cookieDomains(hostname)) cookies.remove(name, { path: '/', domain });
    }
  } catch {
    // A document without cookie access (a sandboxed frame) has no Google cookies to delete either.
    return [];
  }
  return names;
}

export interface GoogleIntegration {
  /** True once gtag.js (or gtm.js) has been inserted into the page. */
  readonly loaded: boolean;
  stop(): void;
}

export function startGoogle(store: ConsentStore, google: GoogleConfig, env: GoogleEnvironment): GoogleIntegration {
  const { window: win, document: doc } = env;
  const ids = [google.measurementId, google.tagManagerId].filter((id): id is string => id !== undefined);
  let loaded = false;
  let configured = false;
  let granted = false;

  function gtag(...args: unknown[]): void {
    (win.gtag ?? pushArguments)(...args);
  }

  function pushArguments(..._args: unknown[]): void {
    // gtag.js reads Arguments objects from the dataLayer, not arrays: this is Google's own snippet.
    // eslint-disable-next-line prefer-rest-params
    (win.dataLayer ??= []).push(arguments);
  }

  /** dataLayer, gtag, the denied defaults, `js` and `config`: everything before the script. */
  function configure(categories: Record<string, boolean>, update: boolean): void {
    if (configured) return;
    configured = true;
    win.dataLayer ??= [];
    // Keep a gtag the page already defined; otherwise install the standard one.
    win.gtag ??= pushArguments;
    gtag('consent', 'default', allDenied());
    if (update) gtag('consent', 'update', consentModeFor(categories));
    gtag('js', new Date());
    const signals = consentModeFor(categories).ad_personalization === 'granted';
    if (google.measurementId) {
      gtag('config', google.measurementId, { allow_google_signals: signals, allow_ad_personalization_signals: signals });
    }
    if (google.tagManagerId) win.dataLayer.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
  }

  function load(): void {
    if (loaded) return;
    loaded = true;
    if (google.measurementId) insertScript(`${GTAG_URL}?id=${encodeURIComponent(google.measurementId)}`);
    if (google.tagManagerId) insertScript(`${GTM_URL}?id=${encodeURIComponent(google.tagManagerId)}`);
  }

  function insertScript(src: string): void {
    const script = doc.createElement('script');
    script.async = true;
    script.src = src;
    // An ad blocker aborts the request: that must stay a quiet no-op, never a retry loop.
    script.addEventListener('error', () => { script.remove(); }, { once: true });
    doc.head.append(script);
  }

  function setDisabled(disabled: boolean): void {
    for (const id of ids) {
      if (id.startsWith('G-')) win[`ga-disable-${id}`] = disabled;
    }
  }

  /** Applies one decision: exactly one consent update once gtag is configured. */
  function apply(state: ConsentState): void {
    const analytics = state.categories.analytics === true;
    if (analytics) {
      setDisabled(false);
      if (!configured) {
        configure(state.categories, true);
      } else {
        const mode = consentModeFor(state.categories);
        gtag('consent', 'update', mode);
        if (google.measurementId) {
          const signals = mode.ad_personalization === 'granted';
          gtag('set', { allow_google_signals: signals, allow_ad_personalization_signals: signals });
        }
      }
      load();
    } else {
      if (configured) gtag('consent', 'update', allDenied());
      // basic: GA must never run without consent. advanced: only a withdrawal stops the cookieless pings.
      if (google.mode === 'basic' || granted) setDisabled(true);
      deleteGoogleCookies(env.cookies, env.hostname);
    }
    granted = analytics;
  }

  const initial = store.get();
  if (google.mode === 'advanced') {
    configure(initial.categories, false);
    load();
    if (initial.categories.analytics) apply(initial);
    else deleteGoogleCookies(env.cookies, env.hostname);
  } else {
    apply(initial);
  }

  const unsubscribe = store.subscribe((state) => { apply(state); });

  return {
    get loaded() {
      return loaded;
    },
    stop: unsubscribe,
  };
}
