// The config rulebook: what a site's config may hold, as one declarative table (CONFIG, below), and
// its defaults. `walkConfig` (config-walk.ts) walks it once; the loader's reporter stops at the first
// problem and the check chunk's (config.ts) words every problem. The table carries no wording, so the
// loader, which every page view downloads, carries none either.
import { EMBED_PROVIDERS, LANGUAGES } from './types.js';
import { MAX_TEXT } from './values.js';

/**
 * `embeds` is the category a `<suostumus-embed>` needs unless it names its own (src/embed): offered
 * only where an embed needs it (config-walk.ts).
 */
export const BUILT_IN_CATEGORIES = ['necessary', 'analytics', 'demographics', 'embeds'] as const;
export const DEFAULT_COOKIE_NAME = 'suostumus';
export { LANGUAGES, MAX_TEXT };
export const MAX_CATEGORIES = 20;
export const MAX_SERVICES = 50;
export const MAX_COOKIES = 100;
export const MAX_REVISION = 1_000_000;
/** 13 months is the longest lifetime the EDPB and Traficom consider reasonable for a consent record. */
export const MAX_DAYS = 395;

// Rule kinds: numbers rather than names, as the table ships in the loader.
export const STRING = 0, INTEGER = 1, BOOLEAN = 2, ONE_OF = 3, LINK = 4, ANY_OBJECT = 5, LIST = 6, CATEGORIES = 7, OBJECT = 8, TEXT = 9;

/**
 * One rule of the table; `k` is its kind.
 * - STRING: a non-blank string, matching `p` when given, at most `max` characters when given;
 * - INTEGER: a whole number from `min` to `max`; BOOLEAN: true or false; ONE_OF: one of `of`;
 * - LINK: an http(s) URL, or also a site-relative path when `rel` (see `isAllowedUrl`);
 * - TEXT: a localized text (`LocalizedText`): a STRING of at most `max`, or an object of such per language;
 * - ANY_OBJECT: any plain object, kept as it is (the notice: src/notice checks it where it is rendered);
 * - LIST: an array of at most `max` items, each following `of`;
 * - OBJECT: a plain object with the keys of `f` only (see `Fields`; any other key is reported: a typo must
 *   not pass silently); with `need`, at least one of those keys;
 * - CATEGORIES: a LIST of category objects, merged with the built-in ones (config-walk.ts says how).
 */
export type Rule =
  | { k: typeof STRING; p?: RegExp; max?: number }
  | { k: typeof INTEGER; min: number; max: number }
  | { k: typeof BOOLEAN }
  | { k: typeof ONE_OF; of: readonly string[] }
  | { k: typeof LINK; rel: boolean }
  | { k: typeof ANY_OBJECT }
  | { k: typeof LIST; max: number; of: Rule }
  | { k: typeof CATEGORIES; max: number; of: ObjectRule & { f: { id: Rule } } }
  | ObjectRule
  | TextRule;

/** An object's fields: each key's rule; `r`, keys that must be given; `d`, values for keys not given. */
export interface Fields {
  f: Record<string, Rule>;
  r?: readonly string[];
  d?: Readonly<Record<string, unknown>>;
}
export interface ObjectRule extends Fields { k: typeof OBJECT; need?: readonly string[] }
export interface TextRule extends Fields { k: typeof TEXT; max: number }

