// Reading a notice given as text, as owners copy it from a web page, a Word document or a PDF: headings
// in capitals, numbered or on a line of their own, two-column "heading ⇥ text" tables, lines wrapped
// (with or without blank lines between them), bullets as -, •, * or indentation, and leftover HTML tags.
// Makes the pieces of pieces.ts; which heading is which section is decided in assemble.ts.

import { matchSection } from './match.js';
import { cleanText, splitNumber, squash } from './pieces.js';
import type { HeadingPiece, Piece } from './pieces.js';

/** A bullet at the start of a line: -, –, •, ◦, ▪, ●, *, ·, and the Symbol-font bullets a PDF or Word copy leaves (U+F0B7 …). */
const BULLET = /^\s*(?:[-–—•◦▪●■□*·‣⁃]|[\uf0a7\uf0b7\uf0d8\uf0fc])\s+/;
/** Block-level tags: each starts a new paragraph. */
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|section|article|table|tr|tbody|thead|blockquote|ul|ol|dl|dt|dd)\b[^>]*>/gi;
/** Any tag (what is left after the block tags and line breaks). */
const ANY_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;
/** The entities a copied fragment carries most; numeric ones are decoded too. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', euro: '€',
  auml: 'ä', ouml: 'ö', aring: 'å', Auml: 'Ä', Ouml: 'Ö', Aring: 'Å', uuml: 'ü', eacute: 'é', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', laquo: '«', raquo: '»', bull: '•', middot: '·', shy: '',
};

/** True when a text carries leftover HTML tags (`<p>`, `<br>`, `<li>` …). */
export function hasTags(value: string): boolean {
  return /<(?:p|br|li|ul|ol|div|span|strong|b|em|i|a|h[1-6]|td|tr)\b[^>]*>/i.test(value);
}

/** Decodes the HTML entities a copied text carries (`&auml;`, `&#228;`, `&#xE4;`). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Leftover tags as text structure: a block tag starts a paragraph, `<br>` a line, `<li>` a bullet; the
 * rest of the tags are dropped and the entities decoded. What the tags enclosed is all kept.
 */
export function untag(value: string): string {
  return decodeEntities(value
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '\n')
    .replace(BLOCK_TAG, '\n\n')
    .replace(ANY_TAG, ''));
}

/** A line that may be a heading by its form: short, not a sentence. */
function headingLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  // Not a sentence, not an address or phone number (digits in a row), not an email.
  return words.length > 0 && words.length <= 16 && text.length <= 160 && !/[.;,!?]$/.test(text) && /^\P{Ll}/u.test(text)
    && /\p{L}/u.test(text) && !/\d{3}|@/.test(text);
}

/** The lines of a group that may be one heading: at most four short lines. */
function headingLines(lines: readonly { text: string }[]): boolean {
  return lines.length <= 4 && (lines.length === 1 || lines.every((line) => line.text.length <= 60));
}

/** All letters in capitals ("REKISTERIN NIMI"). */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

interface Row { kind: 'row'; head: string; cell: string }
interface Line { kind: 'line'; text: string; indent: boolean }
type Item = Row | Line | { kind: 'blank' };

/**
 * The lines of the document, each a row of a two-column table (heading ⇥ text), a line, or a blank.
 * A PDF copy that puts a tab between every two words is read with the tabs as spaces, and a tab next to
 * another space as the column break.
 */
function lines(input: string): Item[] {
  const raw = input.split('\n');
  // A PDF copy has tabs between most words of a line; a two-column table one tab per row.
  const tabbed = raw.filter((line) => /\S\t\S/.test(line)).length;
  const wordTabbed = raw.filter((line) => (line.match(/\S\t\S/g) ?? []).length >= 3).length;
  const tabsAreSpaces = wordTabbed >= 3 && wordTabbed * 2 > tabbed;
  const items: Item[] = [];
  for (let line of raw) {
    // Column break: a run of two or more spaces holding a tab; a lone tab is a space between words.
    if (tabsAreSpaces) line = line.replace(/[ \t]{2,}/g, (run) => (run.includes('\t') ? '\u0000' : ' ')).replace(/\t/g, ' ').replace(/\u0000/g, '\t');
    const indent = /^(?: {2,}|\t)\S/.test(line);
    const trimmed = line.replace(/\s+$/, '');
    if (trimmed.trim() === '') { items.push({ kind: 'blank' }); continue; }
    const tab = /^([^\t]*)\t+(.*)$/.exec(trimmed);
    if (tab) {
      const head = squash(tab[1] ?? '');
      const cell = (tab[2] ?? '').trim();
      // A row of a two-column table: a short heading and its text (the text may be empty); a line that
      // starts with a tab carries on the previous row.
      if (head === '' || headingLike(head) || head.endsWith('.') && head.split(/\s+/).length <= 16) {
        items.push(head === '' ? { kind: 'line', text: squash(cell), indent: true } : { kind: 'row', head, cell });
        continue;
      }
    }
    items.push({ kind: 'line', text: squash(trimmed.replace(/\t/g, ' ')), indent });
  }
  return items;
}

