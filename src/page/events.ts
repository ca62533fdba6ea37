// Names of the events the parts of the UI exchange, and the page's one listener for requests to open
// the settings. Kept apart from the elements so that importing a name never pulls in an element.
import type { ConsentStore } from '../core/consent.js';
import type { Language } from '../core/types.js';
import { pageContext } from './context.js';
import type { TextTable } from './texts.js';

/** Dispatched (bubbling, composed) to ask for the settings dialog; `detail.opener` gets focus back. */
export const OPEN_PREFERENCES_EVENT = 'suostumus-open-preferences';
/** Dispatched on `document` when the visitor switches language in the banner or dialog. */
export const LANGUAGE_EVENT = 'suostumus-language';

/**
 * Listens, once per page, for `suostumus-open-preferences` events and clicks on `[data-suostumus-open]`
 * (a footer link, say), and hands each to `pageContext().openSettings`. Whoever puts the UI on the page
 * sets that; a request before it is set does nothing.
 */
export function listenForOpenRequests(root: Document = document): void {
  const context = pageContext();
  if (context.listening) return;
  context.listening = true;
  root.addEventListener(OPEN_PREFERENCES_EVENT, (event) => { context.openSettings?.(event.detail?.opener); });
  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-suostumus-open]') : null;
    if (!target) return;
    event.preventDefault();
    context.openSettings?.(target);
  });
}

/**
 * The visitor's language switch (banner or dialog): every element follows once the texts of the element
 * the visitor used are here (they may have to be fetched first); other elements fetch theirs as they render.
 */
export async function chooseLanguage(language: Language, store: ConsentStore | undefined, texts: TextTable<unknown>): Promise<void> {
  await texts.load(language);
  pageContext().chosenLanguage = language;
  store?.setLanguage(language);
  document.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: language }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suostumus-open-preferences': CustomEvent<{ opener?: HTMLElement } | undefined>;
  }
}
