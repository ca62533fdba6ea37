// Each language's own name, for the language switch: all three are needed while only one language's
// texts are loaded.
import type { Language } from '../src/core/types.js';

export const languageNames: Record<Language, string> = { fi: 'Suomi', en: 'English', sv: 'Svenska' };