/** A paragraph or list made of lines: wrapped lines are joined, bullets start items. */
function blocksOf(lineTexts: { text: string; indent: boolean }[], out: Piece[]): void {
  let para: string[] = [];
  let list: string[] = [];
  const flushPara = (): void => {
    if (para.length > 0) out.push({ kind: 'para', lines: para });
    para = [];
  };
  const flushList = (): void => {
    if (list.length > 0) out.push({ kind: 'list', items: list });
    list = [];
  };
  const afterColon = (): boolean => para.at(-1)?.endsWith(':') === true || list.length > 0;
  for (const { text, indent } of lineTexts) {
    const bullet = BULLET.exec(text);
    if (bullet) {
      flushPara();
      // "a- B- C" (a list flattened onto one line): a dash before a capital starts the next item.
      list.push(...text.slice(bullet[0].length).split(/(?<=\S)-\s+(?=\p{Lu})/u).map(squash).filter(Boolean));
    } else if (indent && afterColon() && text.length <= 160) {
      flushPara();
      list.push(text);
    } else if (list.length > 0 && /^\p{Ll}/u.test(text)) {
      list[list.length - 1] = `${list.at(-1) ?? ''} ${text}`; // an item wrapped onto the next line
    } else {
      flushList();
      // "…: - a - b": a list written after the colon on the same line.
      const inline = /^(.*?:)\s+[-–•]\s+(.*)$/u.exec(text);
      if (inline?.[1] && inline[2]) {
        para.push(inline[1]);
        flushPara();
        list.push(...inline[2].split(/\s+[-–•]\s+|(?<=\S)-\s+(?=\p{Lu})/u).map(squash).filter(Boolean));
      } else {
        para.push(text);
      }
    }
  }
  flushPara();
  flushList();
}

/**
 * Printed lines as paragraphs: a line that ends a sentence well short of the longest line, or a line
 * much shorter than it, ends its paragraph. Short lines without full stops (a contact block) stay one
 * paragraph with their lines kept apart.
 */
