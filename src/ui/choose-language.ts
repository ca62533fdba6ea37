// The visitor's language switch (banner or dialog): every element follows once the texts are here.
import type { TextTable } from '../../locales/table.js';
import { uiTexts } from '../../locales/ui-texts.js';
import type { ConsentStore } from '../core/consent.js';
import type { Language } from '../core/types.js';
import { LANGUAGE_EVENT, setChosenLanguage } from './page-events.js';

/**
 * Switches every element to `language` once the texts of the element the visitor used are here (they may
 * have to be fetched first); other elements fetch theirs as they render.
 */
export async function chooseLanguage(language: Language, store?: ConsentStore, texts: TextTable<unknown> = uiTexts): Promise<void> {
  await texts.load(language);
  setChosenLanguage(language);
  store?.setLanguage(language);
  document.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: language }));
}
