// Reading a notice given as HTML (a CMS page): h1–h6, p, ul/ol, table, dl, br. One walker over a small
// tree shape (`HtmlNode`), so the browser (the platform's DOMParser, `domTree`) and Node (parse5, in
// node.ts) read a page alike. Makes the pieces of pieces.ts.

import { cleanText, splitNumber, squash } from './pieces.js';
import type { Piece } from './pieces.js';

/** An element or a text node, as the walker needs it. `tag` is lowercase; a text node has `text` and no tag. */
export interface HtmlNode {
  tag?: string;
  text?: string;
  attrs?: Readonly<Record<string, string>>;
  children: HtmlNode[];
}

/** Parses an HTML document or fragment into the walker's tree (`document.body`'s children, or the whole). */
export type HtmlParser = (html: string) => HtmlNode;

/** Anything with the shape of the platform's `DOMParser` (the browser's, or a Node DOM library's). */
export interface DomParserLike {
  parseFromString(html: string, type: 'text/html'): { body: unknown };
}

interface DomNodeLike { nodeType: number; nodeName: string; nodeValue: string | null; childNodes: ArrayLike<DomNodeLike>; getAttribute?: (name: string) => string | null }

function fromDom(node: DomNodeLike): HtmlNode {
  if (node.nodeType === 3) return { text: node.nodeValue ?? '', children: [] };
  const tag = node.nodeType === 1 ? node.nodeName.toLowerCase() : undefined;
  const href = tag === 'a' ? node.getAttribute?.('href') : undefined;
  const result: HtmlNode = { children: Array.from(node.childNodes, fromDom) };
  if (tag !== undefined) result.tag = tag;
  if (typeof href === 'string') result.attrs = { href };
  return result;
}

/** An `HtmlParser` over a DOMParser: the platform's in a browser. */
export function domTree(Parser: new () => DomParserLike): HtmlParser {
  return (html) => fromDom(new Parser().parseFromString(html, 'text/html').body as DomNodeLike);
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'button', 'form', 'select', 'nav']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'body', 'html',
  'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'figure', 'figcaption', 'address', 'pre', 'hr', 'caption']);

interface Inline { lines: string[]; links: { text: string; href: string }[] }

/** The text of an inline run: `<br>` starts a new line, links are remembered with their text. */
function inlineText(nodes: HtmlNode[], into: Inline = { lines: [''], links: [] }): Inline {
  for (const node of nodes) {
    if (node.text !== undefined) {
      into.lines[into.lines.length - 1] = `${into.lines.at(-1) ?? ''}${cleanText(node.text).replace(/\s+/g, ' ')}`;
    } else if (node.tag === 'br') {
      into.lines.push('');
    } else if (node.tag !== undefined && SKIP.has(node.tag)) {
      continue;
    } else {
      const start = into.lines.at(-1)?.length ?? 0;
      inlineText(node.children, into);
      const href = node.attrs?.href;
      if (node.tag === 'a' && href !== undefined) {
        const text = squash((into.lines.at(-1) ?? '').slice(start));
        if (text !== '') into.links.push({ text, href });
      }
    }
  }
  return into;
}

function textOf(node: HtmlNode): string {
  return squash(inlineText(node.children).lines.join(' '));
}

/** A paragraph piece from an inline run, if it has text. */
function paragraph(nodes: HtmlNode[], out: Piece[]): void {
  const { lines, links } = inlineText(nodes);
  const kept = lines.map(squash).filter(Boolean);
  if (kept.length === 0) return;
  out.push(links.length > 0 ? { kind: 'para', lines: kept, links } : { kind: 'para', lines: kept });
}

/** True when a paragraph is only bold text: a CMS's heading made with `<strong>`. */
function boldOnly(node: HtmlNode): boolean {
  const meaningful = node.children.filter((child) => child.text?.trim() !== '');
  return meaningful.length === 1 && (meaningful[0]?.tag === 'strong' || meaningful[0]?.tag === 'b') && textOf(node).length <= 120
    && !/[.:;,]$/.test(textOf(node));
}

function list(node: HtmlNode, out: Piece[]): void {
  const items: string[] = [];
  const links: { text: string; href: string }[] = [];
  const walkItems = (parent: HtmlNode): void => {
    for (const child of parent.children) {
      if (child.tag !== 'li') continue;
      // A nested list's items follow their parent's: the format has one level of list.
      const own = inlineText(child.children.filter((c) => c.tag !== 'ul' && c.tag !== 'ol'));
      const text = squash(own.lines.join(' '));
      if (text !== '') items.push(text);
      links.push(...own.links);
      for (const nested of child.children) if (nested.tag === 'ul' || nested.tag === 'ol') walkItems(nested);
    }
  };
  walkItems(node);
  if (items.length > 0) out.push(links.length > 0 ? { kind: 'list', items, links } : { kind: 'list', items });
}

function heading(text: string, level: number | undefined, out: Piece[]): void {
  if (text === '') return;
  const split = splitNumber(text);
  out.push({ kind: 'heading', text: split.text, ...(level === undefined ? {} : { level }), ...(split.number === undefined ? {} : { number: split.number }) });
}

function table(node: HtmlNode, out: Piece[]): void {
  const rows: HtmlNode[] = [];
  const collect = (parent: HtmlNode): void => {
    for (const child of parent.children) {
      if (child.tag === 'tr') rows.push(child);
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') collect(child);
    }
  };
  collect(node);
  for (const row of rows) {
    const cells = row.children.filter((cell) => cell.tag === 'td' || cell.tag === 'th');
    const [first, second] = cells;
    if (cells.length === 2 && first && second) {
      // A two-column table: heading | text.
      heading(textOf(first), undefined, out);
      walk(second.children, out);
    } else {
      const texts = cells.map(textOf).filter(Boolean);
      if (texts.length > 0) out.push({ kind: 'para', lines: [texts.join(' – ')] });
    }
  }
}

/** Walks a list of nodes: block elements become pieces, runs of inline content paragraphs. */
function walk(nodes: HtmlNode[], out: Piece[]): void {
  let run: HtmlNode[] = [];
  const flush = (): void => {
    if (run.length > 0) paragraph(run, out);
    run = [];
  };
  for (const node of nodes) {
    const tag = node.tag;
    if (tag !== undefined && SKIP.has(tag)) continue;
    if (tag === undefined || !BLOCKS.has(tag)) { run.push(node); continue; }
    flush();
    if (/^h[1-6]$/.test(tag)) heading(textOf(node), Number(tag[1]), out);
    else if (tag === 'p' && boldOnly(node)) heading(textOf(node), undefined, out);
    else if (tag === 'p' || tag === 'address' || tag === 'pre' || tag === 'figcaption' || tag === 'caption') paragraph(node.children, out);
    else if (tag === 'ul' || tag === 'ol') list(node, out);
    else if (tag === 'table') table(node, out);
    else if (tag === 'dt') heading(textOf(node), undefined, out);
    else if (tag !== 'hr') walk(node.children, out);
  }
  flush();
}

function find(node: HtmlNode, tag: string): HtmlNode | undefined {
  if (node.tag === tag) return node;
  for (const child of node.children) {
    const found = find(child, tag);
    if (found) return found;
  }
  return undefined;
}

/**
 * Reads a notice given as HTML into pieces, with `parse` making the tree. A whole page is read from its
 * `<main>` when it has one (its header, navigation and footer are the site's, not the notice's).
 */
export function readHtml(input: string, parse: HtmlParser): Piece[] {
  const out: Piece[] = [];
  const body = parse(input);
  walk((find(body, 'main') ?? body).children, out);
  return out;
}
