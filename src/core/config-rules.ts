// The rules a config must follow, shared by `parseConfig` (which explains every problem) and
// `acceptConfig` (the loader's small yes-or-no check): one place to change a rule.
import { LANGUAGES } from './types.js';
import type { SuostumusConfig } from './types.js';

export const BUILT_IN_CATEGORIES = ['necessary', 'analytics', 'demographics'] as const;
export const DEFAULT_COOKIE_NAME = 'suostumus';

export const TOP_KEYS = ['revision', 'language', 'noticeUrl', 'categories', 'cookie', 'record', 'respectGpc', 'google', 'notice', 'ui', 'theme'] as const;
export const COOKIE_KEYS = ['name', 'domain', 'path', 'days', 'rejectDays'] as const;
export const GOOGLE_KEYS = ['measurementId', 'tagManagerId', 'mode'] as const;
export const GOOGLE_MODES = ['basic', 'advanced'] as const;
export const CATEGORY_KEYS = ['id', 'title', 'description', 'services'] as const;
export const SERVICE_KEYS = ['name', 'provider', 'purpose', 'privacyUrl', 'cookies'] as const;
export const COOKIE_INFO_KEYS = ['name', 'purpose', 'duration', 'provider', 'thirdParty'] as const;
export const BUTTON_POSITIONS = ['bottom-left', 'bottom-right', 'hidden'] as const;
export { LANGUAGES };

export const MEASUREMENT_ID = /^G-[A-Z0-9]{4,20}$/;
export const TAG_MANAGER_ID = /^GTM-[A-Z0-9]{4,12}$/;
export const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,39}$/;
export const COOKIE_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
export const COOKIE_PATH = /^\/[^;\s]*$/;
export const DOMAIN = /^\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
export const LISTED_COOKIE_NAME = /^[^\s;,=]{1,128}$/;
export const MAX_TEXT = 4000;
export const MAX_CATEGORIES = 20;
export const MAX_SERVICES = 50;
export const MAX_COOKIES = 100;
export const MAX_REVISION = 1_000_000;
/** 13 months is the longest lifetime the EDPB and Traficom consider reasonable for a consent record. */
export const MAX_DAYS = 395;

const COLOUR = /^(?:#[0-9a-f]{3,8}|(?:rgb|hsl)a?\([\d\s.,%/-]+\))$/i;
export const THEME_PATTERNS = {
  accent: COLOUR,
  onAccent: COLOUR,
  background: COLOUR,
  text: COLOUR,
  radius: /^\d+(?:\.\d+)?(?:px|rem|em)$/,
  font: /^[\w\s,'"-]{1,200}$/,
} as const;

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

/** A config with every default and nothing of the site's yet (a fresh object each time). */
export function defaultConfig(): SuostumusConfig {
  return {
    revision: 1,
    categories: [],
    cookie: { name: DEFAULT_COOKIE_NAME, path: '/', days: 365, rejectDays: 182 },
    record: {},
    respectGpc: true,
    ui: { settingsButton: 'bottom-left' },
    theme: {},
  };
}
