// The check chunk's entry: walks the config rulebook (config-rules.ts) with a reporter that collects
// every problem with its path and words it (config-messages.ts), then throws them together. The
// loader walks the same rulebook without words and fetches this chunk only to explain a refusal.
import { message } from './config-messages.js';
import { walkConfig } from './config-walk.js';
import type { SuostumusConfig } from './types.js';
import { join, SuostumusConfigError } from './validate.js';
import type { Problem } from './validate.js';

export { BUILT_IN_CATEGORIES, DEFAULT_COOKIE_NAME } from './config-rules.js';
export { SuostumusConfigError, text, url } from './validate.js';
export { googleIdMistake } from './config-messages.js';
export type { GoogleIdMistake } from './config-messages.js';

/** What `safeParseConfig` returns: the config with every default filled in, or every problem found. */
export type ParsedConfig =
  | { ok: true; config: SuostumusConfig }
  | { ok: false; errors: readonly Problem[] };

/**
 * Validates `input` (parsed JSON or an object literal, see `SuostumusConfigInput`) without throwing:
 * `{ ok: true, config }` with every default filled in, or `{ ok: false, errors }` listing every problem
 * (path and message: what was expected, what was given), in the rulebook's order. `embedsOnPage`: as
 * for `parseConfig`.
 */
export function safeParseConfig(input: unknown, embedsOnPage?: boolean): ParsedConfig {
  const errors: Problem[] = [];
  const config = walkConfig(input, (at, rule, value, why) => {
    errors.push({ path: at.reduce<string>(join, '') || '(config)', message: message(at, rule, value, why) });
  }, embedsOnPage);
  return errors.length > 0 || !config ? { ok: false, errors } : { ok: true, config };
}

/**
 * Validates `input` (parsed JSON or an object literal) and returns it with every default filled in.
 * Throws `SuostumusConfigError` listing every problem (path and message), in the rulebook's order;
 * `safeParseConfig` returns them instead. `embedsOnPage`: the page has an embed that needs the built-in
 * `embeds` category (`walkConfig`).
 */
export function parseConfig(input: unknown, embedsOnPage?: boolean): SuostumusConfig {
  const parsed = safeParseConfig(input, embedsOnPage);
  if (!parsed.ok) throw new SuostumusConfigError(parsed.errors);
  return parsed.config;
}

/**
 * Says in the console what is wrong with a refused config, one line a problem with its path, as the
 * script tag does: the owner sees it, the page keeps working.
 */
export function logConfigProblems(errors: readonly Problem[]): void {
  const count = errors.length;
  console.error(`suostumus: invalid config, nothing that needs consent was started (${count} ${count === 1 ? 'problem' : 'problems'}):`);
  for (const problem of errors) console.error(`suostumus: config ${problem.path}: ${problem.message}`);
}

// The check chunk also words a decision that could not be stored (see src/core/storage-messages.ts).
export { describeStorageProblem } from './storage-messages.js';
