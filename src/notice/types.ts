// The privacy notice (tietosuojaseloste) as data: its types and the tables that name its sections.
// Typed, JSON-serialisable; `parseNotice` (parse.ts) validates it. No Lit and no DOM here, nor in
// parse.ts and rich-text.ts, so the model can be checked anywhere (a build step, a CMS, Node).
//
// Text is never HTML. A text is a plain string or `{ fi, en, sv }`; rich text is paragraphs, bullet
// lists, subheadings and links (http, https, mailto, tel, or a path on the same site). See docs/notice.md.

import type { Language, LocalizedText } from '../core/types.js';

// ---------------------------------------------------------------------------------------------
// Rich text

/** A link. `text` defaults to the address itself (without `mailto:` / `tel:`). */
export interface NoticeLink {
  href: string;
  text?: LocalizedText;
}

/** A piece of a paragraph: text, or a link. */
export type Inline = LocalizedText | NoticeLink;

/** A paragraph made of text and links: `{ "p": ["Write to ", { "href": "mailto:…" }, "."] }`. */
export interface ParagraphBlock {
  p: Inline | Inline[];
}

/** A bullet list; an item is a text, a link, or an array of both. */
export interface ListBlock {
  list: (Inline | Inline[])[];
}

/** A heading inside a section (one level below the section's heading). */
export interface SubheadingBlock {
  subheading: LocalizedText;
}

/** A string (or `{ fi, en, sv }`) is a paragraph; a link alone is a paragraph holding the link. */
export type Block = LocalizedText | NoticeLink | ParagraphBlock | ListBlock | SubheadingBlock;

/**
 * Rich text: one block, an array of blocks, or per language `{ "fi": [...], "en": [...] }`.
 * Inside, any text may again be a string or `{ fi, en, sv }`.
 */
export type RichText = Block | Block[] | Partial<Record<Language, Block | Block[]>>;

// ---------------------------------------------------------------------------------------------
// Sections

/** Who: the controller, a contact person, a data protection officer. */
export interface Party {
  name?: LocalizedText;
  /** What this party is, e.g. "Tietosuojavastaava" / "Data protection officer". */
  role?: LocalizedText;
  /** Y-tunnus (`1234567-1`, its check digit is verified) or another registry number. */
  businessId?: string;
  /** Street address; a line break (`\n`) starts a new line. */
  address?: LocalizedText;
  phone?: string;
  email?: string;
  /** http(s) */
  website?: string;
  /**
   * The contact block as its owner wrote it (a line break starts a new line): shown instead of the
   * labelled fields, whose values stay for the completeness check. Addresses in it become links.
   */
  asWritten?: LocalizedText;
}

/** What every section has: its heading may be replaced, and the site's own text. */
export interface SectionBase {
  /** Replaces the shipped heading. */
  heading?: LocalizedText;
  /** The site's own text for the section. */
  text?: RichText;
}

/** A section that is only text may be given as its rich text directly: `"sources": "…"`. */
export type TextSection = RichText | SectionBase;

export interface ControllerSection extends Omit<Party, 'name'>, SectionBase {
  name: LocalizedText;
}

export interface ContactSection extends SectionBase {
  /** Contact people and/or the data protection officer. */
  people?: Party[];
}

