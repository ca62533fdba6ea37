// Registers the elements and all three languages' texts, so elements render at once. The only module of
// the package with a side effect (besides the script-tag bundle).
import { en } from '../locales/en.js';
import { fi } from '../locales/fi.js';
import { noticeTexts } from '../locales/notice/texts.js';
import { en as noticeEn } from '../locales/notice/en.js';
import { fi as noticeFi } from '../locales/notice/fi.js';
import { sv as noticeSv } from '../locales/notice/sv.js';
import { sv } from '../locales/sv.js';
import { bannerTexts, uiTexts } from '../locales/ui-texts.js';
import { SuostumusNotice } from './notice/notice.js';
import { SuostumusBanner } from './ui/banner/banner.js';
import { SuostumusPreferences } from './ui/preferences/preferences.js';
import { SuostumusSettingsButton } from './ui/settings-button/settings-button.js';

const elements: [string, CustomElementConstructor][] = [
  ['suostumus-banner', SuostumusBanner],
  ['suostumus-preferences', SuostumusPreferences],
  ['suostumus-settings-button', SuostumusSettingsButton],
  ['suostumus-notice', SuostumusNotice],
];

/** Defines every element not defined yet; another copy's definitions are left alone. */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, constructor] of elements) {
    if (!registry.get(name)) registry.define(name, constructor);
  }
}

uiTexts.register({ fi, en, sv });
bannerTexts.register({ fi, en, sv });
noticeTexts.register({ fi: noticeFi, en: noticeEn, sv: noticeSv });
if (typeof customElements !== 'undefined') defineElements();
