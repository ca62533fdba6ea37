// The loader's config check: the same verdict and the same result as `parseConfig`, without the
// messages. A returning visitor's loader carries only this; when it says no, the loader fetches
// `parseConfig` to tell the site owner what is wrong (test/core/config-fast.test.ts holds the two to
// the same answers).
import {
  BUILT_IN_CATEGORIES, BUTTON_POSITIONS, CATEGORY_ID, CATEGORY_KEYS, COOKIE_INFO_KEYS, COOKIE_KEYS, COOKIE_NAME, COOKIE_PATH,
  defaultConfig, DOMAIN, GOOGLE_KEYS, GOOGLE_MODES, isAllowedUrl, LANGUAGES, LISTED_COOKIE_NAME, MAX_CATEGORIES,
  MAX_COOKIES, MAX_DAYS, MAX_REVISION, MAX_SERVICES, MAX_TEXT, MEASUREMENT_ID, SERVICE_KEYS, TAG_MANAGER_ID, THEME_PATTERNS,
  TOP_KEYS,
} from './config-rules.js';
import type { CategoryConfig, LocalizedText, SuostumusConfig } from './types.js';

const INVALID = Symbol('invalid');

function fail(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a private sentinel, caught below
  throw INVALID;
}

type Fields = Record<string, unknown>;

/** An object with only `keys`; each present key is checked by `each`. */
function object(value: unknown, keys: readonly string[], each: (key: string, item: unknown) => void = () => undefined): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
  const fields = value as Fields;
  for (const key of Object.keys(fields)) {
    if (!keys.includes(key)) fail();
    if (fields[key] !== undefined) each(key, fields[key]);
  }
  return fields;
}

function string(value: unknown, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.trim() === '' || (pattern && !pattern.test(value))) fail();
  return value;
}

function integer(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail();
  return value;
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T {
  if (!(options as readonly unknown[]).includes(value)) fail();
  return value as T;
}

function list(value: unknown, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) fail();
  return value as unknown[];
}

function url(value: unknown, relative: boolean): string {
  if (!isAllowedUrl(value, relative)) fail();
  return value;
}

function plainText(value: unknown): string {
  if (string(value).length > MAX_TEXT) fail();
  return value as string;
}

function text(value: unknown): LocalizedText {
  if (typeof value === 'string') return plainText(value);
  const result: Partial<Record<(typeof LANGUAGES)[number], string>> = {};
  const fields = object(value, LANGUAGES, (key, item) => { result[key as (typeof LANGUAGES)[number]] = plainText(item); });
  if (Object.keys(fields).length === 0) fail();
  return result;
}

function categories(value: unknown): CategoryConfig[] {
  const result: CategoryConfig[] = BUILT_IN_CATEGORIES.map((id) => ({ id, services: [], required: id === 'necessary' }));
  const seen = new Set<string>();
  for (const item of list(value, MAX_CATEGORIES)) {
    const raw = object(item, CATEGORY_KEYS);
    const id = string(raw.id, CATEGORY_ID);
    if (seen.has(id)) fail();
    seen.add(id);
    const builtIn = result.find((category) => category.id === id);
    const category: CategoryConfig = builtIn ?? { id, services: [], required: false };
    if (raw.title !== undefined || !builtIn) category.title = text(raw.title);
    if (raw.description !== undefined || !builtIn) category.description = text(raw.description);
    if (raw.services !== undefined) {
      category.services = list(raw.services, MAX_SERVICES).map((entry) => {
        const service = object(entry, SERVICE_KEYS);
        return {
          name: string(service.name),
          provider: string(service.provider),
          cookies: service.cookies === undefined ? [] : list(service.cookies, MAX_COOKIES).map((cookie) => {
            const fields = object(cookie, COOKIE_INFO_KEYS);
            return {
              name: string(fields.name, LISTED_COOKIE_NAME),
              purpose: text(fields.purpose),
              duration: text(fields.duration),
              ...(fields.provider === undefined ? {} : { provider: string(fields.provider) }),
              ...(fields.thirdParty === undefined ? {} : { thirdParty: boolean(fields.thirdParty) }),
            };
          }),
          ...(service.purpose === undefined ? {} : { purpose: text(service.purpose) }),
          ...(service.privacyUrl === undefined ? {} : { privacyUrl: url(service.privacyUrl, false) }),
        };
      });
    }
    if (!builtIn) result.push(category);
  }
  return result;
}

function boolean(value: unknown): boolean {
  if (typeof value !== 'boolean') fail();
  return value;
}

/** The config with every default filled in, exactly as `parseConfig` returns it; undefined when it is invalid. */
export function acceptConfig(input: unknown): SuostumusConfig | undefined {
  try {
    const config = defaultConfig();
    const root = object(input, TOP_KEYS, (key, value) => {
      switch (key) {
        case 'revision': config.revision = integer(value, 0, MAX_REVISION); break;
        case 'language': config.language = oneOf(value, LANGUAGES); break;
        case 'noticeUrl': config.noticeUrl = url(value, true); break;
        case 'respectGpc': config.respectGpc = boolean(value); break;
        case 'cookie':
          object(value, COOKIE_KEYS, (field, item) => {
            if (field === 'name') config.cookie.name = string(item, COOKIE_NAME);
            else if (field === 'domain') config.cookie.domain = string(item, DOMAIN);
            else if (field === 'path') config.cookie.path = string(item, COOKIE_PATH);
            else config.cookie[field as 'days' | 'rejectDays'] = integer(item, 1, MAX_DAYS);
          });
          break;
        case 'record':
          object(value, ['endpoint'], (_, item) => { config.record.endpoint = url(item, true); });
          break;
        case 'google': {
          const google: NonNullable<SuostumusConfig['google']> = { mode: 'basic' };
          const fields = object(value, GOOGLE_KEYS, (field, item) => {
            if (field === 'measurementId') google.measurementId = string(item, MEASUREMENT_ID);
            else if (field === 'tagManagerId') google.tagManagerId = string(item, TAG_MANAGER_ID);
            else google.mode = oneOf(item, GOOGLE_MODES);
          });
          if (fields.measurementId === undefined && fields.tagManagerId === undefined) fail();
          config.google = google;
          break;
        }
        case 'notice':
          // Its content is checked where a page renders it (src/notice); here it only has to be an object.
          if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
          config.notice = value;
          break;
        case 'ui':
          object(value, ['settingsButton'], (_, item) => { config.ui.settingsButton = oneOf(item, BUTTON_POSITIONS); });
          break;
        case 'theme':
          object(value, Object.keys(THEME_PATTERNS), (field, item) => {
            const name = field as keyof typeof THEME_PATTERNS;
            config.theme[name] = string(item, THEME_PATTERNS[name]);
          });
          break;
        default: // categories, below: they are filled in after the rest, as parseConfig does
      }
    });
    config.categories = categories(root.categories === undefined ? [] : root.categories);
    return config;
  } catch (error) {
    if (error === INVALID) return undefined;
    throw error;
  }
}
