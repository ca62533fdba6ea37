// Starts suostumus on a page: the consent store, Google, the script gate and the settings button at
// once; the banner and dialog (Lit and the texts) through `loadUI` only when needed — a first visit,
// a revision bump, or a click on a settings control. A returning visitor pays for the small part only.

import type { ConsentStore } from '../core/consent.js';
import { createConsent, onConsent } from '../core/consent.js';
import { browserCookies } from '../core/environment.js';
import { followStoredChoice } from '../core/follow.js';
import { startGoogle } from '../core/google.js';
import { startScriptGate } from '../core/script-gate.js';
import type { ConsentRecord, ConsentState, SuostumusConfig } from '../core/types.js';
import type { EmbedModule } from '../embed/lazy.js';
import type { NoticeModule } from '../notice/lazy.js';
import { pageContext, setDefaultStore } from '../page/context.js';
import { EMBED_SELECTOR } from '../page/embeds.js';
import { listenForOpenRequests } from '../page/events.js';
import { keepInBody } from '../page/keep.js';
import { register } from '../page/register.js';
import type { Elements } from '../page/register.js';
import { applyTheme } from '../page/theme.js';
import type { UIModule } from '../ui/lazy.js';
import type { ConsentUI } from '../ui/mount.js';
import { SuostumusSettingsButton } from './settings-button/settings-button.js';

/** `window.suostumus`, the global API of the script-tag bundle. */
export interface SuostumusGlobal {
  /** The current state: status, record, categories, gpc. */
  get(): ConsentState;
  acceptAll(): ConsentRecord;
  rejectAll(): ConsentRecord;
  set(choices: Record<string, boolean>): ConsentRecord;
  /** Opens the settings dialog (its code is fetched first if needed). */
  showPreferences(): Promise<void>;
  reset(): void;
}

declare global {
  interface Window {
    /** Functions to run with the consent state on every page load and after every change (see `drainQueue`). */
    suostumusQueue?: { push(...callbacks: ConsentCallback[]): number } | ConsentCallback[];
  }
}

export interface StartOptions {
  /** Fetches the UI chunk. */
  loadUI: () => Promise<UIModule>;
  /** Fetches the notice chunk; called only on a page with a <suostumus-notice>. */
  loadNotice?: () => Promise<NoticeModule>;
  /** Fetches the embed chunk; called only on a page with a <suostumus-embed> or an <iframe data-category data-src>. */
  loadEmbed?: () => Promise<EmbedModule>;
  /**
   * Fetches the words for a decision that could not be stored (the script tag: the config-check chunk;
   * npm: `() => import('suostumus')`), called only when that happens. Without it, a one-line warning.
   */
  loadMessages?: () => Promise<{ describeStorageProblem: typeof import('../core/storage-messages.js').describeStorageProblem }>;
}

export interface Started {
  store: ConsentStore;
  api: SuostumusGlobal;
}

/** The tags the loader registers itself: the settings button must appear before any chunk is fetched. */
export const elements = { 'suostumus-settings-button': SuostumusSettingsButton } satisfies Elements;

/** A function a site pushes to `window.suostumusQueue`: called with the state on every page load and after every change. */
export type ConsentCallback = (state: ConsentState) => void;

/**
 * `window.suostumusQueue`: functions the site's code pushed before suostumus started (or at any time)
 * run with the current state now and after every change (`onConsent`). From now on, a push runs at once.
 * Whichever runs first — the site's code or suostumus, `defer`, `async` or a module — the result is the same.
 */
function drainQueue(store: ConsentStore): void {
  const queued: unknown = window.suostumusQueue;
  const push = (...callbacks: unknown[]): number => {
    for (const callback of callbacks) {
      if (typeof callback === 'function') onConsent(store, callback as ConsentCallback);
      else console.error('suostumus: window.suostumusQueue takes functions, such as suostumusQueue.push((state) => { … })');
    }
    return callbacks.length;
  };
  if (Array.isArray(queued)) push(...(queued as unknown[]));
  window.suostumusQueue = { push };
}

/** Says that a chunk of `what` could not be fetched. */
function loadFailed(what: string): (error: unknown) => void {
  return (error) => { console.error(`suostumus: could not load ${what} (${error instanceof Error ? error.message : String(error)})`); };
}