/** The legal bases of GDPR article 6(1), (a) to (f). */
export const LEGAL_BASES = [
  'consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * Names of the legal bases as owners write them, in Finnish, Swedish and English (lowercase): accepted
 * wherever a basis is given (`"basis": "sopimus"` is `contract`). GDPR article 6(1) in each language.
 */
export const LEGAL_BASIS_NAMES: Readonly<Record<string, LegalBasis>> = {
  suostumus: 'consent', 'rekisteröidyn suostumus': 'consent', samtycke: 'consent',
  sopimus: 'contract', avtal: 'contract',
  'lakisääteinen velvoite': 'legal-obligation', 'lakisääteinen velvollisuus': 'legal-obligation', 'rättslig förpliktelse': 'legal-obligation', 'legal obligation': 'legal-obligation',
  'elintärkeä etu': 'vital-interests', 'grundläggande intresse': 'vital-interests', 'vital interests': 'vital-interests',
  'yleinen etu': 'public-task', 'allmänt intresse': 'public-task', 'public task': 'public-task',
  'oikeutettu etu': 'legitimate-interests', 'berättigat intresse': 'legitimate-interests', 'legitimate interest': 'legitimate-interests', 'legitimate interests': 'legitimate-interests',
};

export interface Purpose {
  purpose: LocalizedText;
  basis: LegalBasis;
  /** E.g. what the legitimate interest is, or which law obliges. */
  detail?: LocalizedText;
}

export interface PurposesSection extends SectionBase {
  items?: Purpose[];
}

export interface SecuritySection extends SectionBase {
  /** Manual (paper) material. */
  manual?: RichText;
  /** Electronically processed data. */
  electronic?: RichText;
}

export interface CookiesSection extends SectionBase {
  /**
   * Show the shipped explanation of cookies (and of Google Analytics when used). Default: only when
   * the site gives no `text` of its own (see `StandardSection`).
   */
  standard?: boolean;
  /** List the categories, services and cookies of the consent config. Default true. */
  generated?: boolean;
  /** Explain Google Analytics and demographics. Default: whether the consent config uses Google. */
  google?: boolean;
}

export interface AutomatedDecisionsSection extends SectionBase {
  /** True: show the shipped statement that no automated decisions or profiling take place. */
  none?: boolean;
}

/**
 * A section with a shipped standard text: the rights, the complaint (and the cookies).
 * `standard`: show the shipped text. Default: only when the site gives no `text` of its own, so the
 * site's text replaces it and nothing is said twice; `true` shows both (the shipped text first),
 * `false` neither the shipped text.
 */
export interface StandardSection extends SectionBase {
  standard?: boolean;
}

export interface ChangeEntry {
  /** `YYYY-MM-DD` */
  date: string;
  text: LocalizedText;
}

export interface ChangesSection extends SectionBase {
  entries?: ChangeEntry[];
}

/** A section of the site's own. */
export interface ExtraSection {
  /** Stable id for links (`#id`): lowercase letters, digits and `-`; not a built-in section's id. */
  id: string;
  heading: LocalizedText;
  text: RichText;
  /** The built-in section (key) or extra section (id) it follows; by default it goes last. */
  after?: string;
}

export interface Notice {
  /** Default: "Tietosuojaseloste" / "Privacy notice" / "Dataskyddsbeskrivning". */
  title?: LocalizedText;
  /** Last updated, `YYYY-MM-DD`. Default: the latest date in `changes.entries`. */
  updated?: string;
  /** The words before the date, e.g. "Laatimispäivä" or "Päivitetty". Default: the shipped "Päivitetty" / "Updated" / "Uppdaterad". */
  updatedLabel?: LocalizedText;
  /** Text below the title. */
  intro?: RichText;
  /**
   * The order of the sections: built-in section keys (`"dataCategories"`) and own section ids. Those named
   * come first, in this order; the rest follow in the default order (`SECTION_KEYS`, own sections by `after`).
   */
  order?: string[];
  /** Number the sections (1, 2, 3 …) in their headings and the table of contents. */
  numbered?: boolean;
  controller?: ControllerSection;
  contact?: ContactSection | RichText;
  register?: TextSection;
  purposes?: PurposesSection | RichText;
  dataCategories?: TextSection;
  sources?: TextSection;
  recipients?: TextSection;
  transfers?: TextSection;
  retention?: TextSection;
  security?: SecuritySection | RichText;
  cookies?: CookiesSection | RichText;
  automatedDecisions?: AutomatedDecisionsSection | RichText;
  rights?: StandardSection | RichText;
  complaint?: StandardSection | RichText;
  changes?: ChangesSection | RichText;
  sections?: ExtraSection[];
}

/** The built-in sections, in the order they are shown (DESIGN §5). */
export const SECTION_KEYS = [
  'controller', 'contact', 'register', 'purposes', 'dataCategories', 'sources', 'recipients', 'transfers',
  'retention', 'security', 'cookies', 'automatedDecisions', 'rights', 'complaint', 'changes',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Each section's element id, the same in every language (`#retention` works on the fi and en pages). */
export const SECTION_IDS: Readonly<Record<SectionKey, string>> = {
  controller: 'controller',
  contact: 'contact',
  register: 'register',
  purposes: 'purposes',
  dataCategories: 'data-categories',
  sources: 'sources',
  recipients: 'recipients',
  transfers: 'transfers',
  retention: 'retention',
  security: 'security',
  cookies: 'cookies',
  automatedDecisions: 'automated-decisions',
  rights: 'rights',
  complaint: 'complaint',
  changes: 'changes',
};

/** Finnish names that a link may use instead (`tietosuojaseloste#evasteet`); they open the same section. */
export const SECTION_ALIASES: Readonly<Record<string, SectionKey>> = {
  rekisterinpitaja: 'controller',
  yhteyshenkilo: 'contact',
  tietosuojavastaava: 'contact',
  'rekisterin-nimi': 'register',
  tarkoitus: 'purposes',
  oikeusperuste: 'purposes',
  tietoryhmat: 'dataCategories',
  tietosisalto: 'dataCategories',
  tietolahteet: 'sources',
  vastaanottajat: 'recipients',
  luovutukset: 'recipients',
  siirrot: 'transfers',
  sailytysaika: 'retention',
  suojaus: 'security',
  evasteet: 'cookies',
  'automaattinen-paatoksenteko': 'automatedDecisions',
  profilointi: 'automatedDecisions',
  oikeudet: 'rights',
  valitus: 'complaint',
  muutokset: 'changes',
};
