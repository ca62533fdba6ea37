// The headless core: everything a page needs to hold and apply consent, with no rendering.
// The validators with their wording (parseConfig, safeParseConfig) are `suostumus/config` (src/config.ts):
// kept out of this list so that an app's first load does not carry the messages.
export { BUILT_IN_CATEGORIES, DEFAULT_COOKIE_NAME } from './config-rules.js';
export type { ParsedConfig } from './config.js';
export { defineConfig } from './config-input.js';
export type { SuostumusConfigInput, CategoryInput, ServiceInput, CookieInput, CategoryId, BuiltInCategoryId, ThemeColour } from './config-input.js';
export { createConsent, onConsent, CHANGE_EVENT } from './consent.js';
export type { ConsentStore, ConsentListener } from './consent.js';
export { browserEnvironment, browserCookies } from './environment.js';
export type { ConsentEnvironment, CookieJar, CookieAttributes } from './environment.js';
export { parseRecord, serializeRecord, MAX_RECORD_LENGTH } from './storage.js';
export type { StorageProblem } from './storage.js';
export { textsHash } from './texts-hash.js';
export { resolveLanguage, toLanguage } from './language.js';
export { localize } from './localize.js';
export { describeCategories } from './describe.js';
export type { CategoryView, ServiceView, CookieView, LocalizedString } from './describe.js';
export { CATEGORY_REQUIRES, isEffectivelyGranted, toggleCategory } from './dependencies.js';
export { startGoogle, consentModeFor, cookieDomains, deleteGoogleCookies, CONSENT_TYPES, GOOGLE_COOKIE, GTAG_URL, GTM_URL } from './google.js';
export type { GoogleIntegration, GoogleEnvironment, GoogleWindow, ConsentType, ConsentValue } from './google.js';
export { startScriptGate } from './script-gate.js';
export { followStoredChoice } from './follow.js';
export type { FollowEnvironment, FollowOptions } from './follow.js';
export type { ScriptGate, ScriptGateOptions } from './script-gate.js';
export type { Problem } from './validate.js';
export * from './types.js';
