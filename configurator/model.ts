// The configurator's model: the owner's work is the widget's own config (what is pasted into a page),
// edited by path. Every check is the widget's: `parseConfig` (the config rulebook) and `readNotice` /
// `checkNotice` (the notice model), so what the configurator accepts, the widget accepts.
import { parseConfig, SuostumusConfigError } from '../src/core/config.js';
import { isPlainObject } from '../src/core/values.js';
import { LANGUAGES } from '../src/core/types.js';
import type { Language, LocalizedText, SuostumusConfig } from '../src/core/types.js';
import { checkNotice } from '../src/notice/check.js';
import { readNotice } from '../src/notice/parse.js';
import type { NoticeGap } from '../src/notice/check.js';
import type { Block, Inline, Notice } from '../src/notice/types.js';
import { CATALOGUE } from './catalogue.js';
import type { CatalogueService } from './catalogue.js';

/** The config being built: plain JSON, exactly what the owner will paste (defaults are not written out). */
export type Draft = Record<string, unknown>;

/** One problem at one field: `path` as the widget names it (`google.measurementId`, `notice.controller.email`). */
export interface FieldProblem {
  path: string;
  message: string;
}


/** The value at a dotted path (`notice.controller.name`, `categories.2.services`), or undefined. */
export function getAt(draft: unknown, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    if (Array.isArray(value)) value = value[Number(key)];
    else if (isPlainObject(value)) value = value[key];
    else return undefined;
  }
  return value;
}

/**
 * A copy of `draft` with `value` at `path`; objects on the way are made as needed. An empty string or
 * `undefined` removes the key, and an object left empty by that is removed too, so the config holds only
 * what the owner wrote.
 */
export function setAt(draft: Draft, path: string, value: unknown): Draft {
  const keys = path.split('.');
  const put = (node: unknown, index: number): unknown => {
    const key = keys[index] ?? '';
    const container: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...node as unknown[]] : isPlainObject(node) ? { ...node } : {};
    const next = index === keys.length - 1 ? value : put((container as Record<string, unknown>)[key], index + 1);
    const empty = next === undefined || next === '' || (isPlainObject(next) && Object.keys(next).length === 0);
    if (Array.isArray(container)) {
      if (empty) container.splice(Number(key), 1);
      else container[Number(key)] = next;
      return container;
    }
    const { [key]: _previous, ...others } = container;
    return empty ? others : { ...others, [key]: next };
  };
  return put(draft, 0) as Draft;
}

/** A localized text's value in one language: a plain string stands for every language. */
export function textIn(value: unknown, language: Language): string {
  if (typeof value === 'string') return value;
  if (isPlainObject(value) && typeof value[language] === 'string') return value[language];
  return '';
}

/**
 * `previous` with `language`'s text set to `text`. While the owner writes in one language only, the text
 * stays a plain string (the widget shows it in every language); otherwise it becomes `{ fi, sv, en }`.
 */
export function withText(previous: unknown, language: Language, text: string, languages: readonly Language[]): LocalizedText | undefined {
  if (languages.length <= 1 && (previous === undefined || typeof previous === 'string')) return text || undefined;
  const map: Partial<Record<Language, string>> = isPlainObject(previous) ? { ...previous as Partial<Record<Language, string>> } : {};
  if (typeof previous === 'string' && previous) for (const other of languages) if (other !== language) map[other] ??= previous;
  const { [language]: _previous, ...others } = map;
  const next = text ? { ...others, [language]: text } : others;
  return Object.keys(next).length > 0 ? next : undefined;
}

const LINK_PATTERN = /(https?:\/\/[^\s<>()]+[^\s<>().,;:!?]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

/** A line's text with web and email addresses as links (never HTML: links are data the notice renders). */
function inlines(line: string): Inline | Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of line.matchAll(LINK_PATTERN)) {
    const [address] = match;
    if (match.index > last) parts.push(line.slice(last, match.index));
    parts.push({ href: address.includes('@') && !address.startsWith('http') ? `mailto:${address}` : address });
    last = match.index + address.length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
}

/**
 * The notice's rich text from what an owner types: an empty line starts a paragraph, lines starting with
 * "-", "*" or "•" make a bullet list, addresses become links. Undefined for empty text.
 */