function reflow(para: string[]): string[][] {
  const longest = Math.max(...para.map((line) => line.length));
  const contactLike = para.length > 1 && para.every((line) => line.length <= 60 && !/[.!?]$/.test(line));
  if (contactLike) return [para];
  if (longest < 40) return para.map((line) => [line]);
  const result: string[][] = [[]];
  for (const line of para) {
    result.at(-1)?.push(line);
    if ((/[.!?:]["”’)]?$/.test(line) && line.length < longest * 0.8) || line.length < longest * 0.5) result.push([]);
  }
  return result.filter((group) => group.length > 0).map((group) => [group.join(' ')]);
}

/** A cell of a table row: its text, with leftover tags read as structure. */
function cellPieces(cell: string, out: Piece[]): void {
  const text = hasTags(cell) ? untag(cell) : cell;
  const groups = text.split(/\n\s*\n/);
  for (const group of groups) {
    const groupLines = group.split('\n').map((line) => ({ text: squash(line), indent: false })).filter((line) => line.text !== '');
    blocksOf(groupLines, out);
  }
}

/**
 * Reads a notice given as text into pieces. Headings are found by their form (capitals, numbers, a line
 * of their own) and by the synonym table; whichever form the document's recognised headings share is then
 * what makes an unrecognised line a heading too, so "GOOGLE ANALYTICS" is an own section in a notice whose
 * headings are in capitals, and "Tietojen käsittelyn tarkoitus" a subheading in one whose headings are numbered.
 */
export function readText(input: string): Piece[] {
  let text = cleanText(input).replace(/\r\n?/g, '\n');
  if (hasTags(text) && !text.includes('\t')) text = untag(text);
  const items = lines(text);

  // Groups of lines between blank lines; a group that carries on a sentence ("…tietoja ovat" / "sähköposti…")
  // is joined to the one before (a PDF copy with a blank line after every line).
  interface Group { lines: { text: string; indent: boolean }[]; row?: Row }
  const groups: Group[] = [];
  let current: Group | undefined;
  let blankBefore = true;
  for (const item of items) {
    if (item.kind === 'blank') { blankBefore = true; current = undefined; continue; }
    if (item.kind === 'row') {
      current = { lines: [], row: item };
      groups.push(current);
      blankBefore = false;
      continue;
    }
    // After a table row, a line that does not start in the text column (a tab) or carry on a word is new text.
    if (current?.row && !item.indent && !/^\p{Ll}/u.test(item.text) && current.lines.length === 0 && current.row.cell === '') current = undefined;
    const previous = groups.at(-1);
    const last = previous?.lines.at(-1)?.text ?? previous?.row?.cell ?? '';
    const carriesOn = blankBefore && previous !== undefined && last !== '' && !/[.!?:]["”’)]?$/.test(last)
      && /^\p{Ll}/u.test(item.text) && !BULLET.test(item.text) && !(previous.row === undefined && isHeadingText(previous));
    if (current === undefined && carriesOn) current = previous;
    if (current === undefined) { current = { lines: [] }; groups.push(current); }
    current.lines.push({ text: item.text, indent: item.indent });
    blankBefore = false;
  }

  function isHeadingText(group: Group): boolean {
    const joined = group.lines.map((line) => line.text).join(' ');
    return headingLines(group.lines) && headingLike(joined) && (inCapitals(joined) || splitNumber(joined).number !== undefined
      || matchSection(splitNumber(joined).text) !== undefined);
  }

  // Which form the recognised headings take: numbered, in capitals, or plain.
  const candidates = groups.filter((group) => group.row === undefined && headingLines(group.lines))
    .map((group) => group.lines.map((line) => line.text).join(' '))
    .filter((joined) => headingLike(joined) && matchSection(splitNumber(joined).text) !== undefined);
  const numbered = candidates.filter((joined) => splitNumber(joined).number !== undefined).length;
  const capitals = candidates.filter(inCapitals).length;
  const style = numbered >= 2 && numbered * 2 >= candidates.length ? 'numbered'
    : capitals >= 2 && capitals * 2 >= candidates.length ? 'capitals' : 'plain';

  const out: Piece[] = [];
  let previousWasHeading = false;
  for (const group of groups) {
    if (group.row) {
      const head = splitNumber(group.row.head);
      // "Vastaanottajat ja" on the line before "vastaanottajaryhmät ⇥ …": a heading wrapped in its column.
      out.push({ ...heading(head.text, head.number, false), row: true });
      if (hasTags(group.row.cell)) {
        cellPieces(group.row.cell, out);
        textPieces(group.lines, out);
      } else {
        textPieces([...(group.row.cell === '' ? [] : [{ text: squash(group.row.cell), indent: false }]), ...group.lines], out);
      }
      previousWasHeading = group.row.cell === '' && group.lines.length === 0;
      continue;
    }
    // Text ending a sentence, then a heading on the next lines with no blank line between: split them.
    let ends = group.lines.length - 1;
    while (ends >= 0 && !/[.!?:]["”’)]?$/.test(group.lines[ends]?.text ?? '')) ends -= 1;
    if (ends !== -1 && ends < group.lines.length - 1) {
      const tail = group.lines.slice(ends + 1);
      const tailText = tail.map((line) => line.text).join(' ');
      if (headingLines(tail) && headingLike(tailText) && matchSection(splitNumber(tailText).text) !== undefined) {
        blocksOf(group.lines.slice(0, ends + 1), out);
        group.lines = tail;
      }
    }
    const joined = group.lines.map((line) => line.text).join(' ');
    const split = splitNumber(joined);
    const known = matchSection(split.text) !== undefined;
    const form = style === 'numbered' ? split.number !== undefined : style === 'capitals' ? inCapitals(joined) : group.lines.length === 1;
    const isHeading = headingLines(group.lines) && headingLike(joined) && !BULLET.test(joined)
      && (known || (form && !previousWasHeading && (style !== 'plain' || joined.split(' ').length <= 6)));
    if (isHeading) {
      // A recognised heading without the document's form (unnumbered among numbered): a subheading.
      const sub = known && !form && style !== 'plain' && out.some((piece) => piece.kind === 'heading');
      out.push(heading(split.text, split.number, sub));
      previousWasHeading = true;
      continue;
    }
    textPieces(group.lines, out);
    previousWasHeading = false;
  }
  return joinWrappedRowHeadings(out);
}

/** Lines of text: plain lines are reflowed into paragraphs; with bullets or indentation, paragraphs and lists. */
function textPieces(groupLines: { text: string; indent: boolean }[], out: Piece[]): void {
  if (groupLines.length === 0) return;
  if (groupLines.some((line) => BULLET.test(line.text) || line.indent || /:\s+[-–•]\s/.test(line.text))) {
    blocksOf(groupLines, out);
    return;
  }
  for (const lines of reflow(groupLines.map((line) => line.text))) out.push({ kind: 'para', lines });
}

function heading(text: string, number: string | undefined, sub: boolean): HeadingPiece {
  const piece: HeadingPiece = { kind: 'heading', text };
  if (number !== undefined) piece.number = number;
  if (sub) piece.sub = true;
  return piece;
}

/**
 * A table heading wrapped in its column leaves its first words as a paragraph just before the row
 * ("Vastaanottajat ja" then "vastaanottajaryhmät ⇥ …"): they are joined back into the heading.
 */
function joinWrappedRowHeadings(pieces: Piece[]): Piece[] {
  const result: Piece[] = [];
  for (const piece of pieces) {
    const previous = result.at(-1);
    const before = previous?.kind === 'para' && previous.lines.length === 1 ? previous.lines[0] ?? ''
      : previous?.kind === 'heading' && previous.sub !== true ? previous.text : undefined;
    const wrapped = before !== undefined && (/^\p{Ll}/u.test(piece.kind === 'heading' ? piece.text : '')
      || /\s(?:ja|tai|sekä|and|or|of|och|eller|av)$/i.test(before) || /[,–-]$/.test(before));
    if (piece.kind === 'heading' && piece.row === true && wrapped) {
      const words = before;
      if (words.split(' ').length <= 8 && !/[.!?:]$/.test(words)) {
        result.pop();
        result.push({ ...piece, text: `${words} ${piece.text}` });
        continue;
      }
    }
    result.push(piece);
  }
  return result;
}
