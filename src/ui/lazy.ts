// Entry of the UI chunk (src/delivery.ts: `ui`): the banner, in plain DOM. The loader imports it only when
// the visitor has to be asked or opens the settings. The texts of the visitor's language come as a chunk
// of their own; the settings dialog (Lit) only when it is opened — its files are fetched ahead, at low
// priority (in an app's bundle, at idle), once the banner is painted, and at once when the visitor
// reaches for the banner.
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
  /** Settles as each preload link this chunk asked for has loaded or failed. */
  const arrivals: Promise<unknown>[] = [];
  /**
   * Asks the browser for the settings dialog's files — its chunk, the chunks that imports (what the banner
   * brought is in the module map already, and not fetched again) and its texts — without running them
   * (`<link rel="modulepreload">`), so that opening
   * the dialog finds them in the module map instead of fetching them one after another. `low` leaves the
   * network to the page, and adds each link in a task of its own: starting a fetch costs a few ms of
   * script at 4× CPU throttling, and all the links at once made a long task (issue 15). Only as the built
   * UI chunk, with the files beside it (the script tag), whose names it knows: in an app's bundle (npm)
   * or on a development server it asks for nothing, and the readying's `import()` fetches the dialog
   * (the bundler preloads what that chunk imports).
   */
  const preloadDialog = (priority: 'low' | 'high'): void => {
    if (!import.meta.url.includes(UI_FILE)) return;
    // The embed providers' facts only where the dialog lists a provider (src/core/describe.ts: `loadEmbedFacts`).
    const providers = store.config.embeds.length > 0 ? [EMBED_PROVIDERS_FILE] : [];
    for (const file of [PREFERENCES_FILE, ...PREFERENCES_IMPORTS, textsFile('ui', language()), ...providers]) {
      const href = new URL(file, import.meta.url).href;
      arrivals.push(new Promise((done) => {
        const add = (): void => {
          // Already asked for (by intent, or the click): the module map has it or will.
          if (document.head.querySelector(`[href="${href}"]`)) done(0);
          else document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href, fetchPriority: priority, onload: done, onerror: done }));
        };
        if (priority === 'low') setTimeout(add);
        else add();
      }));
    }
  };
  /** True once the visitor reaches for the banner: the remaining steps of `prepareDialog` run at once. */
  let urgent = false;
  /**
   * The next step's turn: an idle period (`requestIdleCallback`), or where there is none (Safari) the task
   * after the next frame; once the visitor has shown intent, the next task. A turn never comes once the
   * visitor has decided: a visitor who answered in the banner pays for no more of the dialog.
   */
  const turn = (): Promise<void> => new Promise((resolve) => {
    const go = (): void => { if (store.get().prompt) resolve(); };
    if (urgent) setTimeout(go);
    else if ('requestIdleCallback' in window) requestIdleCallback(go);
    else requestAnimationFrame(() => { setTimeout(go); });
  });
  let dialog: PreferencesModule | undefined;
  /**
   * The dialog's chunk, imported once: a second `import()` of a module already evaluated still waits for
   * the module loader's tasks, which at 4× CPU throttling cost the click several frames.
   */
  const dialogModule = async (): Promise<PreferencesModule> => dialog ??= await import('./preferences/lazy.js');
  let preparing: Promise<void> | undefined;
  /**
   * Readies the settings dialog while the visitor reads the banner, so that the click on *Asetukset* only
   * opens it. Once its preloaded files have arrived, each step at its own turn (none a long task at 4× CPU
   * throttling): its modules are evaluated (Lit, the categories, the dialog), its texts loaded, the element
   * defined, then the closed dialog rendered a part at a time (`prepare`). The click takes the same steps
   * itself (`loadPreferences`), sharing what is done or under way, and renders what is left.
   */
  const prepareDialog = (): Promise<void> => preparing ??= (async () => {
    await Promise.all(arrivals);
    await turn();
    const module = await dialogModule();
    await turn();
    await uiTexts().load(language());
    await turn();
    register(module.elements);
    const element = document.querySelector('suostumus-preferences');
    do await turn(); while (await element?.prepare());
  })().catch(() => undefined); // A failed fetch: the click tries again, and says so if it fails too.

  await bannerTexts().load(language());
  register(elements);
  const ui = startConsentUI(store, document, {
    // The dialog's code and texts side by side (the texts would otherwise wait for the code).
    loadPreferences: async () => {
      preloadDialog('high');
      const [module] = await Promise.all([dialogModule(), uiTexts().load(language())]);
      register(module.elements);
    },
  });
  if (store.get().prompt) {
    // The banner is up, and its settings may be next: their files are asked for once it has been painted
    // (a task after the next frame), at low priority, and readied when idle; at once when the visitor
    // points at or tabs into the banner.
    // In an app's bundle too: there the click would otherwise wait for the dialog's chunks, one round
    // trip after another (measured on slow mobile: 394 ms from the click to the dialog, 88 ms readied).
    requestAnimationFrame(() => { setTimeout(() => { preloadDialog('low'); void prepareDialog(); }); });
    for (const type of ['pointerover', 'focusin'] as const) {
      document.querySelector('suostumus-banner')?.addEventListener(type, () => {
        urgent = true;
        preloadDialog('high');
        void prepareDialog();
      }, { once: true });
    }
  }
  return ui;
}

export type UIModule = typeof import('./lazy.js');
type PreferencesModule = typeof import('./preferences/lazy.js');
