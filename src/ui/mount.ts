// Puts the consent UI on a page for a store: the banner (shown while undecided), the settings dialog,
// the persistent settings button, and `[data-suostumus-open]` links. Used by the script-tag bundle;
// npm users call it themselves after `import 'suostumus/define'`.

import type { ConsentStore } from '../core/consent.js';
import type { SuostumusPreferences } from './preferences/preferences.js';
import { OPEN_PREFERENCES_EVENT } from './page-events.js';
import { setDefaultStore } from './store-registry.js';
import { applyTheme } from './theme.js';

export interface ConsentUI {
  /** Opens the settings dialog (its code may have to be fetched first). */
  showPreferences(opener?: HTMLElement): Promise<void>;
  /** Removes what `startConsentUI` added and its listeners. */
  stop(): void;
}

export interface ConsentUIOptions {
  /** Listen for `suostumus-open-preferences` and `[data-suostumus-open]` clicks (default true). */
  listen?: boolean;
}

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
  const elements: HTMLElement[] = [ensure('suostumus-banner'), ensure('suostumus-preferences')];
  const preferences: SuostumusPreferences = elements[1] as SuostumusPreferences;
  if (ui.settingsButton !== 'hidden') {
    const button = ensure('suostumus-settings-button');
    button.position = ui.settingsButton;
    elements.push(button);
  }
  for (const element of elements) applyTheme(element, theme);

  const show = (opener?: HTMLElement): Promise<void> => preferences.show(opener);
  const onOpen = (event: Event): void => {
    const detail = (event as CustomEvent<{ opener?: HTMLElement } | undefined>).detail;
    void show(detail?.opener);
  };
  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-suostumus-open]') : null;
    if (!target) return;
    event.preventDefault();
    void show(target);
  };
  const listen = options.listen ?? true;
  if (listen) {
    root.addEventListener(OPEN_PREFERENCES_EVENT, onOpen);
    root.addEventListener('click', onClick);
  }

  return {
    showPreferences: show,
    stop() {
      if (listen) {
        root.removeEventListener(OPEN_PREFERENCES_EVENT, onOpen);
        root.removeEventListener('click', onClick);
      }
      for (const element of added) element.remove();
    },
  };
}
