// The importer in Node: `importNotice` with parse5 as the HTML parser (the WHATWG parsing algorithm, the
// same tree a browser's DOMParser builds). Used by the `suostumus import-notice` command; built to
// dist/import-node.js. Not part of the npm entry, so no browser bundle carries parse5.

import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { HtmlNode, HtmlParser, ImportOptions, ImportResult } from './index.js';
import { formatReport, importNotice, looksLikeHtml, NoticeImportError } from './index.js';

type Parse5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];

function fromParse5(node: Parse5Node): HtmlNode {
  if (node.nodeName === '#text' && 'value' in node) return { text: node.value, children: [] };
  const children = 'childNodes' in node ? node.childNodes.map(fromParse5) : [];
  if (!('tagName' in node)) return { children };
  const href = node.tagName === 'a' ? node.attrs.find((attr) => attr.name === 'href')?.value : undefined;
  return { tag: node.tagName, children, ...(href === undefined ? {} : { attrs: { href } }) };
}

/** An `HtmlParser` on parse5: the document's `<body>`. */
export const parse5Tree: HtmlParser = (html) => {
  const document = parse(html);
  const root = document.childNodes.find((node) => node.nodeName === 'html');
  const body = root && 'childNodes' in root ? root.childNodes.find((node) => node.nodeName === 'body') : undefined;
  return body ? fromParse5(body) : { children: [] };
};

/** `importNotice` for Node: HTML is parsed with parse5 unless `parseHtml` says otherwise. */
export function importNoticeInNode(input: string, options: ImportOptions = {}): ImportResult {
  return importNotice(input, { parseHtml: parse5Tree, ...options });
}

export { formatReport, looksLikeHtml, NoticeImportError };
