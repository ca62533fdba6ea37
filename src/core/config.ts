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

/**
 * Validates `input` (parsed JSON or an object literal) and returns it with every default filled in.
 * Throws `SuostumusConfigError` listing every problem (path and message), in the rulebook's order.
 * `embedsOnPage`: the page has an embed that needs the built-in `embeds` category (`walkConfig`).
 */
export function parseConfig(input: unknown, embedsOnPage?: boolean): SuostumusConfig {
  const problems: Problem[] = [];
  const config = walkConfig(input, (at, rule, value, why) => {
    problems.push({ path: at.reduce<string>(join, '') || '(config)', message: message(at, rule, value, why) });
  }, embedsOnPage);
  if (problems.length > 0 || !config) throw new SuostumusConfigError(problems);
  return config;
}

// The check chunk also words a decision that could not be stored (see src/core/storage-messages.ts).
export { describeStorageProblem } from './storage-messages.js';
