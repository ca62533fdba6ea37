// The config as a site writes it (JSON, or an object literal in TypeScript): every field optional, the
// shape the rulebook (config-rules.ts) accepts. Types, and `defineConfig`, which costs nothing. `SuostumusConfig`
// (types.ts) is what `parseConfig` returns from it, with every default filled in.
//
// `Id` is the union of the site's own category ids, inferred from the literal where TypeScript can (see
// `defineConfig`), so that `set({ marketing: true })` is checked against the config it came from.
import type { BUILT_IN_CATEGORIES } from './config-rules.js';
import type { GoogleMode, Language, LocalizedText } from './types.js';

/** `necessary`, `analytics` and `demographics`: the categories every config has (texts ship in each language). */
export type BuiltInCategoryId = (typeof BUILT_IN_CATEGORIES)[number];

/** The category ids of a config: the built-in ones and the site's own (`Id`). */
export type CategoryId<Id extends string = string> = BuiltInCategoryId | Id;

/** One cookie a service sets, listed in the settings dialog and the notice. */
export interface CookieInput {
  /** The cookie's name (no spaces, `;`, `,` or `=`; at most 128 characters); a trailing `*` means "names starting with". */
  name: string;
  /** What it is for. */
  purpose: LocalizedText;
  /** How long it lives, in words ("2 vuotta", "istunto"): shown, never computed. */
  duration: LocalizedText;
  /** Who sets it; default: the service's provider. */
  provider?: string;
  /** True when a third party (not the site) reads it; default false. */
  thirdParty?: boolean;
}

/** A service (a tool, a provider) behind a category. */
export interface ServiceInput {
  name: string;
  provider: string;
  purpose?: LocalizedText;
  /** The provider's privacy policy: an http(s) URL. */
  privacyUrl?: `http://${string}` | `https://${string}`;
  /** At most 100; default none. */
  cookies?: readonly CookieInput[];
}

/**
 * A category of the config: a built-in one (`necessary`, `analytics`, `demographics`) to which the site
 * adds services or its own texts, or a category of the site's own, which needs `title` and `description`.
 */
export interface CategoryInput<Id extends string = string> {
  /** Lowercase letters, digits, `-` and `_`, starting with a letter; at most 40 characters. */
  id: Id | BuiltInCategoryId;
  /** Required for a site's own category; a built-in one has shipped texts in every language. */
  title?: LocalizedText;
  description?: LocalizedText;
  /** At most 50; default none. */
  services?: readonly ServiceInput[];
}

/** A colour for `theme`: `#hex`, `rgb()`/`rgba()` or `hsl()`/`hsla()`. */
export type ThemeColour = `#${string}` | `rgb${string}` | `hsl${string}`;

/**
 * The config a site writes: the JSON of `<script id="suostumus-config">`, or what `startSuostumus` and
 * `parseConfig` take on npm. Every field is optional; an unknown field is an error (a typo must not pass
 * silently). README "Configuration" has the same table.
 */
export interface SuostumusConfigInput<Id extends string = string> {
  /** Raise it when what you ask consent for changes: every visitor is asked again. A whole number 0–1,000,000; default 1. */
  revision?: number;
  /** Language of the banner and dialog; default: the page's `lang`, then the browser's, then Finnish. */
  language?: Language;
  /** Your privacy notice, linked from the banner: an http(s) URL or a `/path`. Default: no link. */
  noticeUrl?: string;
  /** Your own categories (at most 20), or services and texts added to a built-in one. Default: the built-ins only. */
  categories?: readonly CategoryInput<Id>[];
  cookie?: {
    /** Name of the cookie that stores the choice; default `"suostumus"`. */
    name?: string;
    /** Host name to share one choice across subdomains (`example.fi`); default: the current host only. */
    domain?: string;
    /** Cookie path, starting with `/`; default `"/"`. */
    path?: string;
    /** Days a choice that allows something is kept (then the visitor is asked again): 1–395, default 365. */
    days?: number;
    /** Days a refusal of everything optional is kept: 1–395, default 182. */
    rejectDays?: number;
  };
  record?: {
    /** Where each decision is sent as proof of consent (GDPR 7(1)): an http(s) URL or a `/path`. Default: not sent. */
    endpoint?: string;
  };
  /** Treat the browser's Global Privacy Control signal as a refusal (never as consent); default true. */
  respectGpc?: boolean;
  /** Google Analytics 4 and/or Tag Manager, gated on consent; at least one id. Default: no Google. */
  google?: {
    /** Google Analytics 4 measurement id, `G-` and 4–20 capital letters or digits. */
    measurementId?: `G-${string}`;
    /** Google Tag Manager container id, `GTM-` and 4–12 capital letters or digits. */
    tagManagerId?: `GTM-${string}`;
    /** `basic` (default, what Finnish law points to): gtag.js loads only after consent; `advanced`: at once, all denied. */
    mode?: GoogleMode;
  };
  /** The privacy notice's content for `<suostumus-notice>` (README "The privacy notice"); checked where it is rendered. */
  notice?: object;
  ui?: {
    /** Where the persistent settings button sits; default `"bottom-left"`. Hide it only if every page has a `data-suostumus-open` link. */
    settingsButton?: 'bottom-left' | 'bottom-right' | 'hidden';
  };
  /** Colours, corner radius and font of the banner, dialog and button; default: see README "Theming". */
  theme?: {
    accent?: ThemeColour;
    onAccent?: ThemeColour;
    background?: ThemeColour;
    text?: ThemeColour;
    /** A length in `px`, `rem` or `em`; default `0.5rem`. */
    radius?: `${number}${'px' | 'rem' | 'em'}`;
    /** A font-family list; default: the system font. */
    font?: string;
  };
}

/**
 * Returns `config` as it is: it only lets TypeScript check the fields and literal values and infer the
 * site's own category ids, for `startSuostumus(config)` and `api.set({ … })`. Nothing is validated at
 * run time here (`startSuostumus` and `parseConfig` do that).
 */
export function defineConfig<const Id extends string = never>(config: SuostumusConfigInput<Id>): SuostumusConfigInput<Id> {
  return config;
}
