// Script-tag entry (dist/suostumus.js): reads the site's config from the page, registers the elements
// and starts consent. Works in <head> or <body>, with defer, async or neither, before or after
// DOMContentLoaded. Fails closed: with a broken config nothing gated runs and Google is not loaded,
// and no exception escapes to the page.

import { DEFAULT_COOKIE_NAME } from '../core/config-rules.js';
import { acceptConfig } from '../core/config-walk.js';
import { browserCookies } from '../core/environment.js';
import { toLanguage } from '../core/language.js';
import type { GoogleWindow } from '../core/google.js';
import type { CheckModule, LoaderFacts } from '../check/index.js';
import { CHECK_FILE, CONFIG_CHECK_FILE, EMBED_FILE, LOADER_FILE, NOTICE_FILE, textsFile, UI_FILE, UI_IMPORTS } from '../delivery.js';
import type { EmbedModule } from '../embed/lazy.js';
import type { NoticeModule } from '../notice/lazy.js';
import { pageContext, pageLanguage } from '../page/context.js';
import { EMBEDS_NEEDED } from '../page/embeds.js';
import type { UIModule } from '../ui/lazy.js';
import { startSuostumus } from './start.js';
import type { SuostumusGlobal } from './start.js';

export type { SuostumusGlobal } from './start.js';

/** parseConfig with its messages: fetched only to explain a config the loader refused. */
type ConfigCheckModule = typeof import('../core/config.js');

declare global {
  interface Window extends GoogleWindow {
    suostumus?: SuostumusGlobal;
    /** Set by the development server, where the bundle is imported as a module. */
    __suostumusScript?: HTMLScriptElement | null;
  }
}

/**
 * Host names of a site being built, where the check chunk shows its panel (with `data-debug`, any
 * host): localhost, 127.0.0.1, and the names reserved for testing and local networks (RFC 2606, RFC 6762).
 */
const DEBUG_HOST = /^(localhost|127\.0\.0\.1)$|\.(localhost|local|test)$/;

/**
 * The config as written: the JSON of `data-config`'s URL or of the inline config element, undefined
 * when there is neither. Throws what went wrong (a SyntaxError, a failed fetch, the Response of an
 * HTTP error); the check chunk words it.
 */
async function readConfig(facts: LoaderFacts): Promise<unknown> {
  const url = facts.url = facts.script?.dataset.config ?? document.querySelector<HTMLScriptElement>('script[data-config]')?.dataset.config;
  const text = url
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the check chunk reads the status off the Response
    ? await fetch(url, { credentials: 'same-origin' }).then((response) => (response.ok ? response.text() : Promise.reject(response)))
    : document.getElementById('suostumus-config')?.textContent;
  return text === undefined ? text : JSON.parse(text);
}

