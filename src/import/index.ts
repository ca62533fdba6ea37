// Importing an existing privacy notice (text or HTML) into the notice format: `importNotice`.
// Pure TypeScript for the browser (the configurator) and Node (the `suostumus import-notice` command):
// text needs nothing; HTML is parsed by the platform's DOMParser in a browser, and in Node by parse5
// (node.ts hands it in as `parseHtml`). One walker either way. Not part of any script-tag chunk.

import { LANGUAGES } from '../core/types.js';
import type { Language } from '../core/types.js';
import { SuostumusConfigError } from '../core/validate.js';
import { parseNotice } from '../notice/parse.js';
import type { Notice } from '../notice/types.js';
import { assemble, detectLanguage } from './assemble.js';
import type { HeadingReport, ImportReport } from './assemble.js';
import { domTree, readHtml } from './html.js';
import type { DomParserLike, HtmlNode, HtmlParser } from './html.js';
import { readText } from './text.js';

export type { HeadingReport, ImportReport, HtmlNode, HtmlParser, DomParserLike };
export { domTree };

/** Options of `importNotice`. */
export interface ImportOptions {
  /** `text` or `html`. Default: `html` when the input starts like an HTML page or is mostly block tags, else `text`. */
  format?: 'text' | 'html';
  /** The language the notice is written in (its texts are marked with it). Default: detected from the commonest words, else `fi`. */
  language?: Language;
  /**
   * Parses HTML into the walker's tree. Default: the platform's `DOMParser` (a browser); in Node, where
   * there is none, pass one (`domTree(DOMParser)` of a DOM library) or use `suostumus import-notice`.
   */
  parseHtml?: HtmlParser;
}

/** What `importNotice` returns: the notice (valid by `parseNotice`) and the report of what went where. */
export interface ImportResult {
  notice: Notice;
  report: ImportReport;
}

/** Thrown when no notice can be made: the input is empty, or an option is wrong. The message says what to do. */
export class NoticeImportError extends Error {
  override name = 'NoticeImportError';
}

/** True when the input reads as an HTML page or fragment rather than text with a few leftover tags. */
export function looksLikeHtml(input: string): boolean {
  const start = input.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<body')) return true;
  const blockTags = (input.match(/<(?:h[1-6]|p|ul|ol|li|table|tr|td|dl|dt|dd|div|section|article)\b[^>]*>/gi) ?? []).length;
  const lines = input.split('\n').filter((line) => line.trim() !== '').length;
  // Text with a few leftover tags (a copied CMS cell) stays text; markup on most lines is a page.
  return blockTags >= 3 && blockTags >= lines * 0.5 && !input.includes('\t');
}

/**
 * Imports an existing privacy notice — text copied from a web page, a Word document or a PDF, or HTML from
 * a CMS — into the notice format. Headings are matched to the built-in sections by a table of Finnish,
 * Swedish and English synonyms (`synonyms.ts`); every paragraph and list item is kept, in order, under its
 * heading; a heading that names no built-in section becomes an own section; text before the first heading
 * is the intro. The owner's headings, order, numbering and date label are kept, and their text replaces
 * the shipped text of the same section. Contact blocks are kept as written and read into fields.
 *
 * Returns `{ notice, report }`: the notice passes `parseNotice`; the report lists each heading and where it
 * went, the contact fields read, notes to check by hand and `checkNotice`'s gaps.
 * Throws `NoticeImportError` when the input has no text, or HTML cannot be parsed here (no DOMParser and
 * no `parseHtml`).
 */
export function importNotice(input: string, options: ImportOptions = {}): ImportResult {
  if (typeof input !== 'string') throw new NoticeImportError(`expected the notice as a string, got ${typeof input}`);
  const { format = looksLikeHtml(input) ? 'html' : 'text' } = options;
  if (!['text', 'html'].includes(format)) throw new NoticeImportError(`format: expected "text" or "html", got "${format}"`);
  if (options.language !== undefined && !LANGUAGES.includes(options.language)) {
    throw new NoticeImportError(`language: expected one of ${LANGUAGES.join(', ')}, got "${options.language}"`);
  }
  let parseHtml = options.parseHtml;
  if (format === 'html' && parseHtml === undefined) {
    const Platform = (globalThis as { DOMParser?: new () => DomParserLike }).DOMParser;
    if (Platform === undefined) {
      throw new NoticeImportError('HTML needs an HTML parser and this environment has no DOMParser: pass { parseHtml } (see docs/notice.md), or run `npx suostumus import-notice FILE`');
    }
    parseHtml = domTree(Platform);
  }
  const pieces = format === 'html' && parseHtml ? readHtml(input, parseHtml) : readText(input);
  const textOnly = pieces.map((piece) => (piece.kind === 'heading' ? piece.text : piece.kind === 'para' ? piece.lines.join(' ') : piece.items.join(' '))).join(' ');
  if (textOnly.trim() === '') throw new NoticeImportError('the input has no text: give the notice as text or HTML');
  const language = options.language ?? detectLanguage(textOnly);
  const { notice, report } = assemble(pieces, format, language);
  try {
    return { notice: parseNotice(notice), report };
  } catch (error) {
    // The importer made something the format refuses: a bug here, said plainly rather than passed on.
    if (error instanceof SuostumusConfigError) throw new NoticeImportError(`the imported notice did not validate (please report this): ${error.message}`);
    throw error;
  }
}

/** The report as lines for a person (what the command line writes to standard error). */
export function formatReport(report: ImportReport): string {
  const lines = [`Imported as ${report.format}, language ${report.language}.`];
  if (report.intro > 0) lines.push(`Intro: ${String(report.intro)} block(s) before the first heading.`);
  lines.push('Headings:');
  for (const heading of report.headings) {
    const to = heading.as === 'section' ? `section ${heading.section ?? ''}`
      : heading.as === 'own' ? `own section "${heading.section ?? ''}"`
        : heading.as === 'subheading' ? `subheading in ${heading.section ?? ''}`
          : heading.as === 'empty' ? 'left out: nothing under it' : heading.as;
    lines.push(`  ${heading.heading} → ${to}`);
  }
  for (const contact of report.contacts) lines.push(`Contact block in ${contact.section}: read ${contact.fields.join(', ')}; shown as written.`);
  if (report.notes.length > 0) lines.push('Check by hand:', ...report.notes.map((note) => `  - ${note}`));
  if (report.gaps.length > 0) {
    lines.push('Missing for GDPR article 13 (checkNotice):', ...report.gaps.map((gap) => `  - ${gap.path} (${gap.article}): ${gap.message}`));
  } else {
    lines.push('The completeness check (checkNotice) finds nothing missing.');
  }
  return lines.join('\n');
}
