import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Messages } from '../../locales/messages.js';
import type { NoticeMessages } from '../../locales/notice/messages.js';
import { SuostumusConfigError } from '../core/validate.js';
import { resolveLanguage } from '../core/language.js';
import type { Language, SuostumusConfig } from '../core/types.js';
import { describeCategories } from '../core/describe.js';
import type { LocalizedString } from '../core/describe.js';
import { getDefaultStore } from '../page/context.js';
import { OPEN_PREFERENCES_EVENT } from '../page/events.js';
import { noticeTexts, uiTexts } from '../page/texts.js';
import { checkNotice } from './check.js';
import type { NoticeGap } from './check.js';
import { SECTION_IDS, SECTION_KEYS, isRichTextShorthand, readNotice, safeHref, sectionIdForHash } from './model.js';
import type {
  AutomatedDecisionsSection, ChangesSection, ContactSection, CookiesSection, ExtraSection, Notice, PurposesSection,
  RichText, SectionBase, SectionKey, SecuritySection, StandardSection,
} from './model.js';
import { noticeStyles } from './notice.styles.js';
import { heading, langAttr, party, richText, textIn } from './render.js';
import type { RenderContext } from './render.js';

type Content = TemplateResult | string | typeof nothing;

interface SectionView {
  id: string;
  heading: Content;
  body: Content[];
}

/** A section in object form, whether it was written as `{ heading, text }` or as its text alone. */
function sectionObject(value: unknown): SectionBase {
  return (isRichTextShorthand(value) ? { text: value as RichText } : value ?? {});
}

function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

const NOT_READ = Symbol('not read');

/**
 * The privacy notice (tietosuojaseloste), rendered from structured content: a title, the date of the last
 * update, a table of contents, and each section as a native `<details>` that opens on its own, with
 * "open all", from a link to `#id`, and for printing. The cookie section is generated from the consent
 * config, so the notice and the banner cannot disagree.
 *
 * Content: the `notice` property, else the `notice` of the page's consent config (script-tag bundle).
 * Cookie list: the `config` property, else the page's consent config; without either it is left out.
 *
 * @tagname suostumus-notice
 * @fires suostumus-open-preferences - From the cookie section's button: asks the page to open the settings dialog. Bubbles and composes.
 * @csspart notice - The whole notice (an `<article>`).
 * @csspart title - The title heading.
 * @csspart updated - The "last updated" line.
 * @csspart toc - The table of contents (`<nav>`).
 * @csspart toc-link - A link in the table of contents.
 * @csspart toggle-all - The "open all" / "close all" button.
 * @csspart section - A section (`<details>`).
 * @csspart summary - A section's `<summary>`.
 * @csspart heading - A section's heading.
 * @csspart body - A section's content.
 * @csspart subheading - A heading inside a section.
 * @csspart party - A controller's or contact person's details.
 * @csspart table - The purposes table and the cookie tables.
 * @csspart link - A link in the text.
 * @csspart settings-button - The button that opens the cookie settings.
 * @cssprop --suostumus-accent - Links, buttons and the section markers.
 * @cssprop --suostumus-font - Font family (default: the page's).
 * @cssprop --suostumus-radius - Corner radius.
 * @cssprop --suostumus-border - Lines between sections and in tables.
 * @cssprop --suostumus-muted - Secondary text (dates, article numbers).
 * @cssprop --suostumus-focus - Focus ring.
 * @cssprop --suostumus-scroll-margin - Space kept above a section scrolled to (for a sticky header).
 */
export class SuostumusNotice extends LitElement {
  static override styles = noticeStyles;

  // Declared without decorators: the decorator helpers cost bytes for nothing.
  static override properties = {
    notice: { attribute: false },
    config: { attribute: false },
    language: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    allOpen: { state: true, attribute: false },
  };

  /** The notice's content (see docs/notice.md); validated when set. Default: the page config's `notice`. */
  notice?: Notice;

  /** The consent config whose categories the cookie section lists. Default: the page's consent store's. */
  config?: SuostumusConfig;

  /** The language; by default the config's, else the nearest `lang` attribute, else the browser's. */
  language?: Language;

  /** The level of the title's heading (1–4); the sections are one level below. Default 2, under the page's h1. */
  headingLevel = 2;

  private allOpen = false;

