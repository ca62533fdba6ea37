// Public types of the consent core. Every name here is part of the npm package's API.

export const LANGUAGES = ['fi', 'en', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The embed providers suostumus knows, each with its facts in src/core/embed-providers.ts; a
 * `<suostumus-embed provider="iframe">` is any other iframe.
 */
export const EMBED_PROVIDERS = ['youtube', 'vimeo', 'google-maps'] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];
/** The built-in category an embed needs unless it names its own (src/core/config-walk.ts says when it is offered). */
export const EMBEDS_CATEGORY = 'embeds';

/** A text given once for every language, or per language (`{ fi, en, sv }`, at least one). */
export type LocalizedText = string | Partial<Record<Language, string>>;

export interface CookieInfo {
  /** Cookie name; a trailing `*` means "names starting with". */
  name: string;
  purpose: LocalizedText;
  /** How long it lives, in words ("2 vuotta", "session"). */
  duration: LocalizedText;
  /** Who sets it; defaults to the service's provider. */
  provider?: string;
  /** True when a third party (not the site) reads the cookie. */
  thirdParty?: boolean;
}

export interface ServiceInfo {
  name: string;
  provider: string;
  purpose?: LocalizedText;
  /** The provider's privacy policy (http or https). */
  privacyUrl?: string;
  cookies: CookieInfo[];
}

export interface CategoryConfig {
  /** `necessary`, `analytics`, `demographics`, or a site's own id (lowercase letters, digits, `-`, `_`). */
  id: string;
  /** Required for a site's own category; built-in categories fall back to the shipped texts. */
  title?: LocalizedText;
  description?: LocalizedText;
  services: ServiceInfo[];
  /** `necessary` only: always on, never a choice. */
  required: boolean;
}

export type GoogleMode = 'basic' | 'advanced';

export interface GoogleConfig {
  measurementId?: string;
  tagManagerId?: string;
  mode: GoogleMode;
}

export interface CookieOptions {
  name: string;
  domain?: string;
  path: string;
  /** Lifetime of a record that grants at least one optional category, in days. */
  days: number;
  /** Lifetime of a record that refuses every optional category, in days. */
  rejectDays: number;
}

/** A validated configuration: every default filled in. Made by `parseConfig`. */
export interface SuostumusConfig {
  revision: number;
  language?: Language;
  noticeUrl?: string;
  categories: CategoryConfig[];
  cookie: CookieOptions;
  record: { endpoint?: string };
  respectGpc: boolean;
  google?: GoogleConfig;
  ui: { settingsButton: 'bottom-left' | 'bottom-right' | 'hidden' };
  /** Theme values; each becomes a `--suostumus-*` custom property on the elements. */
  theme: Partial<Record<'accent' | 'onAccent' | 'background' | 'text' | 'radius' | 'font', string>>;
  /**
   * The built-in embed providers this site uses (`youtube`, `vimeo`, `google-maps`): those the config
   * lists, so that the dialog and the notice name them on every page, and those on this page. Default `[]`.
   */
  embeds: EmbedProvider[];
  /** The privacy notice's content, validated by `parseNotice` (src/notice) where it is rendered. */
  notice?: unknown;
}

/** Where the visitor decided: `embed` is an embed's "allow everywhere" button (src/embed). */
export type ConsentSource = 'banner' | 'preferences' | 'api' | 'gpc' | 'embed';
export const CONSENT_SOURCES: readonly ConsentSource[] = ['banner', 'preferences', 'api', 'gpc', 'embed'];

/** The stored choice: what the `suostumus` cookie holds and what `suostumus-change` carries. */
export interface ConsentRecord<Id extends string = string> {
  /** Random UUID, kept across changes so one visitor's decisions can be tied together. */
  id: string;
  /** The config revision the visitor saw. */
  revision: number;
  /** When the decision was made, ISO 8601. */
  timestamp: string;
  /** Every category of the config, `true` granted or `false` refused. */
  categories: Record<Id, boolean>;
  source: ConsentSource;
  language: Language;
}

/** Why the visitor has to be asked. */
export type PromptReason = 'first-visit' | 'revision' | 'expired';

/** `Id`: the config's category ids, where TypeScript knows them (see `defineConfig`). */
export interface ConsentState<Id extends string = string> {
  /** `decided` once a valid record exists for the current revision and lifetime. */
  status: 'undecided' | 'decided';
  /** The stored record, or `null` while undecided. */
  record: ConsentRecord<Id> | null;
  /** What is granted now, for every category. Optional categories are `false` while undecided. */
  categories: Record<Id, boolean>;
  /** True when the current refusal comes from the browser's Global Privacy Control signal. */
  gpc: boolean;
  /** True when the banner should be shown: undecided, or a GPC refusal made in this page view. */
  prompt: boolean;
  /** Why the visitor is asked, while undecided. */
  reason: PromptReason | null;
}
