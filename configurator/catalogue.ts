// The service catalogue: common services a Finnish site uses, for the configurator's picker. Data (like
// locales/): typed, so a service without a provider, a purpose in each language or a cookie's lifetime does
// not compile.
//
// Cookie names and lifetimes are as each provider's own documentation lists them at the time of writing;
// providers change them, so the configurator tells the owner to compare them with the provider's current
// list (its privacy link). `via` marks a service the widget describes itself from a Google field (the
// Google Analytics cookies come from src/core/describe.ts), so the picker points to that field instead.
// `embed` marks one of the widget's built-in embed providers (YouTube, Vimeo, Google Maps): picking it
// turns the provider on in the config's `embeds` list (configurator/model.ts), and the widget lists it in
// its built-in `embeds` category, the one `<suostumus-embed>` and `<iframe data-category data-src>` wait for.
//
// What the widget itself states is taken from where it states it, not written again: every fact of the
// built-in embed providers (src/core/embed-providers.ts: name, company, privacy policy, category, cookies)
// and their words (locales/embed/providers.ts: purposes and lifetimes, which other services' cookies share);
// Google's company and privacy policy serve for Google Analytics and Tag Manager too.
import { EMBED_PROVIDER_FACTS, EMBED_PROVIDER_WORDS } from '../src/core/embed-providers.js';
import type { EmbedTextKey } from '../src/core/embed-providers.js';
import { EMBED_PROVIDERS } from '../src/core/types.js';
import type { EmbedProvider, Language } from '../src/core/types.js';

type Words = Record<Language, string>;

/** One of the embed providers' words (locales/embed/providers.ts), in every language (in the catalogue's order). */
function providerWords(key: EmbedTextKey): Words {
  return { fi: EMBED_PROVIDER_WORDS.fi[key], sv: EMBED_PROVIDER_WORDS.sv[key], en: EMBED_PROVIDER_WORDS.en[key] };
}

/**
 * A built-in embed provider as a catalogue service, every fact as the widget states it: what the owner sees
 * in the picker is what the dialog and the notice list once the config's `embeds` names the provider. Its
 * cookies are a third party's, as the widget lists them (src/core/describe.ts).
 */
function embedProvider(id: EmbedProvider): CatalogueService {
  const facts = EMBED_PROVIDER_FACTS[id];
  return {
    id,
    name: facts.name,
    embed: id,
    category: facts.category,
    provider: facts.company,
    privacyUrl: facts.privacyUrl,
    purpose: providerWords(facts.purpose),
    cookies: facts.cookies.map((cookie) => ({ name: cookie.name, thirdParty: true, purpose: providerWords(cookie.purpose), duration: providerWords(cookie.duration) })),
  };
}

// Google's company and privacy policy, as the widget states them for Google Maps. (src/core/describe.ts
// states them for Google Analytics; importing them from there would bring the dialog's import() of the
// providers' facts into the configurator, which imports the facts statically: a build warning.)
const { company: GOOGLE, privacyUrl: GOOGLE_PRIVACY } = EMBED_PROVIDER_FACTS['google-maps'];

// Words that several services' cookies share.
const FOR_90_DAYS: Words = { fi: "90 päivää", sv: "90 dagar", en: "90 days" };
const BROWSER_IDENTIFIER: Words = { fi: "Selaimen tunniste", sv: "Webbläsaridentifierare", en: "Browser identifier" };
const FOR_1_YEAR: Words = { fi: "1 vuosi", sv: "1 år", en: "1 year" };
const SAME_VISITOR: Words = { fi: "Tunnistaa saman kävijän eri käynneillä", sv: "Känner igen samma besökare vid olika besök", en: "Recognises the same visitor across visits" };
const ONE_VISIT: Words = { fi: "Pitää yhden käynnin tiedot yhdessä", sv: "Håller ihop ett besöks uppgifter", en: "Keeps one visit's data together" };
const FOR_30_MINUTES = providerWords('thirtyMinutes');

/** One service of the catalogue: what becomes a `ServiceInfo` of the config when the owner picks it. */
export interface CatalogueService {
  id: string;
  name: string;
  /** The Google field that turns it on (`google.measurementId`, `google.tagManagerId`). */
  via?: 'measurementId' | 'tagManagerId';
  /**
   * A built-in embed provider of the widget: picking it lists it in the config's `embeds` (not as a service
   * of a category), and its facts are the widget's own (src/core/embed-providers.ts).
   */
  embed?: EmbedProvider;
  /** `analytics`, `embeds` (the built-in category of an `embed` provider), or a category of the catalogue (`marketing`). */
  category: string;
  provider: string;
  /** The provider's privacy policy (https). */
  privacyUrl: string;
  purpose: Words;
  cookies: { name: string; purpose: Words; duration: Words; thirdParty?: boolean }[];
}

export interface Catalogue {
  /** Categories of the site's own the catalogue's services go in (built-in ones have shipped texts). */
  categories: Record<string, { title: Words; description: Words }>;
  services: CatalogueService[];
}

