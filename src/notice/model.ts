// The privacy notice (tietosuojaseloste) as data: typed, JSON-serialisable, validated by `parseNotice`.
// No Lit and no DOM here, so the model can be checked anywhere (a build step, a CMS, Node).
//
// Text is never HTML. A text is a plain string or `{ fi, en, sv }`; rich text is paragraphs, bullet
// lists, subheadings and links (http, https, mailto, tel, or a path on the same site). See docs/notice.md.

import { LANGUAGES } from '../core/types.js';
import type { Language, LocalizedText } from '../core/types.js';
import { Checker, isPlainObject, join, SuostumusConfigError, text, url } from '../core/validate.js';
import type { Problem } from '../core/validate.js';

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
  /** Show the shipped explanation of cookies (and of Google Analytics when used). Default true. */
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

/** A section with a shipped standard text: the rights, the complaint. */
export interface StandardSection extends SectionBase {
  /** Show the shipped text (before the site's own `text`). Default true. */
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
  /** Text below the title. */
  intro?: RichText;
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

// ---------------------------------------------------------------------------------------------
// Shape helpers shared with the renderer

const BLOCK_KEYS = ['href', 'p', 'list', 'subheading'] as const;

/** An object with a language key: `{ fi, en, sv }` (or a misspelt one: the parser reports it). */
export function isLanguageMap(value: unknown): value is Partial<Record<Language, unknown>> {
  return isPlainObject(value) && LANGUAGES.some((language) => language in value);
}

/** True when a section is given as its rich text directly rather than as `{ heading, text, … }`. */
export function isRichTextShorthand(value: unknown): boolean {
  return typeof value === 'string' || Array.isArray(value) || isLanguageMap(value)
    || (isPlainObject(value) && BLOCK_KEYS.some((key) => key in value));
}

// ---------------------------------------------------------------------------------------------
// Links

const HREF_EXPECTED = 'an http(s), mailto: or tel: link, or a path starting with "/"';
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/;
const PHONE = /^\+?[0-9 ()-]{5,30}$/;

/** The link target when `href` is one suostumus links to; `undefined` for anything else (shown as text). */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  if (/^mailto:/i.test(href)) return EMAIL.test(href.slice(7).split('?')[0] ?? '') && !/[\s<>"]/.test(href) ? href : undefined;
  if (/^tel:/i.test(href)) return PHONE.test(href.slice(4)) && /\d{3}/.test(href.replace(/\D/g, '')) ? href : undefined;
  const check = new Checker();
  return url(check, href, '', true);
}

/** What a link shows when it has no text of its own. */
export function hrefLabel(href: string): string {
  return href.replace(/^(?:mailto|tel):/i, '');
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[\s()-]/g, '')}`;
}

// ---------------------------------------------------------------------------------------------
// Validation

const MAX_BLOCKS = 200;
const MAX_LIST = 100;
/** Lowercase letters, digits and '-'; `suostumus-…` is kept for the element's own ids. */
const EXTRA_ID = /^(?!suostumus-)[a-z][a-z0-9-]{0,39}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Y-tunnus check digit rule: weights 7 9 10 5 8 4 2, modulo 11 (a remainder of 1 is never issued). */
export function isValidBusinessId(id: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(id);
  if (!match) return false;
  const digits = Array.from(match[1] ?? '', Number);
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = digits.reduce((sum, digit, index) => sum + digit * (weights[index] ?? 0), 0) % 11;
  if (remainder === 1) return false;
  const expected = remainder === 0 ? 0 : 11 - remainder;
  return expected === Number(match[2]);
}

export function isValidDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function date(check: Checker, value: unknown, path: string): string | undefined {
  if (typeof value === 'string' && isValidDate(value)) return value;
  return check.fail(path, 'a date "YYYY-MM-DD"', value);
}

function link(check: Checker, raw: Record<string, unknown>, path: string): Inline | undefined {
  check.object(raw, path, ['href', 'text']);
  const label = raw.text === undefined ? undefined : text(check, raw.text, join(path, 'text'));
  const href = safeHref(raw.href);
  if (href === undefined) {
    check.fail(join(path, 'href'), HREF_EXPECTED, raw.href);
    // Read leniently, a refused link stays visible as plain text: never as a link.
    return label ?? (typeof raw.href === 'string' && raw.href.trim() !== '' ? raw.href : undefined);
  }
  return label === undefined ? { href } : { href, text: label };
}

function inline(check: Checker, value: unknown, path: string): Inline | undefined {
  if (isPlainObject(value) && 'href' in value) return link(check, value, path);
  if (typeof value === 'string' || isPlainObject(value)) return text(check, value, path);
  return check.fail(path, 'a text or a link { "href": … }', value);
}

function inlines(check: Checker, value: unknown, path: string): Inline[] | undefined {
  if (!Array.isArray(value)) {
    const one = inline(check, value, path);
    return one === undefined ? undefined : [one];
  }
  const list = check.array(value, path, MAX_LIST);
  if (!list) return undefined;
  if (list.length === 0) return check.fail(path, 'at least one text or link', value);
  return list.map((item, index) => inline(check, item, join(path, index))).filter((item) => item !== undefined);
}

function block(check: Checker, value: unknown, path: string): Block | undefined {
  if (typeof value === 'string' || isLanguageMap(value)) return text(check, value, path);
  if (isPlainObject(value)) {
    if ('href' in value) return link(check, value, path);
    if ('p' in value) {
      check.object(value, path, ['p']);
      const p = inlines(check, value.p, join(path, 'p'));
      return p ? { p } : undefined;
    }
    if ('list' in value) {
      check.object(value, path, ['list']);
      const items = check.array(value.list, join(path, 'list'), MAX_LIST);
      if (!items) return undefined;
      if (items.length === 0) return check.fail(join(path, 'list'), 'at least one item', items);
      const list = items
        .map((item, index) => (Array.isArray(item) ? inlines(check, item, join(join(path, 'list'), index))
          : inline(check, item, join(join(path, 'list'), index))))
        .filter((item) => item !== undefined);
      return { list };
    }
    if ('subheading' in value) {
      check.object(value, path, ['subheading']);
      const subheading = text(check, value.subheading, join(path, 'subheading'));
      return subheading === undefined ? undefined : { subheading };
    }
  }
  return check.fail(path, 'a paragraph (a string), { "p": … }, { "list": […] }, { "subheading": … } or a link { "href": … }', value);
}

function blocks(check: Checker, value: unknown, path: string): Block | Block[] | undefined {
  if (!Array.isArray(value)) return block(check, value, path);
  const list = check.array(value, path, MAX_BLOCKS);
  if (!list) return undefined;
  if (list.length === 0) return check.fail(path, 'at least one paragraph', value);
  return list.map((item, index) => block(check, item, join(path, index))).filter((item) => item !== undefined);
}

/** Validates rich text; what is invalid is reported and left out. */
export function richText(check: Checker, value: unknown, path: string): RichText | undefined {
  if (!isLanguageMap(value)) return blocks(check, value, path);
  const raw = check.object(value, path, LANGUAGES);
  if (!raw) return undefined;
  const result: Partial<Record<Language, Block | Block[]>> = {};
  for (const language of LANGUAGES) {
    if (raw[language] === undefined) continue;
    const content = blocks(check, raw[language], join(path, language));
    if (content !== undefined) result[language] = content;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

const PARTY_KEYS = ['name', 'role', 'businessId', 'address', 'phone', 'email', 'website'] as const;

function partyFields(check: Checker, raw: Record<string, unknown>, path: string, target: Party): void {
  if (raw.name !== undefined) target.name = text(check, raw.name, join(path, 'name'));
  if (raw.role !== undefined) target.role = text(check, raw.role, join(path, 'role'));
  if (raw.businessId !== undefined) {
    const id = check.string(raw.businessId, join(path, 'businessId'), /^[\w .\-/]{2,40}$/,
      'a business ID such as "1234567-1"');
    if (id !== undefined && /^\d{7}-\d$/.test(id) && !isValidBusinessId(id)) {
      check.report(join(path, 'businessId'), `the check digit of the business ID (Y-tunnus) "${id}" does not match`);
    } else if (id !== undefined) {
      target.businessId = id;
    }
  }
  if (raw.address !== undefined) target.address = text(check, raw.address, join(path, 'address'));
  if (raw.phone !== undefined) {
    target.phone = check.string(raw.phone, join(path, 'phone'), PHONE, 'a phone number of digits, spaces, "+", "-" and "()"');
  }
  if (raw.email !== undefined) target.email = check.string(raw.email, join(path, 'email'), EMAIL, 'an email address');
  if (raw.website !== undefined) target.website = url(check, raw.website, join(path, 'website'), false);
}

function party(check: Checker, value: unknown, path: string): Party | undefined {
  const raw = check.object(value, path, PARTY_KEYS);
  if (!raw) return undefined;
  const result: Party = {};
  partyFields(check, raw, path, result);
  if (result.name === undefined && result.email === undefined && result.phone === undefined && result.address === undefined) {
    check.report(path, 'expected at least a name, an email, a phone number or an address');
  }
  return result;
}

/** The fields every section object has. */
function base(check: Checker, raw: Record<string, unknown>, path: string, target: SectionBase): void {
  if (raw.heading !== undefined) target.heading = text(check, raw.heading, join(path, 'heading'));
  if (raw.text !== undefined) target.text = richText(check, raw.text, join(path, 'text'));
}

function flag(check: Checker, raw: Record<string, unknown>, key: string, path: string): boolean | undefined {
  return raw[key] === undefined ? undefined : check.boolean(raw[key], join(path, key));
}

function controller(check: Checker, value: unknown, path: string): ControllerSection | undefined {
  const raw = check.object(value, path, ['heading', 'text', ...PARTY_KEYS]);
  if (!raw) return undefined;
  const result: Party & SectionBase = {};
  base(check, raw, path, result);
  partyFields(check, raw, path, result);
  if (raw.name === undefined) check.report(join(path, 'name'), 'expected the controller\'s name (a string or { fi, en, sv })');
  return result.name === undefined ? undefined : { ...result, name: result.name };
}

type SectionParser = (check: Checker, value: unknown, path: string) => object | undefined;

/** Parses `value` as rich text or an object; `more` reads the section's own keys. */
function withKeys<T extends SectionBase>(
  keys: readonly string[], more: (check: Checker, raw: Record<string, unknown>, path: string, result: T) => void,
): (check: Checker, value: unknown, path: string) => T | undefined {
  return (check, value, path) => {
    if (isRichTextShorthand(value)) {
      const content = richText(check, value, path);
      return (content === undefined ? {} : { text: content }) as T;
    }
    const raw = check.object(value, path, ['heading', 'text', ...keys]);
    if (!raw) return undefined;
    const result = {} as T;
    base(check, raw, path, result);
    more(check, raw, path, result);
    return result;
  };
}

const textSection = withKeys<SectionBase>([], () => undefined);

const standardSection = withKeys<StandardSection>(['standard'], (check, raw, path, result) => {
  const standard = flag(check, raw, 'standard', path);
  if (standard !== undefined) result.standard = standard;
});

const PARSERS: Record<SectionKey, SectionParser> = {
  controller,
  contact: withKeys<ContactSection>(['people'], (check, raw, path, result) => {
    if (raw.people === undefined) return;
    const list = check.array(raw.people, join(path, 'people'), 20) ?? [];
    result.people = list.map((item, index) => party(check, item, join(join(path, 'people'), index)))
      .filter((item) => item !== undefined);
  }),
  register: textSection,
  purposes: withKeys<PurposesSection>(['items'], (check, raw, path, result) => {
    if (raw.items === undefined) return;
    const list = check.array(raw.items, join(path, 'items'), 50) ?? [];
    result.items = [];
    list.forEach((item, index) => {
      const at = join(join(path, 'items'), index);
      const entry = check.object(item, at, ['purpose', 'basis', 'detail']);
      if (!entry) return;
      const purpose = text(check, entry.purpose, join(at, 'purpose'));
      const basis = check.oneOf(entry.basis, join(at, 'basis'), LEGAL_BASES);
      const detail = entry.detail === undefined ? undefined : text(check, entry.detail, join(at, 'detail'));
      if (purpose !== undefined && basis !== undefined) {
        result.items?.push(detail === undefined ? { purpose, basis } : { purpose, basis, detail });
      }
    });
  }),
  dataCategories: textSection,
  sources: textSection,
  recipients: textSection,
  transfers: textSection,
  retention: textSection,
  security: withKeys<SecuritySection>(['manual', 'electronic'], (check, raw, path, result) => {
    if (raw.manual !== undefined) result.manual = richText(check, raw.manual, join(path, 'manual'));
    if (raw.electronic !== undefined) result.electronic = richText(check, raw.electronic, join(path, 'electronic'));
  }),
  cookies: withKeys<CookiesSection>(['standard', 'generated', 'google'], (check, raw, path, result) => {
    for (const key of ['standard', 'generated', 'google'] as const) {
      const value = flag(check, raw, key, path);
      if (value !== undefined) result[key] = value;
    }
  }),
  automatedDecisions: withKeys<AutomatedDecisionsSection>(['none'], (check, raw, path, result) => {
    const none = flag(check, raw, 'none', path);
    if (none !== undefined) result.none = none;
  }),
  rights: standardSection,
  complaint: standardSection,
  changes: withKeys<ChangesSection>(['entries'], (check, raw, path, result) => {
    if (raw.entries === undefined) return;
    const list = check.array(raw.entries, join(path, 'entries'), 100) ?? [];
    result.entries = [];
    list.forEach((item, index) => {
      const at = join(join(path, 'entries'), index);
      const entry = check.object(item, at, ['date', 'text']);
      if (!entry) return;
      const day = date(check, entry.date, join(at, 'date'));
      const what = text(check, entry.text, join(at, 'text'));
      if (day !== undefined && what !== undefined) result.entries?.push({ date: day, text: what });
    });
  }),
};

const TOP_KEYS = ['title', 'updated', 'intro', 'numbered', ...SECTION_KEYS, 'sections'] as const;
const RESERVED_IDS = new Set<string>([...Object.values(SECTION_IDS), ...Object.keys(SECTION_ALIASES), ...SECTION_KEYS]);

function extraSections(check: Checker, value: unknown, path: string): ExtraSection[] {
  const list = check.array(value, path, 30) ?? [];
  const seen = new Set<string>();
  const result: ExtraSection[] = [];
  list.forEach((item, index) => {
    const at = join(path, index);
    const raw = check.object(item, at, ['id', 'heading', 'text', 'after']);
    if (!raw) return;
    const id = check.string(raw.id, join(at, 'id'), EXTRA_ID, 'an id of lowercase letters, digits and "-", starting with a letter (not "suostumus-…")');
    if (id !== undefined && RESERVED_IDS.has(id)) check.report(join(at, 'id'), `"${id}" is a built-in section's id or alias`);
    else if (id !== undefined && seen.has(id)) check.report(join(at, 'id'), `duplicate section id "${id}"`);
    const heading = text(check, raw.heading, join(at, 'heading'));
    const content = richText(check, raw.text, join(at, 'text'));
    let after: string | undefined;
    if (raw.after !== undefined) {
      const known = [...SECTION_KEYS, ...seen];
      after = check.oneOf(raw.after, join(at, 'after'), known);
    }
    if (id === undefined || RESERVED_IDS.has(id) || seen.has(id) || heading === undefined || content === undefined) return;
    seen.add(id);
    result.push(after === undefined ? { id, heading, text: content } : { id, heading, text: content, after });
  });
  return result;
}

