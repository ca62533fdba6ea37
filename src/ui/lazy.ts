// Entry of the lazily loaded UI chunk (dist/suostumus-ui.js): the banner, in plain DOM. The loader
// imports it only when the visitor has to be asked or opens the settings. The texts of the visitor's
// language come as a chunk of their own; the settings dialog (Lit) only when it is opened.
import { bannerTexts } from '../../locales/ui-texts.js';
import type { ConsentStore } from '../core/consent.js';
import { resolveLanguage } from '../core/language.js';
import { SuostumusBanner } from './banner/banner.js';
import { startConsentUI } from './mount.js';
import type { ConsentUI } from './mount.js';
import { chosenLanguage } from './page-events.js';

async function definePreferences(): Promise<void> {
  const { SuostumusPreferences } = await import('./preferences/preferences.js');
  if (!customElements.get('suostumus-preferences')) customElements.define('suostumus-preferences', SuostumusPreferences);
}

/** Defines the banner, fetches its texts in the page's language, and puts the UI on the page. */
export async function mountUI(store: ConsentStore): Promise<ConsentUI> {
  await bannerTexts.load(chosenLanguage() ?? resolveLanguage({ language: store.config.language }, document));
  if (!customElements.get('suostumus-banner')) customElements.define('suostumus-banner', SuostumusBanner);
  // The loader already listens for settings clicks; it forwards them once the UI is here.
  const ui = startConsentUI(store, document, { listen: false });
  return {
    async showPreferences(opener?: HTMLElement): Promise<void> {
      await definePreferences();
      await ui.showPreferences(opener);
    },
    stop: () => { ui.stop(); },
  };
}

export type UIModule = typeof import('./lazy.js');
