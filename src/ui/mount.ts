// Puts the consent UI on a page for a store: the banner (shown while undecided), the settings dialog and
// the persistent settings button. Used by the script-tag bundle (through mountUI); npm users call it
// themselves after `import 'suostumus/define'`.

import type { ConsentStore } from '../core/consent.js';
import { pageContext, setDefaultStore } from '../page/context.js';
import { listenForOpenRequests } from '../page/events.js';
import { keepInBody } from '../page/keep.js';
import { applyTheme } from '../page/theme.js';

export interface ConsentUI {
  /** Opens the settings dialog (its code may have to be fetched first). */
  showPreferences(opener?: HTMLElement): Promise<void>;
  /** Removes what `startConsentUI` added, and its way of opening the settings. */
  stop(): void;
}

export interface ConsentUIOptions {
  /** Registers `<suostumus-preferences>` before the dialog first opens (default: it is registered already). */
  loadPreferences?: () => Promise<void>;
}

/**
 * Adds the banner, the dialog and (unless `ui.settingsButton` is `"hidden"`) the settings button to
 * `root`'s body where they are not there already, makes `store` the page's store, and answers
 * `suostumus-open-preferences` events and `[data-suostumus-open]` clicks with the dialog (unless the page
 * already has a way to open it, as with the script tag). Elements must be registered.
 */
export function startConsentUI(store: ConsentStore, root: Document = document, options: ConsentUIOptions = {}): ConsentUI {
  setDefaultStore(store);
  const added: Element[] = [];
  const body = root.body;

  function ensure<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
    const existing = root.querySelector(tag);
    if (existing) return existing;
    const element = root.createElement(tag);
    body.append(element);
    added.push(element);
    return element;
  }

  const { ui, theme } = store.config;
  const banner = ensure('suostumus-banner');
  const preferences = ensure('suostumus-preferences');
  const elements: HTMLElement[] = [banner, preferences];
  if (ui.settingsButton !== 'hidden') {
    const button = ensure('suostumus-settings-button');
    button.position = ui.settingsButton;
    elements.push(button);
  }
  for (const element of elements) applyTheme(element, theme);
  // A page that swaps its body (Turbo, htmx, a framework) keeps its banner, dialog and button.
  const stopKeeping = keepInBody(root, () => added);

  const show = async (opener?: HTMLElement): Promise<void> => {
    await options.loadPreferences?.();
    await preferences.show(opener);
  };
  const open = (opener?: HTMLElement): void => {
    show(opener).catch((error: unknown) => { console.error('suostumus: could not open the cookie settings', error); });
  };
  const context = pageContext();
  // The script tag's loader opens the settings itself (it fetches this code first); npm pages use this.
  context.openSettings ??= open;
  listenForOpenRequests(root);

  return {
    showPreferences: show,
    stop() {
      stopKeeping();
      if (context.openSettings === open) context.openSettings = undefined;
      for (const element of added) element.remove();
    },
  };
}
