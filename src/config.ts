// `suostumus/config`: the config validators with their wording, for a config checked by hand (a build
// step, a server, `createConsent(parseConfig(…))`). `startSuostumus` needs none of it: it fetches the
// wording only to explain a refused config, so the main entry leaves it out of an app's first load.
export { parseConfig, safeParseConfig, SuostumusConfigError } from './core/config.js';
export type { ParsedConfig } from './core/config.js';
export type { Problem } from './core/validate.js';
export { describeStorageProblem } from './core/storage-messages.js';
