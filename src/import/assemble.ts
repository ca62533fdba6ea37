// Pieces (headings, paragraphs, lists from text.ts or html.ts) → a notice and the report of what went where.
// Every paragraph and list item is kept, in order, under the heading it came under: a recognised heading
// becomes its built-in section, any other heading an own section with that heading; text before the first
// heading is the intro. Nothing is invented: only what the owner wrote is put in, in their words.

import { checkNotice } from '../notice/check.js';
import type { NoticeGap } from '../notice/check.js';
import { safeHref } from '../notice/rich-text.js';
import { SECTION_ALIASES, SECTION_IDS, SECTION_KEYS } from '../notice/types.js';
import type { Language } from '../core/types.js';
import type { Block, ChangeEntry, ExtraSection, Inline, Notice, Party, SectionKey } from '../notice/types.js';
import { isDateLabel, isTitle, isoDate, labelledDate, leadingDate, matchSection } from './match.js';
import { isContactBlock, readParty } from './party.js';
import type { Piece } from './pieces.js';

/** What became of one heading of the document. */
export interface HeadingReport {
  /** The heading as written (its number taken off). */
  heading: string;
  /** `section`: a built-in section; `own`: an own section; `subheading`: a heading inside `section`; `title`, `date`; `empty`: nothing was under it. */
  as: 'section' | 'own' | 'subheading' | 'title' | 'date' | 'empty';
  /** The built-in section's key or the own section's id it went to. */
  section?: string;
}

/** What `importNotice` did: where every heading went, what was read as data, and what to check by hand. */
export interface ImportReport {
  format: 'text' | 'html';
  language: Language;
  /** Every heading, in the document's order. */
  headings: HeadingReport[];
  /** Paragraphs and lists before the first heading, kept as the notice's intro. */
  intro: number;
  /** Contact blocks read into fields (shown as written; the fields are for the completeness check). */
  contacts: { section: 'controller' | 'contact'; fields: string[] }[];
  /** What to check by hand. */
  notes: string[];
  /** What the completeness check (`checkNotice`) finds missing in the result. */
  gaps: NoticeGap[];
}

interface Draft {
  /** Its line of the report, filled in when the section is made. */
  line: HeadingReport;
  key?: SectionKey;
  id?: string;
  heading: string;
  numbered: boolean;
  pieces: (Piece | { kind: 'sub'; text: string })[];
}

