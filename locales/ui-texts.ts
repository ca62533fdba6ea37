// The banner's and dialog's texts, one chunk per language.
import type { Messages } from './messages.js';
import { TextTable } from './table.js';

export const uiTexts = new TextTable<Messages>({
  fi: () => import('./fi.js').then((module) => module.fi),
  en: () => import('./en.js').then((module) => module.en),
  sv: () => import('./sv.js').then((module) => module.sv),
});