/** A copy without `undefined` properties (what failed validation), as JSON would have it. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, compact(v)]));
}

/**
 * Reads a notice leniently: every problem is collected (paths under `notice.`), and what is valid is kept,
 * so a page can still show the notice while the console names what to fix. A refused link becomes text.
 */
export function readNotice(value: unknown): { notice: Notice | undefined; problems: Problem[] } {
  const check = new Checker();
  const raw = check.object(value, 'notice', TOP_KEYS);
  if (!raw) return { notice: undefined, problems: check.problems };
  const notice: Notice = {};
  if (raw.title !== undefined) notice.title = text(check, raw.title, 'notice.title');
  if (raw.updated !== undefined) notice.updated = date(check, raw.updated, 'notice.updated');
  if (raw.intro !== undefined) notice.intro = richText(check, raw.intro, 'notice.intro');
  if (raw.numbered !== undefined) notice.numbered = check.boolean(raw.numbered, 'notice.numbered');
  const sections = notice as Record<SectionKey, unknown>;
  for (const key of SECTION_KEYS) {
    if (raw[key] === undefined) continue;
    const section = PARSERS[key](check, raw[key], join('notice', key));
    if (section !== undefined) sections[key] = section;
  }
  if (raw.sections !== undefined) notice.sections = extraSections(check, raw.sections, 'notice.sections');
  // Drop what failed, so that `undefined` never stands where a value is promised.
  return { notice: compact(notice) as Notice, problems: check.problems };
}

/**
 * Validates a notice (parsed JSON or an object literal) and returns it with every section in object form.
 * Throws `SuostumusConfigError` listing every problem with its path (`notice.controller.email`).
 */
export function parseNotice(value: unknown): Notice {
  const { notice, problems } = readNotice(value);
  if (problems.length > 0 || notice === undefined) throw new SuostumusConfigError(problems);
  return notice;
}

/** The id a URL fragment (`#retention`, `#sailytysaika`, `#own-section`) points to, if any. */
export function sectionIdForHash(hash: string, extraIds: readonly string[]): string | undefined {
  let fragment = hash.replace(/^#/, '');
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  fragment = fragment.trim().toLowerCase();
  if (fragment === '') return undefined;
  if (Object.values(SECTION_IDS).includes(fragment) || extraIds.includes(fragment)) return fragment;
  const alias = SECTION_ALIASES[fragment];
  return alias === undefined ? undefined : SECTION_IDS[alias];
}
