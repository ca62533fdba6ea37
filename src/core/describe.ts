// What each category is, in words, for the settings dialog and the notice's cookie section alike:
// the site's config plus the shipped texts and the services suostumus itself brings (its own cookie,
// Google Analytics, Google signals, the embed providers in use). One source, so the banner and the
// notice cannot disagree.

import type { Messages } from '../../locales/messages.js';
import { localize } from './localize.js';
import type { CategoryConfig, Language, LocalizedText, SuostumusConfig } from './types.js';

export interface LocalizedString {
  text: string;
  /** The language the text is really in (a site text may lack the visitor's language). */
  lang: Language;
}

export interface CookieView {
  name: string;
  purpose: LocalizedString;
  duration: LocalizedString;
  provider: string;
  thirdParty: boolean;
}

export interface ServiceView {
  name: string;
  provider: string;
  purpose?: LocalizedString;
  privacyUrl?: string;
  cookies: CookieView[];
}

export interface CategoryView {
  id: string;
  title: LocalizedString;
  description: LocalizedString;
  required: boolean;
  services: ServiceView[];
}

/** The built-in embed providers' facts and words, once `loadEmbedFacts` has fetched them. */
let providers: typeof import('./embed-providers.js') | undefined;

/**
 * Fetches the built-in embed providers' facts and their words, so that `describeCategories` lists the
 * providers `config` names (its `embeds`: those the site lists, and those the embed chunk found on the
 * page). They are a chunk of their own (src/delivery.ts: `providers`), so that the dialog and the notice
 * of a site without embeds do not download them. Undefined when there is nothing to wait for (no provider
 * named, or the facts are here); otherwise a promise, resolved once they are here, rejected when the
 * fetch fails (the next call tries again).
 */
export function loadEmbedFacts(config: SuostumusConfig): Promise<void> | undefined {
  return providers || config.embeds.length === 0 ? undefined
    : import('./embed-providers.js').then((module) => { providers = module; });
}

const GOOGLE = 'Google Ireland Ltd';
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';

function builtInTexts(category: CategoryConfig, messages: Messages): { title: string; description: string } | undefined {
  // Own keys only: a site's category "toString" has no shipped texts.
  return Object.hasOwn(messages.categories, category.id) ? messages.categories[category.id as keyof Messages['categories']] : undefined;
}

/** Services suostumus itself brings into a category. */
function shippedServices(category: CategoryConfig, config: SuostumusConfig, t: Messages, language: Language): ServiceView[] {
  const own = (text: string): LocalizedString => ({ text, lang: language });
  const g = t.google;
  if (category.id === 'necessary') {
    return [{
      name: 'suostumus',
      provider: location.hostname,
      cookies: [{ name: config.cookie.name, purpose: own(g.consentCookie), duration: own(g.consentDuration), provider: location.hostname, thirdParty: false }],
    }];
  }
  const id = config.google?.measurementId;
  if (category.id === 'analytics' && config.google) {
    return [{
      name: 'Google Analytics', provider: GOOGLE, purpose: own(g.analyticsPurpose), privacyUrl: GOOGLE_PRIVACY,
      cookies: [
        { name: '_ga', purpose: own(g.gaCookie), duration: own(g.twoYears), provider: GOOGLE, thirdParty: true },
        { name: id ? `_ga_${id.slice(2)}` : '_ga_*', purpose: own(g.gaContainerCookie), duration: own(g.twoYears), provider: GOOGLE, thirdParty: true },
      ],
    }];
  }
  if (category.id === 'demographics' && config.google) {
    return [{
      name: 'Google signals', provider: GOOGLE, purpose: own(g.demographicsPurpose), privacyUrl: GOOGLE_PRIVACY,
      cookies: [
        { name: '_gcl_au', purpose: own(g.gclCookie), duration: own(g.threeMonths), provider: GOOGLE, thirdParty: true },
        { name: 'IDE (doubleclick.net)', purpose: own(g.ideCookie), duration: own(g.thirteenMonths), provider: GOOGLE, thirdParty: true },
      ],
    }];
  }
  // The built-in embed providers the site uses (the config's `embeds`, and those on this page), each under
  // the category it needs; their facts are here once `loadEmbedFacts` has fetched them.
  return config.embeds.flatMap((provider): ServiceView[] => {
    const facts = providers?.EMBED_PROVIDER_FACTS[provider];
    const e = providers?.EMBED_PROVIDER_WORDS[language];
    return e && facts?.category === category.id ? [{
      name: facts.name, provider: facts.company, purpose: own(e[facts.purpose]), privacyUrl: facts.privacyUrl,
      cookies: facts.cookies.map((cookie) => ({
        name: cookie.name, purpose: own(e[cookie.purpose]), duration: own(e[cookie.duration]), provider: facts.company, thirdParty: true,
      })),
    }] : [];
  });
}

/**
 * Every category of `config` in words, in `language`: its title and description (the site's, else the
 * shipped texts), and the services and cookies behind it (the site's, and those suostumus brings). The
 * embed providers are listed once their facts are here: wait for `loadEmbedFacts` first.
 */
export function describeCategories(config: SuostumusConfig, messages: Messages, language: Language): CategoryView[] {
  const text = (value: LocalizedText | undefined, fallback: string): LocalizedString =>
    value === undefined ? { text: fallback, lang: language } : localize(value, language);
  // The config's categories are exactly what is offered (see config-walk.ts): nothing is filtered here.
  return config.categories
    .map((category) => {
      const shipped = builtInTexts(category, messages);
      return {
        id: category.id,
        title: text(category.title, shipped?.title ?? category.id),
        description: text(category.description, shipped?.description ?? ''),
        required: category.required,
        services: [
          ...shippedServices(category, config, messages, language),
          ...category.services.map((service): ServiceView => ({
            name: service.name,
            provider: service.provider,
            ...(service.purpose ? { purpose: localize(service.purpose, language) } : {}),
            ...(service.privacyUrl ? { privacyUrl: service.privacyUrl } : {}),
            cookies: service.cookies.map((cookie) => ({
              name: cookie.name,
              purpose: localize(cookie.purpose, language),
              duration: localize(cookie.duration, language),
              provider: cookie.provider ?? service.provider,
              thirdParty: cookie.thirdParty ?? false,
            })),
          })),
        ],
      };
    });
}
