// The consent store: the visitor's state and its transitions. One store per config; no globals.
//
//   undecided ──acceptAll / rejectAll / set──▶ decided ──(any of them again)──▶ decided
//       ▲                                         │
//       └──── reset, revision bump, expiry ◀──────┘
//
// Order on every decision: write the cookie, then update the state, then notify (effects run in the
// listeners). A crash between decision and reload therefore never leaves an effect without its record.

import { settleDependencies } from './dependencies.js';
import { browserEnvironment } from './environment.js';
import type { ConsentEnvironment } from './environment.js';
import { resolveLanguage } from './language.js';
import { readRecord, removeRecord, staleReason, writeRecord } from './storage.js';
import type { StorageProblem } from './storage.js';
import { textsHash } from './texts-hash.js';
import { CONSENT_SOURCES } from './types.js';
import type {
  ConsentRecord, ConsentSource, ConsentState, Language, PromptReason, SuostumusConfig,
} from './types.js';

export const CHANGE_EVENT = 'suostumus-change';


export type ConsentListener = (state: ConsentState, previous: ConsentState) => void;

export interface ConsentStore {
  readonly config: SuostumusConfig;
  get(): ConsentState;
  /** True when `category` is granted now. Unknown categories are never granted. */
  isGranted(category: string): boolean;
  acceptAll(source?: ConsentSource): ConsentRecord;
  rejectAll(source?: ConsentSource): ConsentRecord;
  /** Grants or refuses the named categories; the others keep their current value. */
  set(choices: Record<string, boolean>, source?: ConsentSource): ConsentRecord;
  /** Forgets the decision: the cookie is removed and the visitor is asked again. */
  reset(): void;
  /**
   * Reads the stored choice again and follows it if another document changed it (another tab, a page
   * restored from the back/forward cache, a sibling subdomain): listeners run and `suostumus-change` fires,
   * nothing is written or sent. Returns true when the state changed. A page view whose own choice could
   * not be stored (cookies refused) keeps it. See `followStoredChoice` for when it is called.
   */
  refresh(): boolean;
  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: ConsentListener): () => void;
  /** The language the record stores; the UI sets it when the visitor switches. */
  setLanguage(language: Language): void;
  /** True when the last record could not be stored (cookies blocked): the choice holds for this page view. */
  readonly storageFailed: boolean;
}

declare global {
  // On document (DocumentEventMap extends this), and on window, where it bubbles to.
  interface GlobalEventHandlersEventMap {
    'suostumus-change': CustomEvent<ConsentRecord | null>;
  }
}

/** The same stored decision: a new decision always has a new timestamp, and the id names the visitor. */
function sameDecision(a: ConsentRecord | null, b: ConsentRecord | null): boolean {
  if (!a || !b) return a === b;
  return a.id === b.id && a.timestamp === b.timestamp && a.revision === b.revision && a.source === b.source
    && Object.keys(a.categories).length === Object.keys(b.categories).length
    && Object.entries(a.categories).every(([id, granted]) => b.categories[id] === granted);
}

