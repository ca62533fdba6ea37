// Reading a notice: one parser per section, in a table keyed by section id (the renderers in sections.ts
// follow the same table), the site's own extra sections, and the URL fragments that name a section.
// Every problem is reported with its path (`notice.controller.email`); see docs/notice.md.

import { Checker, isPlainObject, join, SuostumusConfigError, text, url } from '../core/validate.js';
import type { Problem } from '../core/validate.js';
import { EMAIL, PHONE, isRichTextShorthand, readRichText } from './rich-text.js';
import { LEGAL_BASES, LEGAL_BASIS_NAMES, SECTION_ALIASES, SECTION_IDS, SECTION_KEYS } from './types.js';
import type {
  AutomatedDecisionsSection, ChangesSection, ContactSection, ControllerSection, CookiesSection, ExtraSection, Notice,
  Party, PurposesSection, SectionBase, SectionKey, SecuritySection, StandardSection,
} from './types.js';

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

/** True for a real calendar date written `YYYY-MM-DD`. */
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

const PARTY_KEYS = ['name', 'role', 'businessId', 'address', 'phone', 'email', 'website', 'asWritten'] as const;

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
  if (raw.asWritten !== undefined) target.asWritten = text(check, raw.asWritten, join(path, 'asWritten'));
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
  if (raw.text !== undefined) target.text = readRichText(check, raw.text, join(path, 'text'));
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
      const content = readRichText(check, value, path);
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
      // "sopimus", "Samtycke", "legitimate interest": the names owners write are the same bases.
      const named = typeof entry.basis === 'string' ? LEGAL_BASIS_NAMES[entry.basis.trim().toLowerCase()] : undefined;
      const basis = named ?? check.oneOf(entry.basis, join(at, 'basis'), LEGAL_BASES);
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
    if (raw.manual !== undefined) result.manual = readRichText(check, raw.manual, join(path, 'manual'));
    if (raw.electronic !== undefined) result.electronic = readRichText(check, raw.electronic, join(path, 'electronic'));
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

const TOP_KEYS = ['title', 'updated', 'updatedLabel', 'intro', 'numbered', 'order', ...SECTION_KEYS, 'sections'] as const;
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
    const content = readRichText(check, raw.text, join(at, 'text'));
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

/** `order`: each a built-in section key or an own section's id, once. */
function order(check: Checker, value: unknown, extraIds: string[]): string[] {
  const list = check.array(value, 'notice.order', SECTION_KEYS.length + 30) ?? [];
  const known: string[] = [...SECTION_KEYS, ...extraIds];
  const result: string[] = [];
  list.forEach((item, index) => {
    const name = check.oneOf(item, join('notice.order', index), known);
    if (name === undefined) return;
    if (result.includes(name)) check.report(join('notice.order', index), `"${name}" is named twice; name each section once`);
    else result.push(name);
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
  if (raw.updatedLabel !== undefined) notice.updatedLabel = text(check, raw.updatedLabel, 'notice.updatedLabel');
  if (raw.intro !== undefined) notice.intro = readRichText(check, raw.intro, 'notice.intro');
  if (raw.numbered !== undefined) notice.numbered = check.boolean(raw.numbered, 'notice.numbered');
  const sections = notice as Record<SectionKey, unknown>;
  for (const key of SECTION_KEYS) {
    if (raw[key] === undefined) continue;
    const section = PARSERS[key](check, raw[key], join('notice', key));
    if (section !== undefined) sections[key] = section;
  }
  if (raw.sections !== undefined) notice.sections = extraSections(check, raw.sections, 'notice.sections');
  if (raw.order !== undefined) notice.order = order(check, raw.order, (notice.sections ?? []).map((section) => section.id));
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
