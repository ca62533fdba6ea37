// The privacy notice's standard texts, one chunk per language.
import { TextTable } from '../table.js';
import type { NoticeMessages } from './messages.js';

export const noticeTexts = new TextTable<NoticeMessages>({
  fi: () => import('./fi.js').then((module) => module.fi),
  en: () => import('./en.js').then((module) => module.en),
  sv: () => import('./sv.js').then((module) => module.sv),
});
