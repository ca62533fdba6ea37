// Names every part of the UI shares: the loader's settings button, the lazily loaded banner and dialog,
// and the notice. Kept apart from the elements so that importing a name never pulls in an element.
import type { Language } from '../core/types.js';

/** Dispatched (bubbling, composed) to ask for the settings dialog; `detail.opener` gets focus back. */
export const OPEN_PREFERENCES_EVENT = 'suostumus-open-preferences';
/** Dispatched on `document` when the visitor switches language in the banner or dialog. */
export const LANGUAGE_EVENT = 'suostumus-language';
const LANGUAGE_KEY = Symbol.for('suostumus.language');
type LanguageHolder = Record<typeof LANGUAGE_KEY, Language | undefined>;

/** The language the visitor picked in the banner or dialog, shared by every element on the page. */
export function chosenLanguage(): Language | undefined {
  return (globalThis as unknown as LanguageHolder)[LANGUAGE_KEY];
}

export function setChosenLanguage(language: Language): void {
  (globalThis as unknown as LanguageHolder)[LANGUAGE_KEY] = language;
}
