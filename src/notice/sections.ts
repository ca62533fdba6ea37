// The notice's sections as Lit templates: one render function per section, in a table keyed by section
// id like the parser table in parse.ts, and the order they are shown in (the site's own sections placed
// after the section they name). The element (notice.ts) draws the frame around them.

import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Messages } from '../../locales/messages.js';
import type { NoticeMessages } from '../../locales/notice/messages.js';
import type { Language, SuostumusConfig } from '../core/types.js';
import { describeCategories } from '../core/describe.js';
import type { LocalizedString } from '../core/describe.js';
import { COOKIE_LABELS, cookieFacts } from '../ui/cookie-table.js';
import { heading, langAttr, party, richText, textIn } from './render.js';
import type { RenderContext } from './render.js';
import { isRichTextShorthand, safeHref } from './rich-text.js';
import { SECTION_IDS, SECTION_KEYS } from './types.js';
import type {
  AutomatedDecisionsSection, ChangesSection, ContactSection, ControllerSection, CookiesSection, ExtraSection, Notice,
  PurposesSection, RichText, SectionBase, SectionKey, SecuritySection, StandardSection,
} from './types.js';

/** What a section renders to: templates and text, in order. */
export type Content = TemplateResult | string | typeof nothing;

/** A section ready for the frame: its element id, its heading and its body. */
export interface SectionView {
  id: string;
  heading: Content;
  body: Content[];
}

/** What the renderers read besides the section: the texts, the consent config, and the element's wiring. */
export interface SectionEnv extends RenderContext {
  config: SuostumusConfig | undefined;
  t: NoticeMessages;
  ui: Messages;
  /** The cookie section's button: asks the page to open the settings dialog. */
  openPreferences: () => void;
}

/** A section in object form, whether it was written as `{ heading, text }` or as its text alone. */
export function sectionObject(value: unknown): SectionBase {
  return (isRichTextShorthand(value) ? { text: value as RichText } : value ?? {});
}

/**
 * A `YYYY-MM-DD` date as Finnish notices write it: numeric `10.3.2021` in Finnish and Swedish (Finland's
 * Swedish uses the same form), `10 March 2021` in English.
 */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const en = language === 'en';
  return new Intl.DateTimeFormat(en ? 'en-GB' : 'fi', { dateStyle: en ? 'long' : 'short', timeZone: 'UTC' }).format(value);
}

/** The latest date among the changes, the default of `updated`. */
export function latestChange(notice: Notice): string | undefined {
  const changes = sectionObject(notice.changes) as ChangesSection;
  return changes.entries?.map((entry) => entry.date).sort().at(-1);
}

/**
 * A data table (the purposes, a service's cookies) with a visually hidden caption, inside a focusable
 * region that scrolls sideways when it does not fit: WCAG 1.4.10 exempts data tables, the page never scrolls.
 */
function table(kind: string, caption: unknown, captionId: string, headers: unknown[], rows: unknown[][]): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-labelledby=${captionId} tabindex="0"><table part="table" class=${kind}>
    <caption id=${captionId} class="visually-hidden">${caption}</caption>
    <thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

/** Renders a section's body from the section in object form and the site's own text, already rendered. */
type SectionRenderer<S extends SectionBase> = (section: S, own: Content[], env: SectionEnv) => Content[];

/** The section's own text only. */
const ownText: SectionRenderer<SectionBase> = (_, own) => own;

/** Whether to show a section's shipped text: `standard`, by default only when the site has no text of its own. */
const showStandard = (section: StandardSection | CookiesSection, own: Content[]): boolean => section.standard ?? own.length === 0;

/** Rights and complaint: the shipped text (see `showStandard`), then the site's own. */
const standard = (key: 'rights' | 'complaint'): SectionRenderer<StandardSection> => (section, own, env) =>
  [...(showStandard(section, own) ? richText(env.t[key], env) : []), ...own];

/** Each section's type in object form (a text-only section is just `SectionBase`). */
interface SectionTypes {
  controller: ControllerSection;
  contact: ContactSection;
  register: SectionBase;
  purposes: PurposesSection;
  dataCategories: SectionBase;
  sources: SectionBase;
  recipients: SectionBase;
  transfers: SectionBase;
  retention: SectionBase;
  security: SecuritySection;
  cookies: CookiesSection;
  automatedDecisions: AutomatedDecisionsSection;
  rights: StandardSection;
  complaint: StandardSection;
  changes: ChangesSection;
}

/** One render function per section, keyed like the parsers in parse.ts. */
const RENDERERS: { [K in SectionKey]: SectionRenderer<SectionTypes[K]> } = {
  controller: (section, own, env) => [party(section, env.t, env.language), ...own],
  contact: (section, own, env) => [...own, ...(section.people ?? []).map((person) => party(person, env.t, env.language))],
  register: ownText,
  purposes: (section, own, { t, language }) => {
    const items = section.items ?? [];
    if (items.length === 0) return own;
    return [...own, table('purposes', t.headings.purposes, 'suostumus-purposes', [t.purposes.purpose, t.purposes.basis], items.map((item) => {
      const basis = t.purposes.bases[item.basis];
      return [textIn(item.purpose, language, language), html`${basis.name}<span class="article">(${basis.article})</span>${item.detail === undefined ? nothing
        : html`<span class="detail">${textIn(item.detail, language, language)}</span>`}`];
    }))];
  },
  dataCategories: ownText,
  sources: ownText,
  recipients: ownText,
  transfers: ownText,
  retention: ownText,
  security: (section, own, env) => {
    const sub = (title: string, content: RichText | undefined): Content[] => content === undefined ? []
      : [heading(env.level, title, 'subheading'), ...richText(content, env)];
    return [...own, ...sub(env.t.security.manual, section.manual), ...sub(env.t.security.electronic, section.electronic)];
  },
  cookies,
  automatedDecisions: (section, own, env) =>
    [...(section.none === true ? richText(env.t.automatedNone, env) : []), ...own],
  rights: standard('rights'),
  complaint: standard('complaint'),
  changes: (section, own, { language }) => {
    const entries = section.entries ?? [];
    if (entries.length === 0) return own;
    return [...own, html`<ul class="changes">${entries.map((entry) => html`<li>
      <time datetime=${entry.date}>${formatDate(entry.date, language)}</time> ${textIn(entry.text, language, language)}</li>`)}</ul>`];
  },
};

