// `suostumus/elements`: the element classes and the UI by hand, for those who do not use `startSuostumus`
// (which fetches all of this lazily). Importing it has no side effects — it registers nothing
// (`suostumus/define` does) — but it brings Lit, the UI and the texts of all three languages.
export { SuostumusBanner } from './ui/banner/banner.js';
export { SuostumusPreferences } from './ui/preferences/preferences.js';
export { SuostumusSettingsButton } from './loader/settings-button/settings-button.js';
export { SuostumusNotice } from './notice/notice.js';
export { SuostumusEmbed } from './embed/embed.js';
export { startEmbeds } from './embed/lazy.js';
export { startConsentUI } from './ui/mount.js';
export type { ConsentUI, ConsentUIOptions } from './ui/mount.js';
export { mountUI } from './ui/lazy.js';
export { defineNotice } from './notice/lazy.js';
export { messages } from '../locales/index.js';
export type { Messages } from '../locales/index.js';