export function richFromPlain(text: string): Block[] | undefined {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((line) => line.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((line) => /^[-*•]\s+/.test(line))) {
      blocks.push({ list: lines.map((line) => inlines(line.replace(/^[-*•]\s+/, ''))) });
    } else {
      const p = inlines(lines.join('\n'));
      blocks.push(typeof p === 'string' ? p : { p });
    }
  }
  return blocks.length > 0 ? blocks : undefined;
}

/** Plain text of one piece of rich text in `language`, the way `richFromPlain` reads it back. */
export function plainFromRich(value: unknown, language: Language): string {
  const inline = (piece: unknown): string => {
    if (Array.isArray(piece)) return piece.map(inline).join('');
    if (isPlainObject(piece) && typeof piece.href === 'string') {
      const shown = textIn(piece.text, language);
      const address = piece.href.replace(/^mailto:/, '');
      return shown && shown !== address ? `${shown} (${address})` : address;
    }
    return textIn(piece, language);
  };
  const block = (item: unknown): string => {
    if (isPlainObject(item) && 'list' in item && Array.isArray(item.list)) return item.list.map((entry) => `- ${inline(entry)}`).join('\n');
    if (isPlainObject(item) && 'p' in item) return inline(item.p);
    if (isPlainObject(item) && 'subheading' in item) return textIn(item.subheading, language);
    return inline(item);
  };
  if (Array.isArray(value)) return value.map(block).filter(Boolean).join('\n\n');
  if (isPlainObject(value) && LANGUAGES.some((l) => l in value) && !('href' in value)) {
    const own = value[language];
    // A per-language map of blocks, or a localized string: either way, this language's part.
    return own === undefined ? '' : typeof own === 'string' ? own : plainFromRich(own, language);
  }
  return block(value);
}

/** What the widget thinks of the draft: the config with defaults, or the problems, and the notice check. */
export interface Verdict {
  config?: SuostumusConfig;
  problems: FieldProblem[];
  notice?: Notice;
  gaps: NoticeGap[];
}

/**
 * Runs the widget's own validation over the draft: the config rulebook (`parseConfig`) and the notice
 * model (`readNotice`), then the notice's completeness check (`checkNotice`) on what was valid.
 */
export function judge(draft: Draft): Verdict {
  const problems: FieldProblem[] = [];
  let config: SuostumusConfig | undefined;
  try {
    config = parseConfig(draft);
  } catch (error) {
    if (!(error instanceof SuostumusConfigError)) throw error;
    problems.push(...error.problems);
  }
  let notice: Notice | undefined;
  if (draft.notice !== undefined) {
    const read = readNotice(draft.notice);
    notice = read.notice;
    problems.push(...read.problems);
  }
  return { config, problems, notice, gaps: checkNotice(notice) };
}

