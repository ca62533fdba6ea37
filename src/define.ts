// Registers the elements. The only module of the package with a side effect (besides the script-tag bundle).
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

if (typeof customElements !== 'undefined') defineElements();
