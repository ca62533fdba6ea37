// The UI's texts, one chunk per language: the banner's alone (a first visit needs nothing more), and
// the settings dialog's, which include the banner's.
import type { BannerMessages, Messages } from './messages.js';
import { TextTable } from './table.js';

export const bannerTexts = new TextTable<BannerMessages>({
  fi: () => import('./banner/fi.js').then((module) => module.fi),
  en: () => import('./banner/en.js').then((module) => module.en),
  sv: () => import('./banner/sv.js').then((module) => module.sv),
});

// Loading a language's full texts makes its banner texts available too.
export const uiTexts = new TextTable<Messages>({
  fi: () => import('./fi.js').then((module) => { bannerTexts.register({ fi: module.fi }); return module.fi; }),
  en: () => import('./en.js').then((module) => { bannerTexts.register({ en: module.en }); return module.en; }),
  sv: () => import('./sv.js').then((module) => { bannerTexts.register({ sv: module.sv }); return module.sv; }),
});