/** A path as the widget writes it (`categories[3].services[0].name`) in the dotted form of `getAt`. */
export function dotted(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** The site category a catalogue service belongs in, and its services list's index in the draft. */
function categoryIndex(draft: Draft, id: string): { categories: Record<string, unknown>[]; index: number } {
  const categories = Array.isArray(draft.categories) ? (draft.categories as Record<string, unknown>[]).map((c) => ({ ...c })) : [];
  let index = categories.findIndex((category) => category.id === id);
  if (index < 0) {
    const own = CATALOGUE.categories[id];
    categories.push(own ? { id, title: own.title, description: own.description, services: [] } : { id, services: [] });
    index = categories.length - 1;
  }
  return { categories, index };
}

/** The draft's `embeds` list as it is (an item the widget refuses is kept for it to report), or empty. */
function embedsOf(draft: Draft): unknown[] {
  return Array.isArray(draft.embeds) ? draft.embeds as unknown[] : [];
}

/**
 * True when the draft has the catalogue service: its Google field filled in (`via`), the built-in embed
 * provider in `embeds` (`embed`), or else the service listed by name in its category.
 */
export function hasService(draft: Draft, service: CatalogueService): boolean {
  if (service.via) return typeof getAt(draft, `google.${service.via}`) === 'string';
  if (service.embed) return embedsOf(draft).includes(service.embed);
  const category = (Array.isArray(draft.categories) ? draft.categories as Record<string, unknown>[] : []).find((c) => c.id === service.category);
  return Array.isArray(category?.services) && (category.services as Record<string, unknown>[]).some((s) => s.name === service.name);
}

/**
 * The draft with a catalogue service added to (or removed from) its category; a category the configurator
 * added goes with its last service. A built-in embed provider (`embed`) is turned on or off in the config's
 * `embeds` list instead (appended; the key goes with the last one), and no category is touched: one the
 * owner has, such as an earlier configurator's `media`, stays as it is.
 */
export function toggleService(draft: Draft, service: CatalogueService, on: boolean): Draft {
  if (service.embed) {
    const embeds = embedsOf(draft).filter((provider) => provider !== service.embed);
    if (on) embeds.push(service.embed);
    return setAt(draft, 'embeds', embeds.length > 0 ? embeds : undefined);
  }
  const { categories, index } = categoryIndex(draft, service.category);
  const category = categories[index] ?? {};
  const services = (Array.isArray(category.services) ? category.services as Record<string, unknown>[] : []).filter((s) => s.name !== service.name);
  if (on) {
    services.push({
      name: service.name,
      provider: service.provider,
      purpose: service.purpose,
      privacyUrl: service.privacyUrl,
      cookies: service.cookies.map((cookie) => ({ ...cookie })),
    });
  }
  category.services = services;
  categories[index] = category;
  // A category the configurator added for the catalogue goes with its last service; built-in ones stay.
  const added = (c: Record<string, unknown>): boolean => typeof c.id === 'string' && (c.id in CATALOGUE.categories || !('title' in c || 'description' in c));
  const kept = categories.filter((c) => !(Array.isArray(c.services) && c.services.length === 0
    && Object.keys(c).every((k) => ['id', 'title', 'description', 'services'].includes(k)) && added(c)));
  return setAt(draft, 'categories', kept.length > 0 ? kept : undefined);
}

/** The built-in embed providers' names in the catalogue, and their ids (`embeds`). */
const EMBED_NAMES: ReadonlyMap<string, string> = new Map(CATALOGUE.services.flatMap((service) => (service.embed ? [[service.name, service.embed] as const] : [])));

/**
 * The draft's categories that list a built-in embed provider as a service of their own (by name), as an
 * earlier configurator did in a category of its catalogue, `media`: their index in `categories` and the
 * providers' names. Such a category is the owner's config: it stays as it is until the owner moves them
 * (`moveOwnEmbedServices`), and meanwhile the widget lists them there and in its own `embeds` category.
 */
export function ownEmbedServices(draft: Draft): { index: number; names: string[] }[] {
  const providers = [...EMBED_NAMES.keys()];
  const categories = Array.isArray(draft.categories) ? draft.categories as unknown[] : [];
  return categories.flatMap((category, index) => {
    const services: unknown[] = isPlainObject(category) && Array.isArray(category.services) ? category.services : [];
    const names = providers.filter((name) => services.some((service) => isPlainObject(service) && service.name === name));
    return names.length > 0 ? [{ index, names }] : [];
  });
}

/**
 * The draft with the built-in embed providers of the owner's category at `index` (see `ownEmbedServices`)
 * moved to the config's `embeds` (those not there yet appended, in the category's order), out of that
 * category, and the category gone when nothing else is left in it: a category with no services would still
 * be offered to visitors, with nothing to consent to. Anything else in it stays.
 */
export function moveOwnEmbedServices(draft: Draft, index: number): Draft {
  const providers = EMBED_NAMES;
  const categories = Array.isArray(draft.categories) ? [...draft.categories as unknown[]] : [];
  const category = categories[index];
  if (!isPlainObject(category) || !Array.isArray(category.services)) return draft;
  const moved = (category.services as unknown[]).flatMap((service) => {
    const id = isPlainObject(service) ? providers.get(service.name as string) : undefined;
    return id ? [id] : [];
  });
  const services = (category.services as unknown[]).filter((service) => !(isPlainObject(service) && providers.has(service.name as string)));
  if (services.length > 0) categories[index] = { ...category, services };
  else categories.splice(index, 1);
  const embeds = embedsOf(draft);
  const withEmbeds = setAt(draft, 'embeds', [...embeds, ...moved.filter((id, i) => !embeds.includes(id) && moved.indexOf(id) === i)]);
  return setAt(withEmbeds, 'categories', categories.length > 0 ? categories : undefined);
}
