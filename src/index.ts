// npm entry: classes, the headless core and types. Importing it has no side effects:
// elements are registered by `suostumus/define` (or by the script-tag bundle).
export * from './core/index.js';
export { SuostumusBanner } from './ui/banner/banner.js';
export { SuostumusPreferences } from './ui/preferences/preferences.js';
export { SuostumusSettingsButton, OPEN_PREFERENCES_EVENT } from './ui/settings-button/settings-button.js';
export { startConsentUI } from './ui/mount.js';
export type { ConsentUI } from './ui/mount.js';
export { describeCategories } from './ui/categories.js';
export type { CategoryView, ServiceView, CookieView, LocalizedString } from './ui/categories.js';
export { setDefaultStore, getDefaultStore } from './ui/store-registry.js';
export { startSuostumus } from './start.js';
export type { SuostumusGlobal, StartOptions } from './start.js';
export { mountUI } from './ui/lazy.js';
export type { UIModule } from './ui/lazy.js';
export { messages } from '../locales/index.js';
export type { Messages } from '../locales/index.js';
export * from './notice/index.js';
export { defineNotice } from './notice/lazy.js';
export type { NoticeModule } from './notice/lazy.js';
