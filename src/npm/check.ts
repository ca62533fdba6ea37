// The wording of config and storage problems, fetched by `startSuostumus` only when there is one to say.
// A module of its own, only ever imported dynamically, so the app's bundler keeps it and the messages out
// of the first load (config.ts is also a static export of `suostumus/config`).
export { safeParseConfig, logConfigProblems, describeStorageProblem } from '../core/config.js';
