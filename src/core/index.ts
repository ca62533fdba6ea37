// The headless core: everything a page needs to hold and apply consent, with no rendering.
export { parseConfig, SuostumusConfigError, BUILT_IN_CATEGORIES, DEFAULT_COOKIE_NAME } from './config.js';
export { createConsent, CHANGE_EVENT } from './consent.js';
export type { ConsentStore, ConsentListener } from './consent.js';
export { browserEnvironment, browserCookies } from './environment.js';
export type { ConsentEnvironment, CookieJar, CookieAttributes } from './environment.js';
export { parseRecord, MAX_RECORD_LENGTH } from './storage.js';
export { textsHash } from './texts-hash.js';
export { resolveLanguage, toLanguage } from './language.js';
export { localize } from './localize.js';
export { startGoogle, consentModeFor, cookieDomains, deleteGoogleCookies, CONSENT_TYPES, GOOGLE_COOKIE, GTAG_URL, GTM_URL } from './google.js';
export type { GoogleIntegration, GoogleEnvironment, GoogleWindow, ConsentType, ConsentValue } from './google.js';
export { startScriptGate } from './script-gate.js';
export type { ScriptGate } from './script-gate.js';
export type { Problem } from './validate.js';
export * from './types.js';
