import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { loadEmbedFacts } from '../core/describe.js';
import { SuostumusConfigError } from '../core/validate.js';
import type { Language, SuostumusConfig } from '../core/types.js';
import { pageLanguage } from '../page/context.js';
import { OPEN_PREFERENCES_EVENT } from '../page/events.js';
import { noticeTexts, uiTexts } from '../page/texts.js';
import { ConsentController } from '../ui/consent-controller.js';
import { checkNotice } from './check.js';
import type { NoticeGap } from './check.js';
import { noticeStyles } from './notice.styles.js';
import { readNotice, sectionIdForHash } from './parse.js';
import { heading, richText, textIn } from './render.js';
import { formatDate, latestChange, sectionViews } from './sections.js';
import type { Content, SectionView } from './sections.js';
import type { Notice } from './types.js';

const NOT_READ = Symbol('not read');

/**
 * The privacy notice (tietosuojaseloste), rendered from structured content: a title, the date of the last
 * update, a table of contents, and each section as a native `<details>` that opens on its own, with
 * "open all", from a link to `#id`, and for printing. The cookie section is generated from the consent
 * config, so the notice and the banner cannot disagree.
 *
 * Content: the `notice` property, else the `notice` of the page's consent config (script-tag bundle).
 * Cookie list: the `config` property, else the page's consent config; without either it is left out.
 * Never silently incomplete: no content, or a value left out as invalid, is said in the console and, while
 * the site is being built (localhost, `*.local`, `*.test`, a file, or the `debug` attribute), on the page.
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
 * @csspart debug - The note of what is missing or was left out (development hosts and `debug` only).
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

  /** Force a language; by default the visitor's choice, the config's, the nearest `lang`, the browser's (`pageLanguage`). */
  language?: Language;

  /** The page's store and the visitor's language switch: the element renders again when either changes. */
  private readonly consent = new ConsentController(this);

  /** The level of the title's heading (1–4); the sections are one level below. Default 2, under the page's h1. */
  headingLevel = 2;

  private allOpen = false;

  private readSource: unknown = NOT_READ;
  private readResult?: Notice;
  /** What was left out of the content as invalid, one line each (`path: message`). */
  private problems: string[] = [];
  private warnedEmpty = false;
  private warned = false;
  private sectionIds: string[] = [];
  /** A `#id` waits for its section to be rendered (the content may arrive after the element). */
  private pendingHash = false;
  /** Open the first section (not when the page was opened at a section's #id: that one opens alone). */
  private openFirst = true;
  private openedForPrint: HTMLDetailsElement[] = [];
  private langObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingHash = true;
    this.openFirst = !location.hash;
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

  /** The page's consent config (the script-tag bundle's store): the one place the element reads page state. */
  private pageConfig(): SuostumusConfig | undefined {
    return this.consent.store?.config;
  }

  /** The validated notice. Problems are reported once per content given; what is valid is still shown. */
  private content(): Notice | undefined {
    const source = this.notice ?? this.pageConfig()?.notice;
    if (source === undefined) return undefined;
    if (source !== this.readSource) {
      this.readSource = source;
      const { notice, problems } = readNotice(source);
      if (problems.length > 0) console.error(new SuostumusConfigError(problems).message);
      this.problems = problems.map((problem) => `${problem.path}: ${problem.message}`);
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

  /** The note for the site's builder: only on a development host or with the `debug` attribute. */
  private debugNote(lines: string[]): unknown {
    const dev = this.hasAttribute('debug') || location.protocol === 'file:'
      || /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])$|\.(?:local|localhost|test)$/.test(location.hostname);
    return dev && lines.length > 0 ? html`<ul part="debug" class="debug" role="note">${lines.map((line) => html`<li>suostumus-notice: ${line}</li>`)}</ul>` : nothing;
  }

  override render() {
    const notice = this.content();
    if (!notice) {
      const empty = 'no content: set its notice property or the config\'s "notice"';
      if (!this.warnedEmpty) console.warn(`suostumus-notice: ${empty}`);
      this.warnedEmpty = true;
      return this.debugNote([empty]);
    }
    this.warnIfIncomplete(notice);
    const config = this.config ?? this.pageConfig();
    const language = pageLanguage(this, this.language, config?.language);
    // The standard texts of a language arrive as chunks of their own; render again when they are here.
    const rerender = (): void => { this.requestUpdate(); };
    const t = noticeTexts().getOrFetch(language, rerender);
    const ui = uiTexts().getOrFetch(language, rerender);
    // The embed providers the cookie section lists: their facts are fetched beside the texts, and the first
    // rendering waits for them too. A provider the embed chunk finds later is added once its facts are
    // here, without taking the notice (and its open sections) off the page meanwhile.
    const facts = config && loadEmbedFacts(config);
    facts?.then(rerender, (error: unknown) => { console.error('suostumus-notice: could not load the embed providers\' facts', error); });
    if (!t || !ui || (facts && this.sectionIds.length === 0)) return nothing;
    const level = Math.min(4, Math.max(1, Math.round(Number.isFinite(this.headingLevel) ? this.headingLevel : 2)));
    const sections = sectionViews(notice, { language, level: level + 2, config, t, ui, openPreferences: this.openPreferences });
    this.sectionIds = sections.map((section) => section.id);
    const numbered = notice.numbered === true;
    const label = (section: SectionView, index: number): Content =>
      numbered ? html`<span class="number">${index + 1}.</span> ${section.heading}` : section.heading;
    const updated = notice.updated ?? latestChange(notice);
    const title = notice.title === undefined ? t.title : textIn(notice.title, language, language);

    // The first section is open (unless the URL names another): a reader sees the notice's text on the
    // first screen, not only headings (issue 16; test/e2e/notice-first-screen.test.mjs).
    return html`${this.debugNote(this.problems.map((line) => `left out: ${line}`))}<article part="notice" lang=${language} aria-labelledby="suostumus-title">
      ${heading(level, title, 'title', 'suostumus-title')}
      ${updated === undefined ? nothing : html`<p part="updated" class="updated">${notice.updatedLabel === undefined ? t.updated : textIn(notice.updatedLabel, language, language)}
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
        <details part="section" id=${section.id} ?open=${index === 0 && this.openFirst} @toggle=${this.onToggle}>
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
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-notice': SuostumusNotice;
  }
}
