// Rich text and contact blocks as Lit templates. Text goes through Lit's text bindings only: nothing is
// ever parsed as HTML, and only links that `safeHref` allows become links (the rest is shown as text).

import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { NoticeMessages } from '../../locales/notice/messages.js';
import { localize } from '../core/localize.js';
import type { Language, LocalizedText } from '../core/types.js';
import { isPlainObject } from '../core/validate.js';
import { hrefLabel, isLanguageMap, safeHref, telHref } from './rich-text.js';
import type { Party, RichText } from './types.js';

export interface RenderContext {
  /** The element's language: texts in another language get their own `lang`. */
  language: Language;
  /** The level of a subheading inside the section (1–6). */
  level: number;
}

type Content = TemplateResult | string | typeof nothing;

/** `lang` for an element whose text is in `lang` inside a parent in `parent`: only when they differ. */
export function langAttr(lang: Language, parent: Language): Language | typeof nothing {
  return lang === parent ? nothing : lang;
}

/** A heading of the given level (clamped to 1–6). */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1: return html`<h1 part=${part} id=${i}>${content}</h1>`;
    case 2: return html`<h2 part=${part} id=${i}>${content}</h2>`;
    case 3: return html`<h3 part=${part} id=${i}>${content}</h3>`;
    case 4: return html`<h4 part=${part} id=${i}>${content}</h4>`;
    case 5: return html`<h5 part=${part} id=${i}>${content}</h5>`;
    default: return html`<h6 part=${part} id=${i}>${content}</h6>`;
  }
}

/** A text in the best language, wrapped in a `<span lang>` when that is not `parent`. */
export function textIn(value: LocalizedText, language: Language, parent: Language): Content {
  const { text, lang } = localize(value, language);
  return lang === parent ? text : html`<span lang=${lang}>${text}</span>`;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'string' || (isLanguageMap(value) && Object.values(value).every((v) => typeof v === 'string'));
}

/** A link when `href` is allowed, else its text as plain text. */
export function link(href: unknown, label: LocalizedText | undefined, language: Language, parent: Language): Content {
  const safe = safeHref(href);
  const shown = label ?? (typeof href === 'string' ? hrefLabel(href) : '');
  const content = textIn(shown, language, parent);
  return safe === undefined ? content : html`<a part="link" href=${safe}>${content}</a>`;
}

function inline(value: unknown, language: Language, parent: Language): Content {
  if (isLocalizedText(value)) return textIn(value, language, parent);
  if (isPlainObject(value) && 'href' in value) {
    return link(value.href, isLocalizedText(value.text) ? value.text : undefined, language, parent);
  }
  return nothing;
}

function inlines(value: unknown, language: Language, parent: Language): Content[] {
  return (Array.isArray(value) ? value : [value]).map((item) => inline(item, language, parent));
}

/** The language a block's own text is in (for its `lang`). */
function blockLang(value: unknown, language: Language, content: Language): Language {
  return isLanguageMap(value) && isLocalizedText(value) ? localize(value, language).lang : content;
}

function block(value: unknown, ctx: RenderContext, content: Language): Content {
  if (isLocalizedText(value)) {
    const lang = blockLang(value, ctx.language, content);
    return html`<p lang=${langAttr(lang, ctx.language)}>${localize(value, ctx.language).text}</p>`;
  }
  if (!isPlainObject(value)) return nothing;
  const lang = langAttr(content, ctx.language);
  if ('href' in value) return html`<p lang=${lang}>${inline(value, ctx.language, content)}</p>`;
  if ('p' in value) return html`<p lang=${lang}>${inlines(value.p, ctx.language, content)}</p>`;
  if ('list' in value && Array.isArray(value.list)) {
    return html`<ul lang=${lang}>${value.list.map((item) => html`<li>${inlines(item, ctx.language, content)}</li>`)}</ul>`;
  }
  if ('subheading' in value && isLocalizedText(value.subheading)) {
    const local = localize(value.subheading, ctx.language);
    return heading(ctx.level, local.lang === ctx.language ? local.text : html`<span lang=${local.lang}>${local.text}</span>`, 'subheading');
  }
  return nothing;
}

/** Renders rich text: per-language content is picked first, then its blocks. */
export function richText(value: RichText | undefined, ctx: RenderContext): Content[] {
  if (value === undefined) return [];
  let content: unknown = value;
  let lang = ctx.language;
  if (isLanguageMap(value) && !isLocalizedText(value)) {
    const picked = pick(value, ctx.language);
    if (!picked) return [];
    ({ content, lang } = picked);
  }
  return (Array.isArray(content) ? content : [content]).map((item) => block(item, ctx, lang));
}

function pick(value: Partial<Record<Language, unknown>>, language: Language): { content: unknown; lang: Language } | undefined {
  for (const candidate of [language, 'fi', 'en', 'sv'] as const) {
    if (value[candidate] !== undefined) return { content: value[candidate], lang: candidate };
  }
  return undefined;
}

/** A controller's or contact person's details as a description list. */
export function party(value: Party, t: NoticeMessages, language: Language): TemplateResult {
  const row = (label: string, content: Content): TemplateResult => html`<div><dt>${label}</dt><dd>${content}</dd></div>`;
  const rows: TemplateResult[] = [];
  // Written by its owner: shown as written (line breaks kept); the fields stay for the completeness check.
  if (value.asWritten !== undefined) {
    return html`<div part="party" class="party"><p class="address">${textIn(value.asWritten, language, language)}</p></div>`;
  }
  if (value.businessId) rows.push(row(t.party.businessId, value.businessId));
  if (value.address !== undefined) {
    rows.push(row(t.party.address, html`<span class="address">${textIn(value.address, language, language)}</span>`));
  }
  if (value.phone) rows.push(row(t.party.phone, link(telHref(value.phone), value.phone, language, language)));
  if (value.email) rows.push(row(t.party.email, link(`mailto:${value.email}`, value.email, language, language)));
  if (value.website) rows.push(row(t.party.website, link(value.website, value.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), language, language)));
  return html`<div part="party" class="party">
    ${value.name === undefined ? nothing : html`<p class="party-name">${textIn(value.name, language, language)}</p>`}
    ${value.role === undefined ? nothing : html`<p class="party-role">${textIn(value.role, language, language)}</p>`}
    ${rows.length > 0 ? html`<dl>${rows}</dl>` : nothing}
  </div>`;
}
