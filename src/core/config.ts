// Parses and validates a site's config. Every problem is collected with its path, then thrown together.

import { Checker, isPlainObject, join } from './validate.js';
import type { Problem } from './validate.js';
import { LANGUAGES } from './types.js';
import type {
  CategoryConfig, CookieInfo, CookieOptions, GoogleConfig, LocalizedText, ServiceInfo, SuostumusConfig,
} from './types.js';

export const BUILT_IN_CATEGORIES = ['necessary', 'analytics', 'demographics'] as const;
export const DEFAULT_COOKIE_NAME = 'suostumus';

const MEASUREMENT_ID = /^G-[A-Z0-9]{4,20}$/;
const TAG_MANAGER_ID = /^GTM-[A-Z0-9]{4,12}$/;
const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,39}$/;
const COOKIE_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
const DOMAIN = /^\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const MAX_TEXT = 4000;

const TOP_KEYS = ['revision', 'language', 'noticeUrl', 'categories', 'cookie', 'record', 'respectGpc', 'google', 'notice', 'ui', 'theme'] as const;

export class SuostumusConfigError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const lines = problems.map((p) => `  ${p.path}: ${p.message}`);
    super(`suostumus: invalid config (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`);
    this.name = 'SuostumusConfigError';
    this.problems = problems;
  }
}

/** Validates `input` (parsed JSON or an object literal) and fills in every default. Throws `SuostumusConfigError`. */
export function parseConfig(input: unknown): SuostumusConfig {
  const check = new Checker();
  const root = check.object(input, '', TOP_KEYS);
  if (!root) throw new SuostumusConfigError(check.problems);

  const config: SuostumusConfig = {
    revision: 1,
    categories: [],
    cookie: { name: DEFAULT_COOKIE_NAME, path: '/', days: 365, rejectDays: 182 },
    record: {},
    respectGpc: true,
    ui: { settingsButton: 'bottom-left' },
    theme: {},
  };

  if (root.revision !== undefined) config.revision = check.integer(root.revision, 'revision', 0, 1_000_000) ?? 1;
  if (root.language !== undefined) config.language = check.oneOf(root.language, 'language', LANGUAGES);
  if (root.noticeUrl !== undefined) config.noticeUrl = url(check, root.noticeUrl, 'noticeUrl', true);
  if (root.respectGpc !== undefined) config.respectGpc = check.boolean(root.respectGpc, 'respectGpc') ?? true;
  if (root.cookie !== undefined) config.cookie = cookieOptions(check, root.cookie);
  if (root.record !== undefined) {
    const record = check.object(root.record, 'record', ['endpoint']);
    if (record?.endpoint !== undefined) config.record.endpoint = url(check, record.endpoint, 'record.endpoint', true);
  }
  if (root.google !== undefined) config.google = google(check, root.google);
  // The notice's content is validated by src/notice when a page renders it, so the returning-visitor
  // loader never carries the notice model; here it only has to be an object.
  if (root.notice !== undefined) {
    if (isPlainObject(root.notice)) config.notice = root.notice;
    else check.fail('notice', 'an object', root.notice);
  }
  config.categories = categories(check, root.categories);
  if (root.ui !== undefined) {
    const ui = check.object(root.ui, 'ui', ['settingsButton']);
    if (ui?.settingsButton !== undefined) {
      config.ui.settingsButton = check.oneOf(ui.settingsButton, 'ui.settingsButton', ['bottom-left', 'bottom-right', 'hidden'] as const) ?? 'bottom-left';
    }
  }
  if (root.theme !== undefined) config.theme = theme(check, root.theme);

  if (check.problems.length > 0) throw new SuostumusConfigError(check.problems);
  return config;
}

