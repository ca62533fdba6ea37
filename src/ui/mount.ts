// Puts the consent UI on a page for a store: the banner (shown while undecided), the settings dialog,
// the persistent settings button, and `[data-suostumus-open]` links. Used by the script-tag bundle;
// npm users call it themselves after `import 'suostumus/define'`.

import type { ConsentStore } from '../core/consent.js';
import type { SuostumusPreferences } from './preferences/preferences.js';
import { OPEN_PREFERENCES_EVENT } from './settings-button/settings-button.js';
import { setDefaultStore } from './store-registry.js';

export interface ConsentUI {
  /** Opens the settings dialog. */
  showPreferences(opener?: HTMLElement): void;
  /** Removes what `startConsentUI` added and its listeners. */
  stop(): void;
}

const THEME_PROPERTIES: Record<string, string> = {
  accent: '--suostumus-accent',
  onAccent: '--suostumus-on-accent',
  background: '--suostumus-background',
  text: '--suostumus-text',
  radius: '--suostumus-radius',
  font: '--suostumus-font',
};

export function startConsentUI(store: ConsentStore, root: Document = document): ConsentUI {
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
  // Theme values were validated by parseConfig; custom properties inherit into each element's shadow DOM.
  for (const [key, value] of Object.entries(theme)) {
    const name = THEME_PROPERTIES[key];
    if (name && typeof value === 'string') for (const element of elements) element.style.setProperty(name, value);
  }

  const show = (opener?: HTMLElement): void => { void preferences.show(opener); };
  const onOpen = (event: Event): void => {
    const detail = (event as CustomEvent<{ opener?: HTMLElement } | undefined>).detail;
    show(detail?.opener);
  };
  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-suostumus-open]') : null;
    if (!target) return;
    event.preventDefault();
    show(target);
  };
  root.addEventListener(OPEN_PREFERENCES_EVENT, onOpen);
  root.addEventListener('click', onClick);

  return {
    showPreferences: show,
    stop() {
      root.removeEventListener(OPEN_PREFERENCES_EVENT, onOpen);
      root.removeEventListener('click', onClick);
      for (const element of added) element.remove();
    },
  };
}