/** Resolves in a task of its own, so that the browser may render and handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => { setTimeout(resolve, 0); });
}

async function main(facts: LoaderFacts): Promise<void> {
  const { script } = facts;
  // Chunks are beside this script (a site may serve suostumus from any folder); an inline copy has no
  // src, and then the page's URL is the base.
  const base = script && script.src !== '' ? script.src : document.baseURI;
  /** Fetches the check chunk (src/check) to say what is wrong, or, on a development host, to look. */
  let unchecked = false;
  const check = (more?: Partial<LoaderFacts>): void => {
    const url = new URL(CHECK_FILE, base);
    (import(/* @vite-ignore */ url.href) as Promise<CheckModule>).then((module) => { module.checkPage({ ...facts, ...more }); }, () => {
      // Said once: every chunk that failed asks for the check, and the check chunk fails alike.
      if (unchecked) return;
      unchecked = true;
      // Without the check chunk there are no words but these (the other chunks cannot be there either).
      const message = `suostumus: ${url.href} could not be loaded: copy every suostumus*.js file beside ${LOADER_FILE}${url.origin === location.origin ? '' : ' and serve them with the header Access-Control-Allow-Origin'}.`;
      console.error(message);
      if (facts.debug) document.body.prepend(Object.assign(document.createElement('p'), { role: 'alert', textContent: message }));
    });
  };
  /** A chunk beside this script; a failed fetch is said by the check chunk (which files to copy). */
  const chunk = <T>(file: string) => () => (import(/* @vite-ignore */ new URL(file, base).href) as Promise<T>)
    .catch((error: unknown) => { check({ failed: file }); throw error; });
  /**
   * The banner's chunk, the chunks it imports and its texts, side by side: the banner waits for one
   * round trip after the loader, not two. `configured`: the config's language, when known.
   */
  const uiFiles = (configured?: unknown): string[] => [UI_FILE, textsFile('banner', pageLanguage(document, undefined, toLanguage(configured as string))), ...UI_IMPORTS];
  // A first visit, guessed before anything else runs: the inline config is there and no cookie of its
  // name. The banner's files are then asked for now, so that their round trip overlaps checking the config
  // and starting consent (issue 15: about 100 ms of script on a slow phone). `loadUI` asks for the same
  // URLs when the banner is due and gets these modules; a wrong guess costs bytes, never a decision, and a
  // returning visitor (a cookie of the config's name) never pays for it. The requests go out in a task of
  // their own: a page's first import() sets up the browser's module loader, which at 4× CPU throttling
  // made the task that runs this script (with the browser's own end-of-parsing work) a long one.
  try {
    const early = JSON.parse(document.getElementById('suostumus-config')?.textContent ?? 'null') as { cookie?: { name?: unknown }; language?: unknown } | null;
    const name = early?.cookie?.name;
    if (early && browserCookies.getAll(typeof name === 'string' ? name : DEFAULT_COOKIE_NAME).length === 0) {
      setTimeout(() => {
        for (const file of uiFiles(early.language)) import(/* @vite-ignore */ new URL(file, base).href).catch(() => undefined);
      });
    }
  } catch {
    // Not JSON: the config is read and explained below. (A failed early fetch is said when the banner is due.)
  }
  try {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    // A task of its own: the browser's work on the page and ours never add up to one long task (> 50 ms)
    // on a slow phone. Nothing is granted meanwhile; Google and gated scripts wait for the decision.
    await nextTask();
    // Google's own snippet, before suostumus could load anything from Google itself.
    facts.google = !!document.querySelector('script[src*="googletagmanager.com/"]');
    const input = facts.input = await readConfig(facts);
    const config = facts.config = acceptConfig(input === undefined ? {} : input, !!document.querySelector(EMBEDS_NEEDED));
    if (config) {
      // Checking the config and starting consent together took 60–90 ms of a 4× slowed CPU: two tasks.
      await nextTask();
      window.suostumus = startSuostumus(config, {
        loadUI: () => {
          const [ui, ...others] = uiFiles(config.language);
          for (const file of others) chunk(file)().catch(() => undefined);
          return chunk<UIModule>(ui ?? UI_FILE)();
        },
        loadNotice: chunk<NoticeModule>(NOTICE_FILE),
        loadEmbed: chunk<EmbedModule>(EMBED_FILE),
        loadMessages: chunk<ConfigCheckModule>(CONFIG_CHECK_FILE),
      }).api;
    }
  } catch (error) {
    // Fail closed: start nothing, let nothing escape to the page; the check chunk says what is wrong.
    facts.error = error;
  }
  if (facts.debug || !facts.config || facts.google || facts.input === undefined) check();
}

const context = pageContext();
if (context.loaded) {
  console.warn('suostumus: the script is loaded twice on this page; the second copy does nothing.');
} else {
  context.loaded = true;
  // currentScript exists only while a classic script first runs; loaded as a module (type="module") it is
  // null, and the script is found by its file name, so that chunks are fetched beside it, not the page.
  const script = (document.currentScript as HTMLScriptElement | null) ?? window.__suostumusScript
    ?? document.querySelector<HTMLScriptElement>(`script[src*="${LOADER_FILE}"]`);
  void main({ script, debug: !!script?.hasAttribute('data-debug') || DEBUG_HOST.test(location.hostname) });
}
