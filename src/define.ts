// `suostumus/define`: registers every element and all three languages' texts, so elements render at
// once. The only module of the npm package with a side effect (besides the script-tag bundle).
import { en as embedEn } from '../locales/embed/en.js';
import { fi as embedFi } from '../locales/embed/fi.js';
import { sv as embedSv } from '../locales/embed/sv.js';
import { en } from '../locales/en.js';
import { fi } from '../locales/fi.js';
import { en as noticeEn } from '../locales/notice/en.js';
import { fi as noticeFi } from '../locales/notice/fi.js';
import { sv as noticeSv } from '../locales/notice/sv.js';
import { sv } from '../locales/sv.js';
import { elements as embedElements } from './embed/lazy.js';
import { elements as loaderElements } from './loader/start.js';
import { elements as noticeElements } from './notice/lazy.js';
import { register } from './page/register.js';
import { bannerTexts, embedTexts, noticeTexts, uiTexts } from './page/texts.js';
import { elements as uiElements } from './ui/lazy.js';
import { elements as preferencesElements } from './ui/preferences/lazy.js';

/** Defines every element not defined yet; another copy's definitions are left alone. */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  register({ ...loaderElements, ...uiElements, ...preferencesElements, ...noticeElements, ...embedElements }, registry);
}

uiTexts().register({ fi, en, sv });
bannerTexts().register({ fi, en, sv });
noticeTexts().register({ fi: noticeFi, en: noticeEn, sv: noticeSv });
embedTexts().register({ fi: embedFi, en: embedEn, sv: embedSv });
if (typeof customElements !== 'undefined') defineElements();
