// Entry of the UI chunk (src/delivery.ts: `ui`): the banner, in plain DOM. The loader imports it only when
// the visitor has to be asked or opens the settings. The texts of the visitor's language come as a chunk
// of their own; the settings dialog (Lit) only when it is opened — its files are fetched ahead, at low
// priority, once the banner is painted, and at once when the visitor reaches for the banner.
import type { ConsentStore } from '../core/consent.js';
import type { Language } from '../core/types.js';
import { EMBED_PROVIDERS_FILE, PREFERENCES_FILE, PREFERENCES_IMPORTS, textsFile, UI_FILE } from '../delivery-files.js';
import { pageLanguage } from '../page/context.js';
import { register } from '../page/register.js';
import type { Elements } from '../page/register.js';
import { bannerTexts, uiTexts } from '../page/texts.js';
import { SuostumusBanner } from './banner/banner.js';
import { startConsentUI } from './mount.js';
import type { ConsentUI } from './mount.js';

/** The tags this chunk registers. */
export const elements = { 'suostumus-banner': SuostumusBanner } satisfies Elements;

/** Registers the banner, fetches its texts in the page's language, and puts the UI on the page. */
export async function mountUI(store: ConsentStore): Promise<ConsentUI> {
  const language = (): Language => pageLanguage(document, undefined, store.config.language);
  /**
   * Asks the browser for the settings dialog's files — its chunk, the chunks that imports (what the banner
   * brought is in the module map already, and not fetched again) and its texts — without running them
   * (`<link rel="modulepreload">`), so that opening
   * the dialog finds them in the module map instead of fetching them one after another; `low` leaves the
   * network to the page. Only as the built UI chunk, with the files beside it (the script tag): from npm
   * or the development server the click fetches them.
   */
  const preloadDialog = (priority: 'low' | 'high'): void => {
    if (!import.meta.url.includes(UI_FILE)) return;
    // The embed providers' facts only where the dialog lists a provider (src/core/describe.ts: `loadEmbedFacts`).
    const providers = store.config.embeds.length > 0 ? [EMBED_PROVIDERS_FILE] : [];
    for (const file of [PREFERENCES_FILE, ...PREFERENCES_IMPORTS, textsFile('ui', language()), ...providers]) {
      const href = new URL(file, import.meta.url).href;
      if (!document.head.querySelector(`[href="${href}"]`)) {
        document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href, fetchPriority: priority }));
      }
    }
  };
  await bannerTexts().load(language());
  register(elements);
  const ui = startConsentUI(store, document, {
    // The dialog's code and texts side by side (the texts would otherwise wait for the code).
    loadPreferences: async () => {
      preloadDialog('high');
      const [module] = await Promise.all([import('./preferences/lazy.js'), uiTexts().load(language())]);
      register(module.elements);
    },
  });
  if (store.get().prompt) {
    // The banner is up, and its settings may be next: their files are asked for once it has been painted
    // (a task after the next frame), at low priority, or at once when the visitor points at or tabs into it.
    requestAnimationFrame(() => { setTimeout(() => { preloadDialog('low'); }); });
    for (const type of ['pointerover', 'focusin'] as const) {
      document.querySelector('suostumus-banner')?.addEventListener(type, () => { preloadDialog('high'); }, { once: true });
    }
  }
  return ui;
}

export type UIModule = typeof import('./lazy.js');
