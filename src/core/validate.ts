// A small collecting validator: every problem is kept with its path, so a site owner sees them all at once.
// The notice's validator (src/notice) uses it; the site config has its rulebook (config-rules.ts).

import { LANGUAGES } from './types.js';
import type { LocalizedText } from './types.js';
import { isAllowedUrl, isPlainObject, MAX_TEXT } from './values.js';

export interface Problem {
  path: string;
  message: string;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

export { isPlainObject };

export class Checker {
  readonly problems: Problem[] = [];

  fail(path: string, expected: string, value: unknown): undefined {
    this.problems.push({ path, message: `expected ${expected}, got ${describeValue(value)}` });
    return undefined;
  }

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** An object whose keys are all in `allowed`; unknown keys are reported (a typo must not pass silently). */
  object(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> | undefined {
    if (!isPlainObject(value)) return this.fail(path || '(config)', 'an object', value);
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.report(join(path, key), `unknown key; expected one of ${allowed.join(', ')}`);
      }
    }
    return value;
  }

  string(value: unknown, path: string, pattern?: RegExp, expected = 'a non-empty string'): string | undefined {
    if (typeof value !== 'string' || value.trim() === '' || (pattern && !pattern.test(value))) {
      return this.fail(path, expected, value);
    }
    return value;
  }

  integer(value: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return this.fail(path, `a whole number from ${min} to ${max}`, value);
    }
    return value;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value !== 'boolean') return this.fail(path, 'true or false', value);
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T | undefined {
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
      return this.fail(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`, value);
    }
    return value as T;
  }

  array(value: unknown, path: string, maxLength: number): unknown[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, 'an array', value);
    if (value.length > maxLength) {
      this.report(path, `expected an array of at most ${maxLength} items, got ${value.length}`);
      return undefined;
    }
    return value as unknown[];
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Every problem of a config (or a notice), each with its path. */
export class SuostumusConfigError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const lines = problems.map((p) => `  ${p.path}: ${p.message}`);
    super(`suostumus: invalid config (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`);
    this.name = 'SuostumusConfigError';
    this.problems = problems;
  }
}

/** A plain string, or `{ fi, en, sv }` with at least one of them. Text only: it is never parsed as HTML. */
export function text(check: Checker, value: unknown, path: string): LocalizedText | undefined {
  const expected = 'a string or an object with "fi", "en" and/or "sv" strings';
  if (typeof value === 'string') {
    if (value.trim() === '') return check.fail(path, expected, value);
    if (value.length > MAX_TEXT) return check.fail(path, `a text of at most ${MAX_TEXT} characters`, `${value.length} characters`);
    return value;
  }
  if (!isPlainObject(value)) return check.fail(path, expected, value);
  const raw = check.object(value, path, LANGUAGES);
  if (!raw) return undefined;
  const result: Partial<Record<(typeof LANGUAGES)[number], string>> = {};
  for (const language of LANGUAGES) {
    const item = raw[language];
    if (item === undefined) continue;
    // One level only: a language's text is a string.
    const at = join(path, language);
    if (typeof item !== 'string' || item.trim() === '') check.fail(at, 'a non-empty string', item);
    else if (item.length > MAX_TEXT) check.fail(at, `a text of at most ${MAX_TEXT} characters`, `${item.length} characters`);
    else result[language] = item;
  }
  if (Object.keys(result).length === 0 && Object.keys(raw).length === 0) return check.fail(path, expected, value);
  return result;
}

/** http(s) URLs, or a site-relative path when `relative` is allowed. Never `javascript:` or `data:`. */
export function url(check: Checker, value: unknown, path: string, relative: boolean): string | undefined {
  if (isAllowedUrl(value, relative)) return value;
  return check.fail(path, relative ? 'an http(s) URL or a path starting with "/"' : 'an http(s) URL', value);
}