export function createConsent(config: SuostumusConfig, environment: Partial<ConsentEnvironment> = {}): ConsentStore {
  const env = browserEnvironment(environment);
  const listeners = new Set<ConsentListener>();
  // With nothing optional offered there is nothing to ask: no banner (the loader says so in the console).
  const asks = config.categories.some((c) => !c.required);
  let language: Language = resolveLanguage(config, env.document);
  let storageFailed = false;
  let reported = false;
  let state = initialState();

  /** True when the record could not be kept; the first time, the site owner is told why (issue 14 §5). */
  function failed(problem: StorageProblem | undefined): boolean {
    if (problem && !reported) {
      reported = true;
      env.reportStorageProblem(problem);
    }
    return problem !== undefined;
  }

  function allCategories(granted: boolean): Record<string, boolean> {
    return Object.fromEntries(config.categories.map((c) => [c.id, c.required || granted]));
  }

  function undecided(reason: PromptReason): ConsentState {
    return { status: 'undecided', record: null, categories: allCategories(false), gpc: false, prompt: asks, reason };
  }

  function decided(record: ConsentRecord, prompt = false): ConsentState {
    return {
      status: 'decided', record, categories: { ...record.categories }, gpc: record.source === 'gpc', prompt, reason: null,
    };
  }

  function initialState(): ConsentState {
    const record = readRecord(env, config);
    let reason: PromptReason = 'first-visit';
    if (record) {
      const stale = staleReason(record, config, env.now());
      if (!stale) return decided(record);
      reason = stale;
    }
    if (config.respectGpc && env.globalPrivacyControl) {
      // GPC is a refusal, never consent. It is recorded like any refusal, and the banner still shows once
      // in this page view so the visitor learns why optional cookies are off and can opt in.
      const gpcRecord = makeRecord(allCategories(false), 'gpc', record?.id);
      storageFailed = failed(writeRecord(env, config, gpcRecord));
      return decided(gpcRecord, asks);
    }
    return undecided(reason);
  }

  function makeRecord(categories: Record<string, boolean>, source: ConsentSource, id?: string): ConsentRecord {
    return {
      id: id ?? env.randomId(),
      revision: config.revision,
      timestamp: env.now().toISOString(),
      categories,
      source,
      language,
    };
  }

  /** The decision stored now, which another tab may have written since this page loaded. */
  function latest(): ConsentRecord | null {
    const stored = readRecord(env, config);
    return stored && !staleReason(stored, config, env.now()) ? stored : state.record;
  }

  function decide(categories: Record<string, boolean>, source: ConsentSource): ConsentRecord {
    if (!CONSENT_SOURCES.includes(source)) throw new TypeError(`suostumus: unknown source "${source}"`);
    const record = makeRecord(categories, source, latest()?.id);
    storageFailed = failed(writeRecord(env, config, record));
    commit(decided(record));
    sendProof(record);
    return record;
  }

  function commit(next: ConsentState): void {
    const previous = state;
    state = next;
    for (const listener of [...listeners]) {
      try {
        listener(state, previous);
      } catch (error) {
        // One failing listener must not stop the others (Google, gated scripts, the UI).
        console.error(error);
      }
    }
    env.document?.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: state.record, bubbles: true, composed: true }));
  }

  function sendProof(record: ConsentRecord): void {
    const endpoint = config.record.endpoint;
    if (!endpoint) return;
    // The record, the page path and the fingerprint of the texts shown (texts-hash.ts); no IP, no user
    // agent, nothing that identifies the visitor further.
    const body = JSON.stringify({ ...record, page: env.location.pathname, textsHash: textsHash(config, record.language) });
    try {
      env.send(endpoint, body);
    } catch {
      // Best effort only.
    }
  }

  const store: ConsentStore = {
    config,
    get: () => state,
    isGranted: (category) => Object.prototype.hasOwnProperty.call(state.categories, category) && state.categories[category] === true,
    acceptAll: (source = 'api') => decide(allCategories(true), source),
    rejectAll: (source = 'api') => decide(allCategories(false), source),
    set(choices, source = 'api') {
      if (typeof choices !== 'object' || (choices as unknown) === null) throw new TypeError('suostumus: set() expects an object such as { analytics: true }');
      const known = new Set(config.categories.map((c) => c.id));
      // Build on the latest stored decision, so two tabs never write a mix of old and new choices.
      const next = { ...(latest()?.categories ?? state.categories) };
      for (const [id, value] of Object.entries(choices)) {
        if (!known.has(id)) throw new TypeError(`suostumus: set(): unknown category "${id}"; expected one of ${[...known].join(', ')}`);
        if (typeof value !== 'boolean') throw new TypeError(`suostumus: set(): ${id}: expected true or false, got ${typeof value}`);
        const category = config.categories.find((c) => c.id === id);
        next[id] = (category?.required ?? false) || value;
      }
      settleDependencies(next, choices, known);
      return decide(next, source);
    },
    reset() {
      removeRecord(env, config);
      commit(undecided('first-visit'));
    },
    refresh() {
      if (storageFailed) return false;
      const stored = readRecord(env, config);
      const stale = stored ? staleReason(stored, config, env.now()) : null;
      const current = stored && !stale ? stored : null;
      if (sameDecision(current, state.record)) return false;
      commit(current ? decided(current) : undecided(stale ?? 'first-visit'));
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLanguage(next) {
      language = next;
    },
    get storageFailed() {
      return storageFailed;
    },
  };
  return store;
}

/**
 * Runs `callback` with the current state now, and again after every change (a decision here, or one
 * followed from another tab). The one way for a site's code to act on consent on every page load, not
 * only on the page where the visitor clicked. Returns the function that stops it. A throwing callback is
 * logged and the others still run.
 */
export function onConsent(store: ConsentStore, callback: (state: ConsentState) => void): () => void {
  const run = (state: ConsentState): void => {
    try {
      callback(state);
    } catch (error) {
      console.error(error);
    }
  };
  run(store.get());
  return store.subscribe(run);
}