function cookieOptions(check: Checker, value: unknown): CookieOptions {
  const options: CookieOptions = { name: DEFAULT_COOKIE_NAME, path: '/', days: 365, rejectDays: 182 };
  const raw = check.object(value, 'cookie', ['name', 'domain', 'path', 'days', 'rejectDays']);
  if (!raw) return options;
  if (raw.name !== undefined) {
    options.name = check.string(raw.name, 'cookie.name', COOKIE_NAME, 'a cookie name of letters, digits and -_.') ?? options.name;
  }
  if (raw.domain !== undefined) {
    options.domain = check.string(raw.domain, 'cookie.domain', DOMAIN, 'a host name such as "example.fi"');
  }
  if (raw.path !== undefined) {
    options.path = check.string(raw.path, 'cookie.path', /^\/[^;\s]*$/, 'a path starting with "/"') ?? '/';
  }
  // 13 months is the longest lifetime the EDPB and Traficom consider reasonable for a consent record.
  if (raw.days !== undefined) options.days = check.integer(raw.days, 'cookie.days', 1, 395) ?? options.days;
  if (raw.rejectDays !== undefined) {
    options.rejectDays = check.integer(raw.rejectDays, 'cookie.rejectDays', 1, 395) ?? options.rejectDays;
  }
  return options;
}

