// Rich text and links as data: what a section's text may be made of, which links are allowed, and the
// validation of both. No Lit (the Lit templates are in render.ts), so parse.ts and check.ts stay DOM-free.

import { LANGUAGES } from '../core/types.js';
import type { Language } from '../core/types.js';
import { Checker, isPlainObject, join, text, url } from '../core/validate.js';
import type { Block, Inline, RichText } from './types.js';

const MAX_BLOCKS = 200;
const MAX_LIST = 100;

// ---------------------------------------------------------------------------------------------
// Shape helpers shared with the parser, the check and the renderer

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
/** An email address as a party's `email` or a `mailto:` link may give it. */
export const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/;
/** A phone number as a party's `phone` or a `tel:` link may give it. */
export const PHONE = /^\+?[0-9 ()-]{5,30}$/;

/**
 * The link target when `href` is one suostumus links to; `undefined` for anything else (shown as text).
 * A bare `www.` address is an https link (`www.tietosuoja.fi` → `https://www.tietosuoja.fi`).
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  if (/^www\./i.test(href)) return safeHref(`https://${href}`);
  if (/^mailto:/i.test(href)) return EMAIL.test(href.slice(7).split('?')[0] ?? '') && !/[\s<>"]/.test(href) ? href : undefined;
  if (/^tel:/i.test(href)) return PHONE.test(href.slice(4)) && /\d{3}/.test(href.replace(/\D/g, '')) ? href : undefined;
  const check = new Checker();
  return url(check, href, '', true);
}

/** What a link shows when it has no text of its own. */
export function hrefLabel(href: string): string {
  return href.replace(/^(?:mailto|tel):/i, '');
}

/** A `tel:` link to a phone number as written for people (`+358 9 123 4567`). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[\s()-]/g, '')}`;
}

// ---------------------------------------------------------------------------------------------
// Validation

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
  // Between two links, a space alone is a separator too ("tietosuoja@om.fi www.tietosuoja.fi").
  const separator = (item: unknown): boolean => typeof item === 'string' && item !== '' && item.trim() === '' && list.length > 1;
  return list.map((item, index) => (separator(item) ? ' ' : inline(check, item, join(path, index)))).filter((item) => item !== undefined);
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
export function readRichText(check: Checker, value: unknown, path: string): RichText | undefined {
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