const str = (p?: RegExp): Rule => ({ k: STRING, p });
const obj = (f: Record<string, Rule>, d?: Record<string, unknown>, r?: readonly string[], need?: readonly string[]): ObjectRule => ({ k: OBJECT, f, d, r, need });
const int = (min: number, max: number): Rule => ({ k: INTEGER, min, max });
const one = (of: readonly string[]): Rule => ({ k: ONE_OF, of });
const list = (max: number, of: Rule): Rule => ({ k: LIST, max, of });
const BOOL: Rule = { k: BOOLEAN };
const ANY_STRING = str();
const LANGUAGE_TEXT: Rule = { k: STRING, max: MAX_TEXT };
const LOCALIZED: TextRule = { k: TEXT, max: MAX_TEXT, f: { fi: LANGUAGE_TEXT, en: LANGUAGE_TEXT, sv: LANGUAGE_TEXT } };
const DAYS = int(1, MAX_DAYS);
const COLOUR = str(/^(?:#[0-9a-f]{3,8}|(?:rgb|hsl)a?\([\d\s.,%/-]+\))$/i);

/**
 * The whole config (`SuostumusConfig`, see types.ts for what each field means). Fields are checked in
 * the order written here, so problems are reported in this order (and an unknown key's message lists
 * them in it); a key not given takes its `d` value, which is walked like a given one (so `cookie: {}`
 * fills in the cookie's own defaults).
 */
export const CONFIG: ObjectRule = obj({
  revision: int(0, MAX_REVISION),
  language: one(LANGUAGES),
  noticeUrl: { k: LINK, rel: true },
  // Built-in categories first, then the site's own, in its order; a site may extend a built-in one.
  categories: {
    k: CATEGORIES,
    max: MAX_CATEGORIES,
    // title and description are required of a site's own category only: a built-in one has shipped texts.
    of: obj({
      id: str(/^[a-z][a-z0-9_-]{0,39}$/),
      title: LOCALIZED,
      description: LOCALIZED,
      services: list(MAX_SERVICES, obj({
        name: ANY_STRING,
        provider: ANY_STRING,
        purpose: LOCALIZED,
        privacyUrl: { k: LINK, rel: false },
        cookies: list(MAX_COOKIES, obj({
          name: str(/^[^\s;,=]{1,128}$/),
          purpose: LOCALIZED,
          duration: LOCALIZED,
          provider: ANY_STRING,
          thirdParty: BOOL,
        }, {}, ['name', 'purpose', 'duration'])),
      }, { cookies: [] }, ['name', 'provider'])),
    }, {}, ['id', 'title', 'description']) as ObjectRule & { f: { id: Rule } },
  },
  cookie: obj({
    name: str(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/),
    domain: str(/^\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i),
    // No quote or backslash: the path is written into the cookie's JSON unescaped (storage.ts, cookieScope).
    path: str(/^\/[^;\s"\\]*$/),
    /** Lifetime of a record that grants at least one optional category, in days. */
    days: DAYS,
    /** Lifetime of a record that refuses every optional category, in days. */
    rejectDays: DAYS,
  }, { name: DEFAULT_COOKIE_NAME, path: '/', days: 365, rejectDays: 182 }),
  record: obj({ endpoint: { k: LINK, rel: true } }),
  respectGpc: BOOL,
  google: obj({
    // Not the placeholder of Google's docs and the README (G-XXXXXXXXXX, GTM-XXXXXXX): analytics would
    // be loaded after consent and measure nothing.
    measurementId: str(/^G-(?!X+$)[A-Z0-9]{4,20}$/),
    tagManagerId: str(/^GTM-(?!X+$)[A-Z0-9]{4,12}$/),
    mode: one(['basic', 'advanced']),
  }, { mode: 'basic' }, [], ['measurementId', 'tagManagerId']),
  // The built-in embed providers the site uses, so that their services are listed on every page.
  embeds: list(EMBED_PROVIDERS.length, one(EMBED_PROVIDERS)),
  // The notice's content is checked by src/notice where a page renders it, so the loader never
  // carries the notice model; here it only has to be an object.
  notice: { k: ANY_OBJECT },
  ui: obj({ settingsButton: one(['bottom-left', 'bottom-right', 'hidden']) }, { settingsButton: 'bottom-left' }),
  // Each value becomes a CSS custom property: patterns, not a CSS parser, keep `;` and `url(` out.
  theme: obj({
    accent: COLOUR,
    onAccent: COLOUR,
    background: COLOUR,
    text: COLOUR,
    radius: str(/^\d+(?:\.\d+)?(?:px|rem|em)$/),
    font: str(/^[\w\s,'"-]{1,200}$/),
  }),
}, { revision: 1, categories: [], cookie: {}, record: {}, respectGpc: true, embeds: [], ui: {}, theme: {} });
