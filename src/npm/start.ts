// `startSuostumus` of the npm package: the script tag's start (src/loader/start.ts) behind a door that
// never throws. It takes the config as a site writes it, refuses a wrong one as the script tag does —
// every problem in the console, nothing that needs consent started, the page left working — and fetches
// the banner, the dialog, the notice and each language's texts through dynamic `import()`, so the app's
// bundler makes them lazy chunks: on first load an app carries about what the script-tag loader does.
import type { ConsentStore } from '../core/consent.js';
import { onConsent } from '../core/consent.js';
import type { CategoryId, SuostumusConfigInput } from '../core/config-input.js';
import { acceptConfig } from '../core/config-walk.js';
import type { ConsentRecord, ConsentState } from '../core/types.js';
import type { Problem } from '../core/validate.js';
import { startSuostumus as startOnPage } from '../loader/start.js';
import type { StartOptions } from '../loader/start.js';
import type { EmbedModule } from '../embed/lazy.js';
import type { NoticeModule } from '../notice/lazy.js';
import type { UIModule } from '../ui/lazy.js';

/** `safeParseConfig` with its wording, fetched only to explain a refused config or a choice not stored. */
type CheckModule = typeof import('./check.js');

const loadCheck = (): Promise<CheckModule> => import('./check.js');
const loadUI = (): Promise<UIModule> => import('../ui/lazy.js');
const loadNotice = (): Promise<NoticeModule> => import('../notice/lazy.js');
const loadEmbed = (): Promise<EmbedModule> => import('../embed/lazy.js');

/** The API of a started page; `Id` is the site's own category ids where TypeScript knows them (`defineConfig`). */
export interface SuostumusApi<Id extends string = string> {
  /** The current state: status, record, categories, gpc, prompt. */
  get(): ConsentState<CategoryId<Id>>;
  acceptAll(): ConsentRecord<CategoryId<Id>>;
  rejectAll(): ConsentRecord<CategoryId<Id>>;
  /** Grants or refuses the named categories; the others keep their current value. */
  set(choices: Partial<Record<CategoryId<Id>, boolean>>): ConsentRecord<CategoryId<Id>>;
  /** Opens the settings dialog (its code is fetched first if needed). */
  showPreferences(): Promise<void>;
  /** Forgets the decision: the cookie is removed and the visitor is asked again. */
  reset(): void;
  /** Calls `callback` with the state now and after every change (here or in another tab); returns the function that stops it. */
  onConsent(callback: (state: ConsentState<CategoryId<Id>>) => void): () => void;
}

/**
 * What `startSuostumus` returns. `ok: true`: started (`store` is the headless store, `api` the same calls
 * as the script tag's `window.suostumus`). `ok: false`: nothing that needs consent was started and every
 * problem was logged; `errors` resolves to them (each with its path and message) once they are worded.
 */
export type SuostumusHandle<Id extends string = string> =
  | { ok: true; store: ConsentStore; api: SuostumusApi<Id> }
  | { ok: false; store: undefined; api: undefined; errors: Promise<readonly Problem[]> };

/**
 * Where the code of each part comes from. By default the package's own chunks, through dynamic
 * `import()`; give your own only to serve them from elsewhere.
 */
export type StartSuostumusOptions = Partial<StartOptions>;

const failed = (errors: Promise<readonly Problem[]>) => ({ ok: false, store: undefined, api: undefined, errors }) as const;

/**
 * Starts suostumus on this page: the consent store, Google, the script gate and the settings button at
 * once; the banner and the dialog (with Lit and the texts) when they are needed; `<suostumus-notice>` is
 * defined when one is on the page, now or later. Once per page: a second call (React's StrictMode runs
 * effects twice) warns and returns the running instance.
 *
 * Never throws. A wrong config (or no browser page: server-side rendering) is said in the console, fails
 * closed — no Google, no gated script — and returns `{ ok: false, errors }`. `parseConfig` is there for
 * those who want an exception instead.
 */
export function startSuostumus<const Id extends string = never>(config: SuostumusConfigInput<Id>, options: StartSuostumusOptions = {}): SuostumusHandle<Id> {
  try {
    if (typeof document === 'undefined') {
      // Server-side rendering: nothing to start; the browser's call starts it.
      return failed(Promise.resolve([{ path: '(start)', message: 'startSuostumus runs in the browser; on the server nothing is started' }]));
    }
    const accepted = acceptConfig(config);
    if (!accepted) return failed(explain(config));
    const { store, api } = startOnPage(accepted, {
      loadUI: options.loadUI ?? loadUI,
      loadEmbed: options.loadEmbed ?? loadEmbed,
      loadMessages: options.loadMessages ?? loadCheck,
    });
    defineNoticeWhenPresent(options.loadNotice ?? loadNotice);
    return {
      ok: true,
      store,
      api: Object.freeze({ ...api, onConsent: (callback: (state: ConsentState) => void) => onConsent(store, callback) }) as SuostumusApi<Id>,
    };
  } catch (error) {
    const message = `could not start (${error instanceof Error ? error.message : String(error)}); nothing that needs consent was started`;
    console.error(`suostumus: ${message}.`);
    return failed(Promise.resolve([{ path: '(start)', message }]));
  }
}

/** Logs every problem of a refused config, as the script tag does (the wording is fetched first). */
async function explain(input: unknown): Promise<readonly Problem[]> {
  try {
    const { safeParseConfig, logConfigProblems } = await loadCheck();
    const parsed = safeParseConfig(input);
    const errors = parsed.ok ? [] : parsed.errors;
    logConfigProblems(errors);
    return errors;
  } catch (error) {
    const message = `invalid config, nothing that needs consent was started (its problems could not be worded: ${error instanceof Error ? error.message : String(error)})`;
    console.error(`suostumus: ${message}.`);
    return [{ path: '(config)', message }];
  }
}

/**
 * Defines `<suostumus-notice>` once one is on the page: at once, or when a framework renders it later
 * (a route change). Its code is fetched only then, as with the script tag.
 */
function defineNoticeWhenPresent(load: () => Promise<NoticeModule>): void {
  const notices = document.getElementsByTagName('suostumus-notice');
  const define = (): void => {
    if (customElements.get('suostumus-notice')) return;
    load().then((module) => { module.defineNotice(); }).catch((error: unknown) => {
      console.error(`suostumus: could not load the privacy notice (${error instanceof Error ? error.message : String(error)})`);
    });
  };
  if (notices.length > 0) {
    define();
    return;
  }
  const observer = new MutationObserver(() => {
    if (notices.length === 0) return;
    observer.disconnect();
    define();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
