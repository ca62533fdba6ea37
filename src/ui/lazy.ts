// Entry of the lazily loaded UI chunk (dist/suostumus-ui.js): Lit, the banner, the settings dialog and
// the texts. The loader imports it only when the visitor has to be asked or opens the settings.
import type { ConsentStore } from '../core/consent.js';
import { SuostumusBanner } from './banner/banner.js';
import { startConsentUI } from './mount.js';
import type { ConsentUI } from './mount.js';
import { SuostumusPreferences } from './preferences/preferences.js';

export function mountUI(store: ConsentStore): ConsentUI {
  if (!customElements.get('suostumus-banner')) customElements.define('suostumus-banner', SuostumusBanner);
  if (!customElements.get('suostumus-preferences')) customElements.define('suostumus-preferences', SuostumusPreferences);
  // The loader already listens for settings clicks; it forwards them once the UI is here.
  return startConsentUI(store, document, { listen: false });
}

export type UIModule = typeof import('./lazy.js');
