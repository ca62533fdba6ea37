// Which language to speak: the config's, else the nearest `lang` attribute, else the browser's, else Finnish.

import { LANGUAGES } from './types.js';
import type { Language, SuostumusConfig } from './types.js';

/** Maps a BCP 47 tag ("fi-FI", "sv-fi", "en") to a shipped language, or `undefined`. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : undefined;
}

export function resolveLanguage(
  config: Pick<SuostumusConfig, 'language'>, from?: Element | Document, browserLanguages?: readonly string[],
): Language {
  if (config.language) return config.language;
  const element = from && 'documentElement' in from ? from.documentElement : from;
  const lang = element?.closest('[lang]')?.getAttribute('lang');
  const fromPage = toLanguage(lang);
  if (fromPage) return fromPage;
  const languages = browserLanguages ?? (typeof navigator !== 'undefined' ? navigator.languages : []);
  for (const tag of languages) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return 'fi';
}
