// The one walk of the config rulebook (config-rules.ts). It builds the config with every default filled
// in and hands each problem to a reporter; the reporter decides what a problem costs. The loader's
// (`acceptConfig`, here) stops at the first; the check chunk's (`parseConfig`, config.ts) words them
// all. Nothing here words a problem, so the loader carries no messages.
import {
  ANY_OBJECT, BOOLEAN, BUILT_IN_CATEGORIES, CATEGORIES, CONFIG, INTEGER, LINK, LIST, OBJECT, ONE_OF, STRING, TEXT,
} from './config-rules.js';
import { isAllowedUrl, isPlainObject } from './values.js';
import type { Fields, Rule } from './config-rules.js';
import { EMBEDS_CATEGORY } from './types.js';
import type { CategoryConfig, SuostumusConfig } from './types.js';

/** Where a value sits in the config: keys and list indexes from the top; `[]` is the config itself. */
export type Path = readonly (string | number)[];

// Why a value was refused, beyond "not what its rule asks" (WRONG).
export const WRONG = 0;
/** A key its object's rule does not list (`value` is the key's value; `rule` the object's rule). */
export const UNKNOWN_KEY = 1;
/** A list longer than its rule's `max` (`value` is the list). */
export const TOO_MANY = 2;
/** A text longer than its rule's `max` (`value` is the text). */
export const TOO_LONG = 3;
/** A category id given twice (`value` is the id). */
export const DUPLICATE = 4;
/** An object with none of its rule's `need` keys (`value` is the object). */
export const MISSING = 5;
export type Why = typeof WRONG | typeof UNKNOWN_KEY | typeof TOO_MANY | typeof TOO_LONG | typeof DUPLICATE | typeof MISSING;

/** Told of each problem as the walk meets it. It may throw to stop the walk. */
export type Reporter = (at: Path, rule: Rule, value: unknown, why?: Why) => undefined;

/**
 * Walks `input` against the rulebook and returns the config with every default filled in, calling
 * `report` for each problem, in the table's order. What it returns is meaningful only when `report`
 * was never called; it is undefined when the config is not even an object. `embedsOnPage`: the page has
 * an embed that needs the built-in `embeds` category (src/page/embeds.ts), which is then offered.
 */