export const CATALOGUE: Catalogue = {
  categories: {
    marketing: {
      title: { fi: "Markkinointi", sv: "Marknadsföring", en: "Marketing" },
      description: { fi: "Mainonnan kohdentaminen ja mainosten tehon mittaaminen mainosalustoilla.", sv: "Riktad reklam och mätning av annonsernas effekt på annonsplattformar.", en: "Targeting ads and measuring how well ads work on advertising platforms." },
    },
  },
  services: [
    {
      id: 'ga4',
      name: 'Google Analytics 4',
      via: 'measurementId',
      category: 'analytics',
      provider: GOOGLE,
      privacyUrl: GOOGLE_PRIVACY,
      purpose: { fi: "Kävijätilastot", sv: "Besöksstatistik", en: "Visitor statistics" },
      cookies: [],
    },
    {
      id: 'gtm',
      name: 'Google Tag Manager',
      via: 'tagManagerId',
      category: 'analytics',
      provider: GOOGLE,
      privacyUrl: GOOGLE_PRIVACY,
      purpose: { fi: "Lataa sivulle muita tunnisteita (tageja)", sv: "Laddar andra taggar på sidan", en: "Loads other tags on the page" },
      cookies: [],
    },
    {
      id: 'meta-pixel',
      name: 'Meta Pixel',
      category: 'marketing',
      provider: 'Meta Platforms Ireland Ltd',
      privacyUrl: 'https://www.facebook.com/privacy/policy/',
      purpose: { fi: "Facebook- ja Instagram-mainosten kohdentaminen ja tulosten mittaaminen", sv: "Riktning och mätning av annonser på Facebook och Instagram", en: "Targeting and measuring ads on Facebook and Instagram" },
      cookies: [
        { name: '_fbp', thirdParty: true, purpose: { fi: "Tunnistaa selaimen mainosten mittausta varten", sv: "Känner igen webbläsaren för annonsmätning", en: "Recognises the browser to measure ads" }, duration: FOR_90_DAYS },
        { name: '_fbc', thirdParty: true, purpose: { fi: "Muistaa, että kävijä tuli mainoksen kautta", sv: "Minns att besökaren kom via en annons", en: "Remembers that the visitor came from an ad" }, duration: FOR_90_DAYS },
      ],
    },
    {
      id: 'linkedin-insight',
      name: 'LinkedIn Insight Tag',
      category: 'marketing',
      provider: 'LinkedIn Ireland Unlimited Company',
      privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
      purpose: { fi: "LinkedIn-mainosten kohdentaminen ja konversioiden mittaaminen", sv: "Riktning av LinkedIn-annonser och mätning av konverteringar", en: "Targeting LinkedIn ads and measuring conversions" },
      cookies: [
        { name: 'li_sugr', thirdParty: true, purpose: BROWSER_IDENTIFIER, duration: { fi: "3 kuukautta", sv: "3 månader", en: "3 months" } },
        { name: 'bcookie', thirdParty: true, purpose: BROWSER_IDENTIFIER, duration: FOR_1_YEAR },
        { name: 'UserMatchHistory', thirdParty: true, purpose: { fi: "Mainosten kohdentaminen", sv: "Riktad reklam", en: "Ad targeting" }, duration: { fi: "30 päivää", sv: "30 dagar", en: "30 days" } },
      ],
    },
    {
      id: 'clarity',
      name: 'Microsoft Clarity',
      category: 'analytics',
      provider: 'Microsoft Ireland Operations Ltd',
      privacyUrl: 'https://privacy.microsoft.com/privacystatement',
      purpose: { fi: "Tallenteet ja lämpökartat siitä, miten sivuja käytetään", sv: "Inspelningar och värmekartor över hur sidorna används", en: "Recordings and heatmaps of how the pages are used" },
      cookies: [
        { name: '_clck', purpose: SAME_VISITOR, duration: FOR_1_YEAR },
        { name: '_clsk', purpose: { fi: "Yhdistää käynnin sivulataukset yhdeksi tallenteeksi", sv: "Knyter ihop ett besöks sidvisningar till en inspelning", en: "Joins one visit's page views into one recording" }, duration: { fi: "1 päivä", sv: "1 dag", en: "1 day" } },
      ],
    },
    {
      id: 'hotjar',
      name: 'Hotjar',
      category: 'analytics',
      provider: 'Hotjar Ltd',
      privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
      purpose: { fi: "Lämpökartat, tallenteet ja palautekyselyt", sv: "Värmekartor, inspelningar och feedbackenkäter", en: "Heatmaps, recordings and feedback surveys" },
      cookies: [
        { name: '_hjSessionUser_*', purpose: SAME_VISITOR, duration: FOR_1_YEAR },
        { name: '_hjSession_*', purpose: ONE_VISIT, duration: FOR_30_MINUTES },
      ],
    },
    {
      id: 'matomo',
      name: 'Matomo',
      category: 'analytics',
      provider: 'Matomo (your own server or Matomo Cloud, InnoCraft Ltd)',
      privacyUrl: 'https://matomo.org/privacy-policy/',
      purpose: { fi: "Kävijätilastot", sv: "Besöksstatistik", en: "Visitor statistics" },
      cookies: [
        { name: '_pk_id*', purpose: SAME_VISITOR, duration: { fi: "13 kuukautta", sv: "13 månader", en: "13 months" } },
        { name: '_pk_ses*', purpose: ONE_VISIT, duration: FOR_30_MINUTES },
      ],
    },
    // YouTube, Vimeo and Google Maps: the widget's built-in embed providers, as it states them.
    ...EMBED_PROVIDERS.map(embedProvider),
  ],
};
