// What both readers (text.ts for text, html.ts for HTML) make of a document before it becomes a notice:
// a flat list of headings, paragraphs and lists, in the document's order. assemble.ts turns them into
// sections; keeping the readers to this shape is what makes a text and an HTML import alike.

/** A heading. `level`: 1–6 from HTML (`h1`–`h6`); a heading found in text, a table row or `dt` has none. */
export interface HeadingPiece {
  kind: 'heading';
  text: string;
  level?: number;
  /** A heading below the section headings (an unnumbered heading among numbered ones, `h3` under `h2`). */
  sub?: boolean;
  /** Its number as written ("3", "2.1"), taken off the text. */
  number?: string;
  /** The left column of a two-column table row. */
  row?: boolean;
}

/** A paragraph, its lines as written (contact blocks keep them apart); `links` are link texts and targets from HTML. */
export interface ParagraphPiece {
  kind: 'para';
  lines: string[];
  links?: { text: string; href: string }[];
}

/** A list; each item's text. */
export interface ListPiece {
  kind: 'list';
  items: string[];
  links?: { text: string; href: string }[];
}

export type Piece = HeadingPiece | ParagraphPiece | ListPiece;

/** A numbered heading's number and the rest: "3 Tietolähteet", "2.1. Tarkoitus", "IV. Oikeudet". */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H][.)])\s+(?=\p{L})/u;

/** Splits "3. Tietolähteet" into its number and its text; a heading without a number is returned whole. */
export function splitNumber(text: string): { number?: string; text: string } {
  const match = NUMBERED.exec(text);
  if (!match?.[1]) return { text };
  return { number: match[1].replace(/\.$/, ''), text: text.slice(match[0].length).trim() };
}

/** Text as owners' files have it, made plain: composed characters (NFC), no soft hyphens or zero-width marks, one kind of space. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** Collapses runs of spaces and trims. */
export function squash(value: string): string {
  return value.replace(/[ \t\f\v]+/g, ' ').trim();
}
