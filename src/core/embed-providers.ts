// The built-in embed providers as data: who they are, where their privacy policy is, which category
// they need, which cookies they may set, and the privacy-friendlier address of their player. The one
// place for these facts: the settings dialog and the notice list them (describe.ts), the embed element
// shows and loads them (src/embed/). Cookie names and lifetimes: the providers' own cookie pages
// (policies.google.com/technologies/cookies, vimeo.com/cookie_policy), checked 2026-11.
import { providerMessages } from '../../locales/embed/providers.js';
import type { ProviderMessages } from '../../locales/embed/providers.js';
import type { EMBEDS_CATEGORY, EmbedProvider, Language } from './types.js';

/**
 * The providers' words (purposes, lifetimes) in every language, with their facts: the dialog and the notice
 * fetch this module only where a site uses a provider (src/core/describe.ts: `loadEmbedFacts`).
 */
export const EMBED_PROVIDER_WORDS: Readonly<Record<Language, ProviderMessages>> = providerMessages;

/** A key of the providers' words (locales/embed/providers.ts): a purpose or a lifetime. */
export type EmbedTextKey = keyof ProviderMessages;

export interface EmbedProviderFacts {
  /** The service, as the visitor knows it. */
  name: string;
  /** Who receives the visitor's data once the embed loads. */
  company: string;
  /** The provider's privacy policy (https). */
  privacyUrl: string;
  /** The category the embed needs unless the element names its own. */
  category: string;
  /** The box's width / height before the site gives its own `width` and `height` (CSS `aspect-ratio`). */
  ratio: string;
  /** A video: "load" says "play", and the player starts at once. */
  video: boolean;
  /** What the service does for the visitor, a key of the providers' words. */
  purpose: EmbedTextKey;
  /** Cookies the provider may set once the embed loads: name, purpose and lifetime (keys of the providers' words). */
  cookies: readonly { name: string; purpose: EmbedTextKey; duration: EmbedTextKey }[];
  /** The provider's domains (and their subdomains): a `poster` there is refused, and the tests watch them. */
  hosts: readonly string[];
  /** The `allow` attribute of its iframe: only what the player needs. */
  allow: string;
  /**
   * The iframe's address for the element's `src` (an id, or a URL of this provider), started at once when
   * `play`; undefined when `src` is neither.
   */
  url(src: string, play: boolean): string | undefined;
}

// Type-checked to be EMBEDS_CATEGORY, but not imported: a value imported from types.ts would pull that
// module into this one's chunk (categories), and with it every chunk that needs the languages list.
const EMBEDS: typeof EMBEDS_CATEGORY = 'embeds';
const GOOGLE = 'Google Ireland Ltd';
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';
/**
 * What a video's iframe may use. Fullscreen is not in it: the element sets `allowfullscreen`, as YouTube's
 * own embed code does, since Safari does not take `fullscreen` in `allow` and Chromium warns on the
 * console when both are given.
 */
const VIDEO_ALLOW = 'autoplay; encrypted-media; picture-in-picture';

/** True when `hostname` is one of `hosts` or a subdomain of one. */
export function onHosts(hostname: string, hosts: readonly string[]): boolean {
  return hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/** `src` as an https URL on one of `hosts` (or a subdomain of one), else undefined. */
function on(src: string, ...hosts: string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' && onHosts(url.hostname, hosts) ? url : undefined;
}

export const EMBED_PROVIDER_FACTS: Readonly<Record<EmbedProvider, EmbedProviderFacts>> = {
  youtube: {
    name: 'YouTube',
    company: GOOGLE,
    privacyUrl: GOOGLE_PRIVACY,
    category: EMBEDS,
    ratio: '16 / 9',
    video: true,
    purpose: 'videoPurpose',
    // youtube-nocookie.com sets these only once the video plays (Google's "privacy-enhanced mode").
    cookies: [
      { name: 'YSC', purpose: 'ysc', duration: 'session' },
      { name: 'VISITOR_INFO1_LIVE', purpose: 'visitorInfo', duration: 'sixMonths' },
    ],
    hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com', 'ggpht.com'],
    allow: VIDEO_ALLOW,
    url(src, play) {
      const url = on(src, 'youtube.com', 'youtu.be', 'youtube-nocookie.com');
      const id = /^[\w-]{11}$/.test(src) ? src
        : url?.hostname === 'youtu.be' ? url.pathname.slice(1)
          : url?.searchParams.get('v') ?? /^\/(?:embed|shorts|live)\/([\w-]{11})/.exec(url?.pathname ?? '')?.[1];
      // The privacy-enhanced host: no cookies until the visitor plays the video.
      return id && /^[\w-]{11}$/.test(id) ? `https://www.youtube-nocookie.com/embed/${id}${play ? '?autoplay=1' : ''}` : undefined;
    },
  },
  vimeo: {
    name: 'Vimeo',
    company: 'Vimeo.com, Inc.',
    privacyUrl: 'https://vimeo.com/privacy',
    category: EMBEDS,
    ratio: '16 / 9',
    video: true,
    purpose: 'videoPurpose',
    cookies: [{ name: '__cf_bm', purpose: 'cfBm', duration: 'thirtyMinutes' }],
    hosts: ['vimeo.com', 'vimeocdn.com'],
    allow: VIDEO_ALLOW,
    url(src, play) {
      const url = on(src, 'vimeo.com');
      const id = /^\d+$/.test(src) ? src : /^\/(?:video\/)?(\d+)/.exec(url?.pathname ?? '')?.[1];
      if (!id) return undefined;
      // dnt=1: Vimeo's player tracks no session data and sets no analytics cookies. `h`: an unlisted video's key.
      const player = new URL(`https://player.vimeo.com/video/${id}?dnt=1`);
      const key = url?.searchParams.get('h') ?? /^\/\d+\/(\w+)/.exec(url?.pathname ?? '')?.[1];
      if (key) player.searchParams.set('h', key);
      if (play) player.searchParams.set('autoplay', '1');
      return player.href;
    },
  },
  'google-maps': {
    name: 'Google Maps',
    company: GOOGLE,
    privacyUrl: GOOGLE_PRIVACY,
    category: EMBEDS,
    ratio: '4 / 3',
    video: false,
    purpose: 'mapPurpose',
    cookies: [
      { name: 'NID', purpose: 'nid', duration: 'sixMonths' },
      { name: 'AEC', purpose: 'aec', duration: 'sixMonths' },
    ],
    hosts: ['google.com', 'googleapis.com', 'gstatic.com', 'ggpht.com'],
    allow: '',
    // Google has no cookie-free host for maps: the address is the one "Share → Embed a map" gives.
    url: (src) => (on(src, 'google.com')?.pathname.startsWith('/maps/embed') ? src : undefined),
  },
};
