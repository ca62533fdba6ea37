// Parses and validates a site's config. Every problem is collected with its path, then thrown together.

import {
  BUILT_IN_CATEGORIES, BUTTON_POSITIONS, CATEGORY_ID, CATEGORY_KEYS, COOKIE_INFO_KEYS, COOKIE_KEYS, COOKIE_NAME, COOKIE_PATH,
  DEFAULT_COOKIE_NAME, defaultConfig, DOMAIN, GOOGLE_KEYS, GOOGLE_MODES, LANGUAGES, LISTED_COOKIE_NAME, MAX_CATEGORIES, MAX_COOKIES, MAX_DAYS,
  MAX_REVISION, MAX_SERVICES, MEASUREMENT_ID, SERVICE_KEYS, TAG_MANAGER_ID, THEME_PATTERNS, TOP_KEYS,
} from './config-rules.js';
import type { CategoryConfig, CookieInfo, CookieOptions, GoogleConfig, ServiceInfo, SuostumusConfig } from './types.js';
import { Checker, isPlainObject, join, SuostumusConfigError, text, url } from './validate.js';

export { BUILT_IN_CATEGORIES, DEFAULT_COOKIE_NAME } from './config-rules.js';
export { SuostumusConfigError, text, url } from './validate.js';

/** Validates `input` (parsed JSON or an object literal) and fills in every default. Throws `SuostumusConfigError`. */
export function parseConfig(input: unknown): SuostumusConfig {
  const check = new Checker();
  const root = check.object(input, '', TOP_KEYS);
  if (!root) throw new SuostumusConfigError(check.problems);

  const config = defaultConfig();

  if (root.revision !== undefined) config.revision = check.integer(root.revision, 'revision', 0, MAX_REVISION) ?? 1;
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
      config.ui.settingsButton = check.oneOf(ui.settingsButton, 'ui.settingsButton', BUTTON_POSITIONS) ?? 'bottom-left';
    }
  }
  if (root.theme !== undefined) config.theme = theme(check, root.theme);

  if (check.problems.length > 0) throw new SuostumusConfigError(check.problems);
  return config;
}

function cookieOptions(check: Checker, value: unknown): CookieOptions {
  const options: CookieOptions = { name: DEFAULT_COOKIE_NAME, path: '/', days: 365, rejectDays: 182 };
  const raw = check.object(value, 'cookie', COOKIE_KEYS);
  if (!raw) return options;
  if (raw.name !== undefined) {
    options.name = check.string(raw.name, 'cookie.name', COOKIE_NAME, 'a cookie name of letters, digits and -_.') ?? options.name;
  }
  if (raw.domain !== undefined) {
    options.domain = check.string(raw.domain, 'cookie.domain', DOMAIN, 'a host name such as "example.fi"');
  }
  if (raw.path !== undefined) {
    options.path = check.string(raw.path, 'cookie.path', COOKIE_PATH, 'a path starting with "/"') ?? '/';
  }
  if (raw.days !== undefined) options.days = check.integer(raw.days, 'cookie.days', 1, MAX_DAYS) ?? options.days;
  if (raw.rejectDays !== undefined) {
    options.rejectDays = check.integer(raw.rejectDays, 'cookie.rejectDays', 1, MAX_DAYS) ?? options.rejectDays;
  }
  return options;
}

const THEME_EXPECTED = {
  accent: 'a colour such as "#0b57a4" or "rgb(11 87 164)"',
  onAccent: 'a colour such as "#ffffff"',
  background: 'a colour such as "#ffffff"',
  text: 'a colour such as "#1d1d1f"',
  radius: 'a length such as "8px" or "0.5rem"',
  font: 'a font-family list such as "Inter, sans-serif"',
} as const;

function theme(check: Checker, value: unknown): SuostumusConfig['theme'] {
  const keys = Object.keys(THEME_PATTERNS) as (keyof typeof THEME_PATTERNS)[];
  const raw = check.object(value, 'theme', keys);
  const result: SuostumusConfig['theme'] = {};
  if (!raw) return result;
  for (const key of keys) {
    if (raw[key] === undefined) continue;
    const valid = check.string(raw[key], `theme.${key}`, THEME_PATTERNS[key], THEME_EXPECTED[key]);
    if (valid !== undefined) result[key] = valid;
  }
  return result;
}

function google(check: Checker, value: unknown): GoogleConfig | undefined {
  const raw = check.object(value, 'google', GOOGLE_KEYS);
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
  if (raw.mode !== undefined) result.mode = check.oneOf(raw.mode, 'google.mode', GOOGLE_MODES) ?? 'basic';
  if (raw.measurementId === undefined && raw.tagManagerId === undefined) {
    check.report('google', 'expected a measurementId ("G-…") or a tagManagerId ("GTM-…")');
  }
  return result;
}

function categories(check: Checker, value: unknown): CategoryConfig[] {
  const result: CategoryConfig[] = BUILT_IN_CATEGORIES.map((id) => ({ id, services: [], required: id === 'necessary' }));
  if (value === undefined) return result;
  const list = check.array(value, 'categories', MAX_CATEGORIES);
  if (!list) return result;
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const path = join('categories', index);
    const raw = check.object(item, path, CATEGORY_KEYS);
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
  const list = check.array(value, path, MAX_SERVICES) ?? [];
  const result: ServiceInfo[] = [];
  list.forEach((item, index) => {
    const at = join(path, index);
    const raw = check.object(item, at, SERVICE_KEYS);
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
  const list = check.array(value, path, MAX_COOKIES) ?? [];
  const result: CookieInfo[] = [];
  list.forEach((item, index) => {
    const at = join(path, index);
    const raw = check.object(item, at, COOKIE_INFO_KEYS);
    if (!raw) return;
    const cookie: CookieInfo = {
      name: check.string(raw.name, join(at, 'name'), LISTED_COOKIE_NAME, 'a cookie name without spaces, ";", "," or "="') ?? '',
      purpose: text(check, raw.purpose, join(at, 'purpose')) ?? '',
      duration: text(check, raw.duration, join(at, 'duration')) ?? '',
    };
    if (raw.provider !== undefined) cookie.provider = check.string(raw.provider, join(at, 'provider'));
    if (raw.thirdParty !== undefined) cookie.thirdParty = check.boolean(raw.thirdParty, join(at, 'thirdParty'));
    result.push(cookie);
  });
  return result;
}
