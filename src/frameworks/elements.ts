// What a framework's template may give each of the four elements, in one place: the React (react.ts)
// and Vue (vue.ts) typings are made from these tables. Types only. Keep them in step with each class's
// properties and its `@attr` / `@fires` lines (custom-elements.json is made from those).
import type { ConsentStore } from '../core/consent.js';
import type { Language, SuostumusConfig } from '../core/types.js';
import type { SuostumusSettingsButton } from '../loader/settings-button/settings-button.js';
import type { SuostumusNotice } from '../notice/notice.js';
import type { Notice } from '../notice/types.js';
import type { SuostumusBanner } from '../ui/banner/banner.js';
import type { SuostumusPreferences } from '../ui/preferences/preferences.js';

/** `suostumus-open-preferences`: an element asks the page to open the settings dialog (`detail.opener`: the control used, when known). Bubbles and composes. */
export type OpenPreferencesEvent = CustomEvent<{ opener?: HTMLElement } | null>;

/** Each element's properties a template may set (React and Vue set a property when the element has one). */
export interface SuostumusElementProperties {
  'suostumus-banner': {
    /** The consent store; by default the page's (`startSuostumus` sets it). */
    store?: ConsentStore;
    /** Force a language; by default the visitor's choice, the config's, the page's `lang`, the browser's. */
    language?: Language;
    /** The privacy notice linked from the banner (attribute `notice-url`); by default the config's `noticeUrl`. */
    noticeUrl?: string;
  };
  'suostumus-preferences': {
    store?: ConsentStore;
    language?: Language;
  };
  'suostumus-settings-button': {
    store?: ConsentStore;
    language?: Language;
    /** Where it sits; default `bottom-left`. */
    position?: 'bottom-left' | 'bottom-right';
  };
  'suostumus-notice': {
    /** The notice's content (README "The privacy notice"); by default the page config's `notice`. */
    notice?: Notice;
    /** The consent config whose categories the cookie section lists; by default the page's. */
    config?: SuostumusConfig;
    language?: Language;
    /** The level of the notice's title (attribute `heading-level`), 1–6; sections take the next. Default 2. */
    headingLevel?: number;
  };
}

/** The attributes, kebab-case, of properties whose attribute has another name. */
export interface SuostumusElementAttributes {
  'suostumus-banner': { 'notice-url'?: string };
  'suostumus-preferences': object;
  'suostumus-settings-button': object;
  'suostumus-notice': { 'heading-level'?: number | `${number}` };
}

/** The events each element fires, by name. */
export interface SuostumusElementEvents {
  'suostumus-banner': { 'suostumus-open-preferences': OpenPreferencesEvent };
  'suostumus-preferences': object;
  'suostumus-settings-button': { 'suostumus-open-preferences': OpenPreferencesEvent };
  'suostumus-notice': { 'suostumus-open-preferences': OpenPreferencesEvent };
}

/** Each tag's class. */
export interface SuostumusElements {
  'suostumus-banner': SuostumusBanner;
  'suostumus-preferences': SuostumusPreferences;
  'suostumus-settings-button': SuostumusSettingsButton;
  'suostumus-notice': SuostumusNotice;
}

/** The four tags. */
export type SuostumusTag = keyof SuostumusElements;
