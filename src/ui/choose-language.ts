// The visitor's language switch (banner or dialog): every element follows once the texts are here.
import { uiTexts } from '../../locales/ui-texts.js';
import type { ConsentStore } from '../core/consent.js';
import type { Language } from '../core/types.js';
import { LANGUAGE_EVENT, setChosenLanguage } from './page-events.js';

/** Switches every element to `language` once its texts are here (they may have to be fetched first). */
export async function chooseLanguage(language: Language, store?: ConsentStore): Promise<void> {
  await uiTexts.load(language);
  setChosenLanguage(language);
  store?.setLanguage(language);
  document.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: language }));
}