export function walkConfig(input: unknown, report: Reporter, embedsOnPage = false): SuostumusConfig | undefined {
  /** The object itself when it is a plain one; its keys the rule does not list are reported. */
  const object = (rule: Rule & Fields, value: unknown, at: Path): Record<string, unknown> | undefined => {
    if (!isPlainObject(value)) return report(at, rule, value);
    for (const key of Object.keys(value)) if (!Object.keys(rule.f).includes(key)) report([...at, key], rule, value[key], UNKNOWN_KEY);
    return value;
  };

  /** Walks each field of `rule` into `out`: given ones, required ones (reported when missing), defaults. */
  const fill = (rule: Fields, raw: Record<string, unknown>, at: Path, out: Record<string, unknown>, required = rule.r) => {
    for (const [key, field] of Object.entries(rule.f)) {
      const value = raw[key] === undefined ? rule.d?.[key] : raw[key];
      if (value !== undefined || required?.includes(key)) out[key] = walk(field, value, [...at, key]);
    }
    return out;
  };

  const list = (rule: Rule & { max: number }, value: unknown, at: Path): unknown[] | undefined => {
    if (!Array.isArray(value)) return report(at, rule, value);
    if (value.length > rule.max) return report(at, rule, value, TOO_MANY);
    return value as unknown[];
  };

  const string = (rule: Rule & { p?: RegExp; max?: number }, value: unknown, at: Path): string | undefined => {
    if (typeof value !== 'string' || !value.trim() || rule.p?.test(value) === false) return report(at, rule, value);
    if (value.length > (rule.max ?? value.length)) return report(at, rule, value, TOO_LONG);
    return value;
  };

  const walk = (rule: Rule, value: unknown, at: Path): unknown => {
    switch (rule.k) {
      case TEXT: {
        // A plain string, or an object of such per language.
        if (!isPlainObject(value)) return string(rule, value, at);
        object(rule, value, at);
        const out = fill(rule, value, at, {});
        // `{}` says nothing in any language.
        if (!Object.keys(value).length) report(at, rule, value);
        return out;
      }
      case STRING:
        return string(rule, value, at);
      case INTEGER:
        // Number.isInteger is false for anything but a number.
        if (!Number.isInteger(value) || (value as number) < rule.min || (value as number) > rule.max) return report(at, rule, value);
        return value;
      case BOOLEAN:
        if (typeof value !== 'boolean') return report(at, rule, value);
        return value;
      case ONE_OF:
        if (!rule.of.includes(value as string)) return report(at, rule, value);
        return value;
      case LINK:
        if (!isAllowedUrl(value, rule.rel)) return report(at, rule, value);
        return value;
      case ANY_OBJECT:
        if (!isPlainObject(value)) return report(at, rule, value);
        return value;
      case LIST:
        return list(rule, value, at)?.map((item, index) => walk(rule.of, item, [...at, index]));
      case OBJECT: {
        const raw = object(rule, value, at);
        if (!raw) return undefined;
        const out = fill(rule, raw, at, {});
        if (rule.need?.every((key) => raw[key] === undefined)) report(at, rule, raw, MISSING);
        return out;
      }
      case CATEGORIES: {
        const out: CategoryConfig[] = BUILT_IN_CATEGORIES.map((id) => ({ id, services: [], required: id === 'necessary' }));
        const seen: unknown[] = [];
        list(rule, value, at)?.forEach((item, index) => {
          const here = [...at, index];
          const raw = object(rule.of, item, here);
          if (!raw) return;
          // Without a valid id nothing else of the category can be placed: its other fields are not checked.
          const id = walk(rule.of.f.id, raw.id, [...here, 'id']) as string | undefined;
          if (id === undefined) return;
          if (seen.includes(id)) return report([...here, 'id'], rule, id, DUPLICATE);
          seen.push(id);
          listed.push(id);
          let category = out.find((c) => c.id === id);
          // A built-in category keeps its shipped texts unless the site gives its own.
          const required = category ? [] : rule.of.r;
          if (!category) out.push(category = { id, services: [], required: false });
          fill(rule.of, raw, here, category as unknown as Record<string, unknown>, required);
        });
        return out;
      }
    }
  };

  const listed: unknown[] = [];
  const config = walk(CONFIG, input, []) as SuostumusConfig | undefined;
  // One list decides what the banner mentions, the dialog offers, "Accept all" grants, the script gate
  // honours and the notice lists (issue 14): a built-in optional category is offered only with something
  // behind it — Google configured (analytics, demographics), an embed listed or on the page (embeds), or
  // the site listing it. Only built-in categories can be unlisted, so nothing of the site's is dropped.
  if (config?.categories) {
    const google = config.google !== undefined;
    const used = embedsOnPage || config.embeds.length > 0;
    config.categories = config.categories.filter((c) => c.required || listed.includes(c.id) || (c.id === EMBEDS_CATEGORY ? used : google));
  }
  return config;
}

/** Thrown by the loader's reporter to stop the walk at the first problem; never leaves this module. */
const REFUSED = {};

/**
 * The loader's check: the config with every default filled in — exactly what `parseConfig` returns — or
 * undefined at the first problem (fetch the check chunk's `parseConfig` to say what is wrong).
 * `embedsOnPage`: as for `walkConfig`.
 */
export function acceptConfig(input: unknown, embedsOnPage?: boolean): SuostumusConfig | undefined {
  try {
    return walkConfig(input, () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a private sentinel, caught below
      throw REFUSED;
    }, embedsOnPage);
  } catch (error) {
    if (error === REFUSED) return undefined;
    throw error;
  }
}

/**
 * A config with every default and nothing of the site's yet, not even the built-in categories (a fresh
 * object each time): the rulebook's defaults, walked.
 */
export function defaultConfig(): SuostumusConfig {
  const config = acceptConfig({});
  // Cannot happen while the rulebook's defaults follow its rules (test/core/config-walk.test.ts).
  if (!config) throw new Error('suostumus: the config rulebook refuses its own defaults');
  return { ...config, categories: [] };
}