/**
 * The cookie section: the shipped explanation, the site's text, Google Analytics when used, then every
 * category, service and cookie of the consent config (the dialog's own list), and the settings button.
 */
function cookies(section: CookiesSection, own: Content[], env: SectionEnv): Content[] {
  const { config, t, ui, language } = env;
  const text = (value: LocalizedString): Content =>
    value.lang === language ? value.text : html`<span lang=${value.lang}>${value.text}</span>`;
  const code = (name: string): Content => html`<code>${name}</code>`;
  const body: Content[] = [];
  const shipped = showStandard(section, own);
  if (shipped) body.push(...richText(t.cookies.standard, env));
  body.push(...own);
  // What Google Analytics does, before the list of every category, service and cookie.
  const google = section.google ?? Boolean(config?.google);
  if (google && shipped) {
    body.push(...richText(t.cookies.analytics, env), ...richText(t.cookies.demographics, env), ...richText(t.cookies.googleControls, env));
  }
  if (config && section.generated !== false) {
    for (const category of describeCategories(config, ui, language)) {
      body.push(html`<div class="category">
        ${heading(env.level, text(category.title), 'subheading')}
        ${category.description.text ? html`<p lang=${langAttr(category.description.lang, language)}>${category.description.text}</p>` : nothing}
        ${category.required ? html`<p class="always-on">${ui.preferences.alwaysOn}</p>` : nothing}
        ${category.services.map((service, serviceIndex) => {
          const privacy = safeHref(service.privacyUrl);
          return html`<div class="service">
            <p class="service-name"><strong>${service.name}</strong> · ${service.provider}</p>
            ${service.purpose ? html`<p lang=${langAttr(service.purpose.lang, language)}>${service.purpose.text}</p>` : nothing}
            ${privacy === undefined ? nothing : html`<p><a part="link" href=${privacy}>${t.cookies.privacyPolicy}: ${service.name}</a></p>`}
            ${service.cookies.length === 0 ? nothing : table('cookies', service.name, `suostumus-cookies-${category.id}-${serviceIndex}`,
              COOKIE_LABELS.map((label) => ui.preferences[label]), service.cookies.map((cookie) => cookieFacts(cookie, ui.preferences, { text, code })))}
          </div>`;
        })}
      </div>`);
    }
  }
  if (body.length > 0 && config) {
    body.push(html`<p class="settings"><button part="settings-button" type="button" @click=${env.openPreferences}>${t.cookies.openSettings}</button></p>`);
  }
  return body;
}

/**
 * The sections to show, in order: the built-in ones the site wrote (rights and complaint always, the
 * cookie section whenever there is a consent config), then the site's own, each after the section it
 * names or else at the end. `notice.order` then puts the sections it names first, in its order.
 */
export function sectionViews(notice: Notice, env: SectionEnv): SectionView[] {
  const { language } = env;
  const views: SectionView[] = [];
  for (const key of SECTION_KEYS) {
    const raw = notice[key];
    const section = sectionObject(raw);
    // Rights and complaint have shipped texts, the cookie section is generated from the consent config:
    // they are shown without being written. Every other section only when the site writes it.
    const implicit = key === 'rights' || key === 'complaint' || (key === 'cookies' && env.config !== undefined);
    const render = RENDERERS[key] as SectionRenderer<SectionBase>;
    const body = raw === undefined && !implicit ? [] : render(section, richText(section.text, env), env);
    if (body.length === 0) continue;
    views.push({
      id: SECTION_IDS[key],
      heading: section.heading === undefined ? env.t.headings[key] : textIn(section.heading, language, language),
      body,
    });
  }
  const extras: ExtraSection[] = notice.sections ?? [];
  for (const extra of extras) {
    const view: SectionView = { id: extra.id, heading: textIn(extra.heading, language, language), body: richText(extra.text, env) };
    const afterId = extra.after === undefined ? undefined
      : (SECTION_IDS as Record<string, string | undefined>)[extra.after] ?? extra.after;
    const at = afterId === undefined ? -1 : views.findIndex((v) => v.id === afterId);
    if (at === -1) views.push(view);
    else views.splice(at + 1, 0, view);
  }
  const rank = (view: SectionView): number => {
    const at = notice.order?.findIndex((name) => ((SECTION_IDS as Record<string, string | undefined>)[name] ?? name) === view.id) ?? -1;
    return at === -1 ? Infinity : at;
  };
  // A stable sort: the sections `order` does not name keep their places after those it names.
  return notice.order ? views.map((view, index) => ({ view, index })).sort((a, b) => rank(a.view) - rank(b.view) || a.index - b.index).map(({ view }) => view) : views;
}
