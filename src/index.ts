// npm entry: classes, the headless core and types. Importing it has no side effects:
// elements are registered by `suostumus/define` (or by the script-tag bundle).
export * from './core/index.js';
export { SuostumusBanner } from './ui/banner/banner.js';
export { SuostumusPreferences } from './ui/preferences/preferences.js';
export { SuostumusSettingsButton } from './loader/settings-button/settings-button.js';
export { SuostumusEmbed } from './embed/embed.js';
export { startEmbeds } from './embed/lazy.js';
export type { EmbedModule } from './embed/lazy.js';
export { OPEN_PREFERENCES_EVENT, LANGUAGE_EVENT } from './page/events.js';
export { startConsentUI } from './ui/mount.js';
export type { ConsentUI, ConsentUIOptions } from './ui/mount.js';
export { setDefaultStore, getDefaultStore } from './page/context.js';
export { startSuostumus } from './loader/start.js';
export type { SuostumusGlobal, StartOptions } from './loader/start.js';
export { mountUI } from './ui/lazy.js';
export type { UIModule } from './ui/lazy.js';
export { messages } from '../locales/index.js';
export type { Messages } from '../locales/index.js';
export * from './notice/index.js';
export { defineNotice } from './notice/lazy.js';
export type { NoticeModule } from './notice/lazy.js';
