// Entry of the UI chunk (src/delivery.ts: `ui`): the banner, in plain DOM. The loader imports it only when
// the visitor has to be asked or opens the settings. The texts of the visitor's language come as a chunk
// of their own; the settings dialog (Lit) only when it is opened.
import type { ConsentStore } from '../core/consent.js';
import { pageLanguage } from '../page/context.js';
import { register } from '../page/register.js';
import type { Elements } from '../page/register.js';
import { bannerTexts } from '../page/texts.js';
import { SuostumusBanner } from './banner/banner.js';
import { startConsentUI } from './mount.js';
import type { ConsentUI } from './mount.js';

/** The tags this chunk registers. */
export const elements = { 'suostumus-banner': SuostumusBanner } satisfies Elements;

/** Registers the banner, fetches its texts in the page's language, and puts the UI on the page. */
export async function mountUI(store: ConsentStore): Promise<ConsentUI> {
  await bannerTexts().load(pageLanguage(document, undefined, store));
  register(elements);
  return startConsentUI(store, document, {
    // The dialog's code is fetched when it is first opened.
    loadPreferences: async () => { register((await import('./preferences/lazy.js')).elements); },
  });
}

export type UIModule = typeof import('./lazy.js');
