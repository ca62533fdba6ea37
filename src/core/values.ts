// Checks of single values shared by the config rulebook (config-rules.ts) and the notice's validator
// (validate.ts). A module of its own, so the chunk the notice shares with the config check does not
// carry the rulebook.

/** The longest text a config or a notice may give, in characters. */
export const MAX_TEXT = 4000;

/** http(s) URLs, or a site-relative path when `relative` is allowed. Never `javascript:` or `data:`. */
export function isAllowedUrl(value: unknown, relative: boolean): value is string {
  if (typeof value !== 'string') return false;
  if (relative && /^\/(?!\/)/.test(value) && !/[\s\\]/.test(value)) return true;
  if (!/^https?:\/\/[^\s/\\?#]+[^\s\\]*$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
