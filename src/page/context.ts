// The page context: the one object every part of suostumus on a page shares — the consent store, the
// visitor's language choice, the text tables and the way to open the settings. The script-tag loader
// is a classic script and the chunks it fetches are ES modules, so they do not share module state: the
// context lives on `globalThis` under one registered symbol, the only global suostumus keeps.
import type { ConsentStore } from '../core/consent.js';
import { resolveLanguage } from '../core/language.js';
import type { Language } from '../core/types.js';
import type { TextTables } from './texts.js';

export interface PageContext {
  /** The page's consent store, for elements that were not handed one. */
  store?: ConsentStore;
  /** The language the visitor picked in the banner or the dialog; it wins over every default. */
  chosenLanguage?: Language;
  /** Opens the settings dialog (fetching its code first where needed); set by whoever put the UI on the page. */
  openSettings?: (opener?: HTMLElement) => void;
  /** True once `[data-suostumus-open]` clicks and open requests are listened for (one listener a page). */
  listening?: boolean;
  /** True once the script-tag loader ran: a second copy of the script does nothing. */
  loaded?: boolean;
  /** What `startSuostumus` started: a second start returns it. */
  started?: unknown;
  /** The text tables (src/page/texts.ts), so that every chunk finds the texts another already fetched. */
  texts?: TextTables;
}

const KEY = Symbol.for('suostumus');

/** This page's context, created on first use. */
export function pageContext(): PageContext {
  const holder = globalThis as unknown as Record<typeof KEY, PageContext | undefined>;
  return (holder[KEY] ??= {});
}

/** The page's default store, or `undefined` before suostumus started. */
export function getDefaultStore(): ConsentStore | undefined {
  return pageContext().store;
}

/** Makes `store` the page's default store (`undefined` clears it). */
export function setDefaultStore(store: ConsentStore | undefined): void {
  pageContext().store = store;
}

/**
 * The language rule, for every element and the loader alike: the language of `element` (by default the
 * page), which may have a `forced` language of its own and a `store` other than the page's. First match wins:
 * 1. the element's own `language` (attribute or property), a choice the site made for that element;
 * 2. the visitor's choice in the banner or dialog — it must win over the site's default, or the switch
 *    would do nothing on a site that sets `language`;
 * 3. the config's `language`; 4. the nearest `lang` attribute; 5. the browser's languages; 6. Finnish
 *    (3–6: `resolveLanguage` in src/core/language.ts).
 */
export function pageLanguage(element: Element | Document = document, forced?: Language, store?: ConsentStore): Language {
  const context = pageContext();
  return forced ?? context.chosenLanguage ?? resolveLanguage({ language: (store ?? context.store)?.config.language }, element);
}