const COLOUR = /^(?:#[0-9a-f]{3,8}|(?:rgb|hsl)a?\([\d\s.,%/-]+\))$/i;
const THEME_CHECKS = {
  accent: [COLOUR, 'a colour such as "#0b57a4" or "rgb(11 87 164)"'],
  onAccent: [COLOUR, 'a colour such as "#ffffff"'],
  background: [COLOUR, 'a colour such as "#ffffff"'],
  text: [COLOUR, 'a colour such as "#1d1d1f"'],
  radius: [/^\d+(?:\.\d+)?(?:px|rem|em)$/, 'a length such as "8px" or "0.5rem"'],
  font: [/^[\w\s,'"-]{1,200}$/, 'a font-family list such as "Inter, sans-serif"'],
} as const;

function theme(check: Checker, value: unknown): SuostumusConfig['theme'] {
  const keys = Object.keys(THEME_CHECKS) as (keyof typeof THEME_CHECKS)[];
  const raw = check.object(value, 'theme', keys);
  const result: SuostumusConfig['theme'] = {};
  if (!raw) return result;
  for (const key of keys) {
    if (raw[key] === undefined) continue;
    const [pattern, expected] = THEME_CHECKS[key];
    const valid = check.string(raw[key], `theme.${key}`, pattern, expected);
    if (valid !== undefined) result[key] = valid;
  }
  return result;
}

function google(check: Checker, value: unknown): GoogleConfig | undefined {
  const raw = check.object(value, 'google', ['measurementId', 'tagManagerId', 'mode']);
  if (!raw) return undefined;
  const result: GoogleConfig = { mode: 'basic' };
  if (raw.measurementId !== undefined) {
    result.measurementId = check.string(raw.measurementId, 'google.measurementId', MEASUREMENT_ID,
      '"G-" followed by letters and digits');
  }
  if (raw.tagManagerId !== undefined) {
    result.tagManagerId = check.string(raw.tagManagerId, 'google.tagManagerId', TAG_MANAGER_ID,
      '"GTM-" followed by letters and digits');
  }
  if (raw.mode !== undefined) result.mode = check.oneOf(raw.mode, 'google.mode', ['basic', 'advanced'] as const) ?? 'basic';
  if (raw.measurementId === undefined && raw.tagManagerId === undefined) {
    check.report('google', 'expected a measurementId ("G-…") or a tagManagerId ("GTM-…")');
  }
  return result;
}

function categories(check: Checker, value: unknown): CategoryConfig[] {
  const result: CategoryConfig[] = BUILT_IN_CATEGORIES.map((id) => ({ id, services: [], required: id === 'necessary' }));
  if (value === undefined) return result;
  const list = check.array(value, 'categories', 20);
  if (!list) return result;
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const path = join('categories', index);
    const raw = check.object(item, path, ['id', 'title', 'description', 'services']);
    if (!raw) return;
    const id = check.string(raw.id, join(path, 'id'), CATEGORY_ID,
      'an id of lowercase letters, digits, "-" and "_", starting with a letter');
    if (id === undefined) return;
    if (seen.has(id)) {
      check.report(join(path, 'id'), `duplicate category "${id}"`);
      return;
    }
    seen.add(id);
    const builtIn = result.find((c) => c.id === id);
    const category: CategoryConfig = builtIn ?? { id, services: [], required: false };
    if (raw.title !== undefined || !builtIn) category.title = text(check, raw.title, join(path, 'title'));
    if (raw.description !== undefined || !builtIn) {
      category.description = text(check, raw.description, join(path, 'description'));
    }
    if (raw.services !== undefined) category.services = services(check, raw.services, join(path, 'services'));
    if (!builtIn) result.push(category);
  });
  return result;
}

function services(check: Checker, value: unknown, path: string): ServiceInfo[] {
  const list = check.array(value, path, 50) ?? [];
  const result: ServiceInfo[] = [];
  list.forEach((item, index) => {
    const at = join(path, index);
    const raw = check.object(item, at, ['name', 'provider', 'purpose', 'privacyUrl', 'cookies']);
    if (!raw) return;
    const service: ServiceInfo = {
      name: check.string(raw.name, join(at, 'name')) ?? '',
      provider: check.string(raw.provider, join(at, 'provider')) ?? '',
      cookies: [],
    };
    if (raw.purpose !== undefined) service.purpose = text(check, raw.purpose, join(at, 'purpose'));
    if (raw.privacyUrl !== undefined) service.privacyUrl = url(check, raw.privacyUrl, join(at, 'privacyUrl'), false);
    if (raw.cookies !== undefined) service.cookies = cookies(check, raw.cookies, join(at, 'cookies'));
    result.push(service);
  });
  return result;
}

function cookies(check: Checker, value: unknown, path: string): CookieInfo[] {
  const list = check.array(value, path, 100) ?? [];
  const result: CookieInfo[] = [];
  list.forEach((item, index) => {
    const at = join(path, index);
    const raw = check.object(item, at, ['name', 'purpose', 'duration', 'provider', 'thirdParty']);
    if (!raw) return;
    const cookie: CookieInfo = {
      name: check.string(raw.name, join(at, 'name'), /^[^\s;,=]{1,128}$/, 'a cookie name without spaces, ";", "," or "="') ?? '',
      purpose: text(check, raw.purpose, join(at, 'purpose')) ?? '',
      duration: text(check, raw.duration, join(at, 'duration')) ?? '',
    };
    if (raw.provider !== undefined) cookie.provider = check.string(raw.provider, join(at, 'provider'));
    if (raw.thirdParty !== undefined) cookie.thirdParty = check.boolean(raw.thirdParty, join(at, 'thirdParty'));
    result.push(cookie);
  });
  return result;
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
    if (raw[language] === undefined) continue;
    const item = text(check, raw[language], join(path, language));
    if (typeof item === 'string') result[language] = item;
  }
  if (Object.keys(result).length === 0 && Object.keys(raw).length === 0) return check.fail(path, expected, value);
  return result;
}

/** http(s) URLs, or a site-relative path when `relative` is allowed. Never `javascript:` or `data:`. */
export function url(check: Checker, value: unknown, path: string, relative: boolean): string | undefined {
  const expected = relative ? 'an http(s) URL or a path starting with "/"' : 'an http(s) URL';
  if (typeof value !== 'string') return check.fail(path, expected, value);
  if (relative && /^\/(?!\/)/.test(value) && !/[\s\\]/.test(value)) return value;
  if (/^https?:\/\/[^\s/\\?#]+[^\s\\]*$/i.test(value)) {
    try {
      new URL(value);
      return value;
    } catch {
      // Falls through to the error below.
    }
  }
  return check.fail(path, expected, value);
}