/** Starts once per page: a second call (React's StrictMode runs effects twice) warns and returns the first. */
export function startSuostumus(config: SuostumusConfig, options: StartOptions): Started {
  const context = pageContext();
  const running = context.started as Started | undefined;
  if (running) {
    console.warn('suostumus: already started on this page; the running instance is used.');
    return running;
  }
  const started = start(config, options);
  context.started = started;
  return started;
}

function start(config: SuostumusConfig, options: StartOptions): Started {
  const store = createConsent(config, options.loadMessages ? {
    reportStorageProblem: (problem) => {
      options.loadMessages?.().then(({ describeStorageProblem }) => {
        const { message, ownerCanFix } = describeStorageProblem(problem, config, location.hostname);
        // A site mistake is an error; cookies the visitor's browser blocks are only worth a warning.
        if (ownerCanFix) console.error(message);
        else console.warn(message);
      }).catch(() => { console.warn(`suostumus: the consent cookie could not be stored (${problem}).`); });
    },
  } : {});
  setDefaultStore(store);
  if (config.google) {
    startGoogle(store, config.google, { window, document, cookies: browserCookies, hostname: location.hostname });
  }
  startScriptGate(store, document);
  // Every open document follows the stored choice: back/forward cache, other tabs, sibling subdomains.
  followStoredChoice(store, { window, document });

  register(elements);
  if (config.ui.settingsButton !== 'hidden' && !document.querySelector('suostumus-settings-button')) {
    const button = document.createElement('suostumus-settings-button');
    button.position = config.ui.settingsButton;
    applyTheme(button, config.theme);
    document.body.append(button);
    // The button that lets a visitor withdraw must outlive a swapped body (Turbo, htmx, frameworks).
    keepInBody(document, () => [button]);
  }

  let ui: Promise<ConsentUI> | undefined;
  const reported = new WeakSet();
  const loadUI = (): Promise<ConsentUI> => {
    ui ??= options.loadUI().then((module) => module.mountUI(store)).catch((error: unknown) => {
      ui = undefined;
      console.error(`suostumus: could not load the consent dialog (${error instanceof Error ? error.message : String(error)})`);
      if (error instanceof Object) reported.add(error);
      throw error;
    });
    return ui;
  };
  const showPreferences = async (opener?: HTMLElement): Promise<void> => {
    await (await loadUI()).showPreferences(opener);
  };

  // Settings buttons, footer links and the banner's Settings all come here; the dialog's code is fetched first.
  pageContext().openSettings = (opener?: HTMLElement): void => {
    showPreferences(opener).catch((error: unknown) => {
      // A failure to open the settings is always said (a failed fetch was said already), never swallowed.
      if (!(error instanceof Object && reported.has(error))) console.error('suostumus: could not open the cookie settings', error);
    });
  };
  listenForOpenRequests(document);
  if (!config.categories.some((c) => !c.required)) {
    console.info('suostumus: the config offers nothing optional (no Google, no categories of its own), so there is nothing to ask and no banner is shown.');
  }
  // Asked again later in the page (reset() or a revision from the API): bring the banner.
  store.subscribe((state) => { if (state.prompt) loadUI().catch(() => undefined); });
  if (store.get().prompt) loadUI().catch(() => undefined);
  // The privacy notice's code, only where a page shows one.
  if (options.loadNotice && document.querySelector('suostumus-notice') && !customElements.get('suostumus-notice')) {
    options.loadNotice().then((module) => { module.defineNotice(); }).catch(loadFailed('the privacy notice'));
  }

  // Embedded content (videos, maps), only where a page has some.
  if (options.loadEmbed && document.querySelector(EMBED_SELECTOR)) {
    options.loadEmbed().then((module) => { module.startEmbeds(store); }).catch(loadFailed('the embedded content'));
  }

  drainQueue(store);

  const api: SuostumusGlobal = Object.freeze({
    get: () => store.get(),
    acceptAll: () => store.acceptAll('api'),
    rejectAll: () => store.rejectAll('api'),
    set: (choices: Record<string, boolean>) => store.set(choices, 'api'),
    showPreferences: () => showPreferences(),
    reset: () => { store.reset(); },
  });
  return { store, api };
}