  private readSource: unknown = NOT_READ;
  private readResult?: Notice;
  private warned = false;
  private sectionIds: string[] = [];
  /** A `#id` waits for its section to be rendered (the content may arrive after the element). */
  private pendingHash = false;
  private openedForPrint: HTMLDetailsElement[] = [];
  private langObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingHash = true;
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Follow the page when its language changes (the nearest `lang` may be set after load).
    this.langObserver = new MutationObserver(() => { this.requestUpdate(); });
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.langObserver?.disconnect();
  }

  /** What the current content lacks of GDPR article 13's mandatory elements (`checkNotice`); empty when complete. */
  get missing(): NoticeGap[] {
    const notice = this.content();
    return notice ? checkNotice(notice) : [];
  }

  /** Opens every section. */
  openAll(): void {
    for (const details of this.allDetails()) details.open = true;
    this.allOpen = true;
  }

  /** Closes every section. */
  closeAll(): void {
    for (const details of this.allDetails()) details.open = false;
    this.allOpen = false;
  }

  /**
   * Opens the section with `id` (a section id, a Finnish alias or an extra section's id) and scrolls to it;
   * with `focus`, moves the keyboard focus to its summary. False when there is no such section.
   */
  openSection(id: string, focus = false): boolean {
    const target = sectionIdForHash(id, this.sectionIds);
    const details = target === undefined ? null : this.renderRoot.querySelector<HTMLDetailsElement>(`details[id="${target}"]`);
    if (!details) return false;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    if (focus) details.querySelector('summary')?.focus({ preventScroll: true });
    return true;
  }

  private allDetails(): HTMLDetailsElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details')];
  }

  private readonly onHashChange = (): void => {
    if (!this.openSection(location.hash, true)) this.pendingHash = true;
  };

  private readonly onBeforePrint = (): void => {
    this.openedForPrint = this.allDetails().filter((details) => !details.open);
    for (const details of this.openedForPrint) details.open = true;
  };

  private readonly onAfterPrint = (): void => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };

  private readonly onToggle = (): void => {
    this.allOpen = this.allDetails().every((details) => details.open);
  };

  private readonly onToggleAll = (): void => {
    if (this.allOpen) this.closeAll();
    else this.openAll();
  };

  private readonly onTocClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const hash = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
    // Handled here rather than by the browser: a page with <base href> would resolve "#id" to another
    // page, and a click on the current hash would not open a section closed since.
    event.preventDefault();
    if (location.hash !== hash) {
      const url = new URL(location.href); // not relative to a <base>
      url.hash = hash;
      history.pushState(null, '', url);
    }
    this.openSection(hash, true);
  };

  private readonly openPreferences = (): void => {
    this.dispatchEvent(new CustomEvent(OPEN_PREFERENCES_EVENT, { bubbles: true, composed: true }));
  };

  private currentConfig(): SuostumusConfig | undefined {
    return this.config ?? getDefaultStore()?.config;
  }

  /** The validated notice. Problems are reported once per content given; what is valid is still shown. */
  private content(): Notice | undefined {
    const source = this.notice ?? getDefaultStore()?.config.notice;
    if (source === undefined) return undefined;
    if (source !== this.readSource) {
      this.readSource = source;
      const { notice, problems } = readNotice(source);
      if (problems.length > 0) console.error(new SuostumusConfigError(problems).message);
      this.readResult = notice;
    }
    return this.readResult;
  }

  private warnIfIncomplete(notice: Notice): void {
    if (this.warned) return;
    const gaps = checkNotice(notice);
    if (gaps.length === 0) return;
    this.warned = true;
    const lines = gaps.map((gap) => `  ${gap.path} (GDPR ${gap.article}): ${gap.message}`);
    console.warn(`suostumus-notice: the privacy notice lacks what GDPR article 13 requires:\n${lines.join('\n')}`);
  }

  override render() {
    const notice = this.content();
    if (!notice) return nothing;
    this.warnIfIncomplete(notice);
    const config = this.currentConfig();
    const language = resolveLanguage({ language: this.language ?? config?.language }, this);
    // The standard texts of a language arrive as chunks of their own; render again when they are here.
    const rerender = (): void => { this.requestUpdate(); };
    const t = noticeTexts().getOrFetch(language, rerender);
    const ui = uiTexts().getOrFetch(language, rerender);
    if (!t || !ui) return nothing;
    const level = Math.min(4, Math.max(1, Math.round(Number.isFinite(this.headingLevel) ? this.headingLevel : 2)));
    const ctx: RenderContext = { language, level: level + 2 };
    const sections = this.sections(notice, config, t, ui, ctx);
    this.sectionIds = sections.map((section) => section.id);
    const numbered = notice.numbered === true;
    const label = (section: SectionView, index: number): Content =>
      numbered ? html`<span class="number">${index + 1}.</span> ${section.heading}` : section.heading;
    const updated = notice.updated ?? this.latestChange(notice);
    const title = notice.title === undefined ? t.title : textIn(notice.title, language, language);

    return html`<article part="notice" lang=${language} aria-labelledby="suostumus-title">
      ${heading(level, title, 'title', 'suostumus-title')}
      ${updated === undefined ? nothing : html`<p part="updated" class="updated">${t.updated}
        <time datetime=${updated}>${formatDate(updated, language)}</time></p>`}
      ${notice.intro === undefined ? nothing : html`<div class="intro">${richText(notice.intro, { language, level: level + 1 })}</div>`}
      <div class="controls">
        <nav part="toc" aria-labelledby="suostumus-contents">
          <p id="suostumus-contents" class="contents">${t.contents}</p>
          <ul>${sections.map((section, index) => html`<li><a part="toc-link" href="#${section.id}" @click=${this.onTocClick}>${label(section, index)}</a></li>`)}</ul>
        </nav>
        <button part="toggle-all" class="toggle-all" type="button" @click=${this.onToggleAll}>${this.allOpen ? t.closeAll : t.openAll}</button>
      </div>
      ${sections.map((section, index) => keyed(section.id, html`
        <details part="section" id=${section.id} @toggle=${this.onToggle}>
          <summary part="summary">${heading(level + 1, label(section, index), 'heading')}</summary>
          <div part="body" class="body">${section.body}</div>
        </details>`))}
    </article>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingHash && this.sectionIds.length > 0) {
      this.pendingHash = false;
      // A URL opened with #id: open and show the section; the focus stays where the browser put it.
      if (location.hash) this.openSection(location.hash, false);
    }
  }

  private latestChange(notice: Notice): string | undefined {
    const changes = sectionObject(notice.changes) as ChangesSection;
    return changes.entries?.map((entry) => entry.date).sort().at(-1);
  }

  private sections(notice: Notice, config: SuostumusConfig | undefined, t: NoticeMessages, ui: Messages, ctx: RenderContext): SectionView[] {
    const { language } = ctx;
    const views: SectionView[] = [];
    for (const key of SECTION_KEYS) {
      const raw = notice[key];
      const section = (sectionObject(raw));
      // Rights and complaint have shipped texts, the cookie section is generated from the consent config:
      // they are shown without being written. Every other section only when the site writes it.
      const implicit = key === 'rights' || key === 'complaint' || (key === 'cookies' && config !== undefined);
      const body = raw === undefined && !implicit ? [] : this.body(key, raw, notice, config, t, ui, ctx);
      if (body.length === 0) continue;
      views.push({
        id: SECTION_IDS[key],
        heading: section.heading === undefined ? t.headings[key] : textIn(section.heading, language, language),
        body,
      });
    }
    // The site's own sections: after the section they name, else at the end, in the order given.
    const extras: ExtraSection[] = notice.sections ?? [];
    for (const extra of extras) {
      const view: SectionView = { id: extra.id, heading: textIn(extra.heading, language, language), body: richText(extra.text, ctx) };
      const afterId = extra.after === undefined ? undefined
        : (SECTION_IDS as Record<string, string | undefined>)[extra.after] ?? extra.after;
      const at = afterId === undefined ? -1 : views.findIndex((v) => v.id === afterId);
      if (at === -1) views.push(view);
      else views.splice(at + 1, 0, view);
    }
    return views;
  }

  private body(key: SectionKey, raw: unknown, notice: Notice, config: SuostumusConfig | undefined, t: NoticeMessages, ui: Messages, ctx: RenderContext): Content[] {
    const { language } = ctx;
    const section = (sectionObject(raw));
    const own = richText(section.text, ctx);
    switch (key) {
      case 'controller':
        return notice.controller ? [party(notice.controller, t, language), ...own] : own;
      case 'contact': {
        const people = (sectionObject(raw) as ContactSection).people ?? [];
        return [...own, ...people.map((person) => party(person, t, language))];
      }
      case 'purposes': {
        const items = (sectionObject(raw) as PurposesSection).items ?? [];
        if (items.length === 0) return own;
        return [...own, html`<div class="table-scroll" role="region" aria-labelledby="suostumus-purposes" tabindex="0"><table part="table" class="purposes">
          <caption id="suostumus-purposes" class="visually-hidden">${t.headings.purposes}</caption>
          <thead><tr><th scope="col">${t.purposes.purpose}</th><th scope="col">${t.purposes.basis}</th></tr></thead>
          <tbody>${items.map((item) => {
            const basis = t.purposes.bases[item.basis];
            return html`<tr>
              <td>${textIn(item.purpose, language, language)}</td>
              <td>${basis.name}<span class="article">(${basis.article})</span>${item.detail === undefined ? nothing
                : html`<span class="detail">${textIn(item.detail, language, language)}</span>`}</td>
            </tr>`;
          })}</tbody>
        </table></div>`];
      }
      case 'security': {
        const security = (sectionObject(raw) as SecuritySection);
        const sub = (title: string, content: RichText | undefined): Content[] => content === undefined ? []
          : [heading(ctx.level, title, 'subheading'), ...richText(content, ctx)];
        return [...own, ...sub(t.security.manual, security.manual), ...sub(t.security.electronic, security.electronic)];
      }
      case 'cookies':
        return this.cookies((sectionObject(raw)), own, config, t, ui, ctx);
      case 'automatedDecisions': {
        const none = (sectionObject(raw) as AutomatedDecisionsSection).none === true;
        return [...(none ? richText(t.automatedNone, ctx) : []), ...own];
      }
      case 'rights':
      case 'complaint': {
        const standard = (sectionObject(raw) as StandardSection).standard !== false;
        return [...(standard ? richText(t[key], ctx) : []), ...own];
      }
      case 'changes': {
        const entries = (sectionObject(raw) as ChangesSection).entries ?? [];
        if (entries.length === 0) return own;
        return [...own, html`<ul class="changes">${entries.map((entry) => html`<li>
          <time datetime=${entry.date}>${formatDate(entry.date, language)}</time>: ${textIn(entry.text, language, language)}</li>`)}</ul>`];
      }
      default:
        return own;
    }
  }

  private cookies(
    section: CookiesSection, own: Content[], config: SuostumusConfig | undefined, t: NoticeMessages, ui: Messages, ctx: RenderContext,
  ): Content[] {
    const { language } = ctx;
    const text = (value: LocalizedString): Content =>
      value.lang === language ? value.text : html`<span lang=${value.lang}>${value.text}</span>`;
    const body: Content[] = [];
    if (section.standard !== false) body.push(...richText(t.cookies.standard, ctx));
    body.push(...own);
    // What Google Analytics does, before the list of every category, service and cookie.
    const google = section.google ?? Boolean(config?.google);
    if (google && section.standard !== false) {
      body.push(...richText(t.cookies.analytics, ctx), ...richText(t.cookies.demographics, ctx), ...richText(t.cookies.googleControls, ctx));
    }
    if (config && section.generated !== false) {
      for (const category of describeCategories(config, ui, language)) {
        body.push(html`<div class="category">
          ${heading(ctx.level, text(category.title), 'subheading')}
          ${category.description.text ? html`<p lang=${langAttr(category.description.lang, language)}>${category.description.text}</p>` : nothing}
          ${category.required ? html`<p class="always-on">${ui.preferences.alwaysOn}</p>` : nothing}
          ${category.services.map((service, serviceIndex) => {
            const privacy = safeHref(service.privacyUrl);
            const captionId = `suostumus-cookies-${category.id}-${serviceIndex}`;
            return html`<div class="service">
              <p class="service-name"><strong>${service.name}</strong> · ${service.provider}</p>
              ${service.purpose ? html`<p lang=${langAttr(service.purpose.lang, language)}>${service.purpose.text}</p>` : nothing}
              ${privacy === undefined ? nothing : html`<p><a part="link" href=${privacy}>${t.cookies.privacyPolicy}: ${service.name}</a></p>`}
              ${service.cookies.length === 0 ? nothing : html`<div class="table-scroll" role="region" aria-labelledby=${captionId} tabindex="0">
                <table part="table" class="cookies">
                <caption id=${captionId} class="visually-hidden">${service.name}</caption>
                <thead><tr>
                  <th scope="col">${ui.preferences.cookieName}</th>
                  <th scope="col">${ui.preferences.cookiePurpose}</th>
                  <th scope="col">${ui.preferences.cookieDuration}</th>
                  <th scope="col">${ui.preferences.cookieProvider}</th>
                </tr></thead>
                <tbody>${service.cookies.map((cookie) => html`<tr>
                  <td><code>${cookie.name}</code></td>
                  <td>${text(cookie.purpose)}</td>
                  <td>${text(cookie.duration)}</td>
                  <td>${cookie.provider} (${cookie.thirdParty ? ui.preferences.thirdParty : ui.preferences.firstParty})</td>
                </tr>`)}</tbody>
              </table></div>`}
            </div>`;
          })}
        </div>`);
      }
    }
    if (body.length > 0 && config) {
      body.push(html`<p class="settings"><button part="settings-button" type="button" @click=${this.openPreferences}>${t.cookies.openSettings}</button></p>`);
    }
    return body;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-notice': SuostumusNotice;
  }
}
