// Picks a config text in the visitor's language.
import type { Language, LocalizedText } from './types.js';

/** Picks the text for `language`, falling back through Finnish and English; says which language it is in. */
export function localize(value: LocalizedText, language: Language): { text: string; lang: Language } {
  if (typeof value === 'string') return { text: value, lang: language };
  for (const candidate of [language, 'fi', 'en', 'sv'] as const) {
    const text = value[candidate];
    if (text !== undefined) return { text, lang: candidate };
  }
  return { text: '', lang: language };
}
