// A small collecting validator: every problem is kept with its path, so a site owner sees them all at once.

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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