const ADDRESS = /\b(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[^\s@<>()[\]\\,;:"”“]+@[^\s@<>()[\]\\,;:".”“]+(?:\.[^\s@<>()[\]\\,;:".”“]+)+)/gi;

/** A link for an address found in text, if suostumus links to it. */
function linkFor(address: string): Inline | undefined {
  const href = address.includes('@') && !/^https?:/i.test(address) ? `mailto:${address}` : /^www\./i.test(address) ? `https://${address}` : address;
  const safe = safeHref(href);
  if (safe === undefined) return undefined;
  return /^www\./i.test(address) ? { href: safe, text: address } : { href: safe };
}

/** A line as text and links: addresses (https, www., email) and the links of an HTML page become links. */
export function inlines(line: string, links: readonly { text: string; href: string }[] = []): Inline[] {
  const parts: Inline[] = [];
  const pushText = (text: string): void => {
    if (text === '') return;
    let last = 0;
    for (const match of text.matchAll(ADDRESS)) {
      const address = match[0].replace(/[.,;:!?)"”’]+$/, '');
      const link = linkFor(address);
      if (!link) continue;
      if (match.index > last) parts.push(text.slice(last, match.index));
      parts.push(link);
      last = match.index + address.length;
    }
    if (last < text.length) parts.push(text.slice(last));
  };
  let rest = line;
  for (const { text, href } of links) {
    const safe = safeHref(href);
    const at = rest.indexOf(text);
    if (safe === undefined || at === -1 || ADDRESS.test(text)) { ADDRESS.lastIndex = 0; continue; }
    pushText(rest.slice(0, at));
    parts.push({ href: safe, text });
    rest = rest.slice(at + text.length);
  }
  pushText(rest);
  return parts;
}

/** A paragraph: a plain string when it has no links. */
function paragraph(line: string, links?: readonly { text: string; href: string }[]): Block {
  const parts = inlines(line, links);
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : { p: parts };
}

function item(line: string, links?: readonly { text: string; href: string }[]): Inline | Inline[] {
  const parts = inlines(line, links);
  return parts.length === 1 && parts[0] !== undefined ? parts[0] : parts;
}

/** Pieces → rich text blocks. A list longer than the format's 100 items is split, never cut. */
function blocks(pieces: Draft['pieces']): Block[] {
  const result: Block[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'sub') result.push({ subheading: piece.text });
    else if (piece.kind === 'para') for (const line of piece.lines) result.push(paragraph(line, piece.links));
    else if (piece.kind === 'list') {
      for (let at = 0; at < piece.items.length; at += 100) {
        result.push({ list: piece.items.slice(at, at + 100).map((text) => item(text, piece.links)) });
      }
    }
  }
  return result;
}

/** An own section's id from its heading: lowercase ASCII letters, digits and '-', unique, not a built-in's. */
function slug(heading: string, taken: Set<string>): string {
  const base = heading.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '').slice(0, 32).replace(/-+$/, '') || 'section';
  const reserved = (id: string): boolean => taken.has(id) || id.startsWith('suostumus-') || id in SECTION_ALIASES
    || Object.values<string>(SECTION_IDS).includes(id) || (SECTION_KEYS as readonly string[]).includes(id);
  let id = reserved(base) ? `${base}-own` : base;
  for (let n = 2; reserved(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The language the text is in, by its commonest words; `fi` when unsure. */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const count = (list: readonly string[]): number => words.filter((word) => list.includes(word)).length;
  const scores: [Language, number][] = [
    ['fi', count(['ja', 'on', 'tai', 'tiedot', 'tietoja', 'sekä', 'että', 'henkilötietoja', 'rekisteri', 'emme', 'voidaan'])],
    ['sv', count(['och', 'är', 'att', 'eller', 'uppgifter', 'personuppgifter', 'för', 'som', 'med', 'vi', 'av'])],
    ['en', count(['the', 'and', 'of', 'to', 'data', 'personal', 'we', 'is', 'or', 'your', 'for'])],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]?.[1] ? scores[0][0] : 'fi';
}

/** Turns pieces into a notice (not yet validated) and its report. */
export function assemble(pieces: Piece[], format: 'text' | 'html', language: Language): { notice: Notice; report: ImportReport } {
  const report: ImportReport = { format, language, headings: [], intro: 0, contacts: [], notes: [], gaps: [] };
  const notice: Notice = {};
  const intro: Draft['pieces'] = [];
  const drafts: Draft[] = [];
  const used = new Set<SectionKey>();
  const ids = new Set<string>();
  const loc = <T>(value: T): Partial<Record<Language, T>> => ({ [language]: value });

  // HTML headings deeper than the section headings are subheadings; a lone top heading first is the title.
  const levels = pieces.flatMap((piece) => (piece.kind === 'heading' && piece.level !== undefined ? [piece.level] : []));
  const first = pieces.find((piece) => piece.kind === 'heading');
  const titleLevel = first?.kind === 'heading' && first.level !== undefined && levels.filter((level) => level === first.level).length === 1
    && matchSection(first.text) === undefined ? first.level : undefined;
  const sectionLevel = Math.min(...levels.filter((level) => level !== titleLevel), 7);

  let dateLabel: string | undefined;
  for (const piece of pieces) {
    const current = drafts.at(-1);
    if (piece.kind === 'heading') {
      dateLabel = undefined;
      if (notice.title === undefined && drafts.length === 0 && (piece.level === titleLevel && titleLevel !== undefined
        || (isTitle(piece.text) && matchSection(piece.text) === undefined))) {
        notice.title = loc(piece.text);
        report.headings.push({ heading: piece.text, as: 'title' });
        continue;
      }
      if (notice.updated === undefined && isDateLabel(piece.text)) {
        dateLabel = piece.text;
        continue;
      }
      const key = matchSection(piece.text);
      // In a page with h-tag sections, a table's or a list's own headings (no level) are inside the section.
      const sub = piece.sub === true || (piece.level !== undefined ? piece.level > sectionLevel : sectionLevel < 7);
      if (current && (sub || (key !== undefined && current.key === key))) {
        // A heading under a section heading, or a second heading naming the same section right after it.
        current.pieces.push({ kind: 'sub', text: piece.text });
        report.headings.push({ heading: piece.text, as: 'subheading', section: current.key ?? current.id ?? '' });
        continue;
      }
      const line: HeadingReport = { heading: piece.text, as: 'section' };
      report.headings.push(line);
      const draft: Draft = { line, heading: piece.text, numbered: piece.number !== undefined, pieces: [] };
      if (key !== undefined && !used.has(key)) {
        draft.key = key;
        used.add(key);
      } else {
        draft.id = slug(piece.text, ids);
      }
      drafts.push(draft);
      continue;
    }
    // The notice's date: "Laatimispäivä 10.03.2021" on a line, or a date under a "Laatimispäivä" heading.
    const only = piece.kind === 'para' && piece.lines.length === 1 ? piece.lines[0] ?? '' : undefined;
    if (only !== undefined && notice.updated === undefined) {
      const dated = dateLabel !== undefined ? { label: dateLabel, date: isoDate(only) } : labelledDate(only);
      if (dated?.date !== undefined) {
        notice.updated = dated.date;
        notice.updatedLabel = loc(dated.label);
        report.headings.push({ heading: `${dated.label} ${only.replace(dated.label, '').trim()}`, as: 'date' });
        dateLabel = undefined;
        continue;
      }
    }
    if (dateLabel !== undefined) {
      // A heading like "Päivitetty" with something else under it: an own section after all.
      const line: HeadingReport = { heading: dateLabel, as: 'own' };
      report.headings.push(line);
      drafts.push({ line, heading: dateLabel, numbered: false, pieces: [], id: slug(dateLabel, ids) });
      dateLabel = undefined;
    }
    if (only !== undefined && notice.title === undefined && drafts.length === 0 && intro.length === 0 && isTitle(only) && only.length <= 120) {
      notice.title = loc(only);
      report.headings.push({ heading: only, as: 'title' });
      continue;
    }
    (drafts.at(-1)?.pieces ?? intro).push(piece);
  }

  if (intro.length > 0) {
    notice.intro = loc(blocks(intro));
    report.intro = intro.length;
  }
  const sections = notice as Record<SectionKey, unknown>;
  const extras: ExtraSection[] = [];
  const order: string[] = [];
  for (const draft of drafts) {
    const heading = loc(draft.heading);
    const where = draft.key ?? draft.id ?? '';
    let rest = draft.pieces;
    const extra: Record<string, unknown> = {};
    if (draft.key === 'controller' || draft.key === 'contact') {
      const people: Party[] = [];
      rest = [];
      for (const piece of draft.pieces) {
        // The controller is one block (the first); the contact section may list several people.
        const party = piece.kind === 'para' && (draft.key === 'contact' || people.length === 0) && isContactBlock(piece.lines)
          ? readParty(piece.lines, report.notes, where) : undefined;
        if (party && piece.kind === 'para') {
          people.push({ ...party, asWritten: loc(piece.lines.join('\n')) });
          report.contacts.push({ section: draft.key, fields: Object.keys(party).filter((field) => field !== 'asWritten') });
        } else {
          rest.push(piece);
        }
      }
      if (draft.key === 'controller') {
        const [controller] = people;
        if (controller) Object.assign(extra, controller);
        if (!controller) report.notes.push('controller: no name and contact details found in a block of their own; fill in controller.name and its email, phone or address');
      } else if (people.length > 0) {
        extra.people = people;
      }
    }
    if (draft.key === 'changes') {
      const entries: ChangeEntry[] = [];
      rest = [];
      for (const piece of draft.pieces) {
        const lines = piece.kind === 'para' ? piece.lines : piece.kind === 'list' ? piece.items : [];
        const dated = lines.map(leadingDate);
        if (lines.length > 0 && dated.every((entry) => entry !== undefined && entry.rest !== '')) {
          for (const entry of dated) if (entry) entries.push({ date: entry.date, text: loc(entry.rest) });
        } else {
          rest.push(piece);
        }
      }
      if (entries.length > 0) extra.entries = entries;
    }
    const text = blocks(rest);
    const hasContent = text.length > 0 || Object.keys(extra).length > 0;
    if (!hasContent && draft.key !== 'cookies' && draft.key !== 'rights' && draft.key !== 'complaint' && draft.key !== 'automatedDecisions') {
      // A heading with nothing under it: nothing to carry; said in the report.
      draft.line.as = 'empty';
      if (draft.key) used.delete(draft.key);
      continue;
    }
    Object.assign(draft.line, { as: draft.key ? 'section' : 'own', section: where });
    if (draft.key) {
      sections[draft.key] = { heading, ...extra, ...(text.length > 0 ? { text: loc(text) } : {}) };
      if (draft.key === 'purposes') report.notes.push('purposes: the legal basis stays in the text as written; to have it listed in a table, add purposes.items with a basis each');
      if (draft.key === 'controller' && extra.name !== undefined) report.notes.push('controller: the contact block is shown as written (asWritten); check the fields read from it');
    } else if (draft.id !== undefined) {
      extras.push({ id: draft.id, heading, text: loc(text.length > 0 ? text : [draft.heading]) });
    }
    order.push(draft.key ?? draft.id ?? '');
  }
  // Keep the built-in sections the owner's text covers — the shipped rights text is not shown twice.
  if (extras.length > 0) notice.sections = extras;
  if (order.length > 0) notice.order = order;
  const numbered = drafts.filter((draft) => draft.numbered).length;
  if (numbered >= 2 && numbered * 2 >= drafts.length) notice.numbered = true;
  if (extras.some((extra) => /oikeu|right|rätt/i.test(String(Object.values(extra.heading)[0])))) {
    report.notes.push('own sections about rights: the shipped rights text is shown too (rights section); remove your copy or set rights.standard to false');
  }
  report.gaps = checkNotice(notice);
  return { notice, report };
}
