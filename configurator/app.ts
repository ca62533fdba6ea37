// <suostumus-configurator>: the form, the live preview, the checks and the take-away, in one element
// rendered into the light DOM (the page's own stylesheet, configurator.css, styles it). The work is the
// widget's config itself (model.ts); every value is judged by the widget's own validation.
import { html, LitElement, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { EMBED_PROVIDER_FACTS } from '../src/core/embed-providers.js';
import { EMBED_PROVIDERS, EMBEDS_CATEGORY, LANGUAGES } from '../src/core/types.js';
import type { EmbedProvider, Language } from '../src/core/types.js';
import { isPlainObject } from '../src/core/values.js';
import { noticeMessages } from '../locales/notice/index.js';
import { hasText, REQUIRED_ELEMENTS } from '../src/notice/check.js';
import type { RequiredElement } from '../src/notice/check.js';
import { isRichTextShorthand } from '../src/notice/rich-text.js';
import { LEGAL_BASES, SECTION_KEYS } from '../src/notice/types.js';
import type { SectionKey } from '../src/notice/types.js';
import { CATALOGUE } from './catalogue.js';
import { AA_TEXT, contrastRatio } from './contrast.js';
import { importNoticeText } from './importer.js';
import type { ImportReport } from './importer.js';
import {
  dotted, getAt, hasService, judge, ownEmbedServices, plainFromRich, richFromPlain, setAt, textIn, toggleService, moveOwnEmbedServices, withText,
} from './model.js';
import type { Draft, FieldProblem, Verdict } from './model.js';
import { buildZip, DEFAULT_SCRIPT_URL, embedTag, noticePage, pageSnippet, previewPage, withoutNotice } from './output.js';
import type { PreviewOptions } from './output.js';
import { fill, TEXTS } from './texts.js';
import type { Texts } from './texts.js';

/** localStorage keys: the work, and the page's own language. */
export const STORAGE_KEY = 'suostumus-configurator';
const LANGUAGE_KEY = 'suostumus-configurator-language';
/** How long the owner must stop typing before the made embed tag is announced, in ms. */
const EMBED_READY_PAUSE_MS = 1000;

/** What is kept in localStorage between visits. */
interface Stored {
  config: Draft;
  languages: Language[];
  scriptUrl: string;
}

/** A field's element id from its path (`notice.controller.name` → `f-notice-controller-name`). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^\w]+/g, '-')}`;
}

/** Sections that are text only, edited as `{ heading, text }`. */
const TEXT_SECTIONS: readonly SectionKey[] = ['register', 'dataCategories', 'sources', 'recipients', 'transfers', 'retention', 'security', 'changes'];
/** Sections with a shipped standard text that can be turned off. */
const STANDARD_SECTIONS: readonly SectionKey[] = ['cookies', 'rights', 'complaint'];

/** Where the completeness check sends the owner for each missing element. */
const GAP_FIELDS: Record<RequiredElement, string> = {
  controller: 'notice.controller.name',
  purposes: 'notice.purposes.items.0.purpose',
  recipients: 'notice.recipients.text',
  retention: 'notice.retention.text',
  rights: 'notice.rights.standard',
  complaint: 'notice.complaint.standard',
};

/** Languages the draft's texts are written in (the keys of its `{ fi, sv, en }` objects). */
function languagesIn(value: unknown, found = new Set<Language>()): Set<Language> {
  if (Array.isArray(value)) for (const item of value) languagesIn(item, found);
  else if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if ((LANGUAGES as readonly string[]).includes(key)) found.add(key as Language);
      languagesIn(inner, found);
    }
  }
  return found;
}

/** The notice with every section in `{ text, … }` form, so each field has one path. */
export function normalizeNotice(notice: unknown): unknown {
  if (!isPlainObject(notice)) return notice;
  const out: Record<string, unknown> = { ...notice };
  for (const key of SECTION_KEYS) {
    if (key !== 'controller' && out[key] !== undefined && isRichTextShorthand(out[key])) out[key] = { text: out[key] };
  }
  return out;
}

function browserLanguage(): Language {
  for (const tag of navigator.languages) {
    const base = tag.slice(0, 2).toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'fi';
}

export class SuostumusConfigurator extends LitElement {
  static override properties = {
    ui: { state: true },
    draft: { state: true },
    languages: { state: true },
    writing: { state: true },
    scriptUrl: { state: true },
    preview: { state: true },
    status: { state: true },
    report: { state: true },
    configText: { state: true },
    noticeText: { state: true },
    embed: { state: true },
  };

  ui: Language = 'fi';
  draft: Draft = {};
  languages: Language[] = ['fi'];
  writing: Language = 'fi';
  scriptUrl = DEFAULT_SCRIPT_URL;
  preview: Omit<PreviewOptions, 'assetBase'> & { width: 'desktop' | 'phone' } = { view: 'banner', language: 'fi', scheme: 'light', width: 'desktop' };
  status = '';
  report: ImportReport | undefined = undefined;
  configText = '';
  noticeText = '';
  /** The embed-tag maker's fields (not kept: a tag is made, copied and pasted). */
  embed: { provider?: EmbedProvider; address: string; title: string; titleEdited?: boolean } = { address: '', title: '' };
  /** Whether the made tag's arrival has been said since it last appeared, and the pause that waits to say it. */
  private embedSaid = false;
  private embedPause: ReturnType<typeof setTimeout> | undefined;

  /** Where the script-tag files are: the site root, beside the configurator's folder. */
  assetBase = new URL('../', location.href);
  private verdict: Verdict = { problems: [], gaps: [] };
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  // Light DOM: the page's stylesheet applies, and labels, ids and links work across the whole page.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const savedLanguage = localStorage.getItem(LANGUAGE_KEY);
    this.ui = (LANGUAGES as readonly string[]).includes(savedLanguage ?? '') ? savedLanguage as Language : browserLanguage();
    this.restore();
  }

  private get t(): Texts {
    return TEXTS[this.ui];
  }

  /** Reads the work kept in this browser, if any. */
  private restore(): void {
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
      if (stored && isPlainObject(stored.config)) {
        this.draft = stored.config;
        this.languages = stored.languages.length > 0 ? stored.languages : [this.ui];
        // An earlier version's default folder becomes this one's: the zip holds this version's files,
        // and putting them in the old version's folder would mix the two in visitors' caches.
        this.scriptUrl = !stored.scriptUrl || /^\/suostumus\/\d+\.\d+\.\d+[^/]*\/suostumus\.js$/.test(stored.scriptUrl) ? DEFAULT_SCRIPT_URL : stored.scriptUrl;
      } else {
        this.languages = [this.ui];
      }
    } catch {
      this.languages = [this.ui];
    }
    this.writing = this.languages[0] ?? this.ui;
    this.preview = { ...this.preview, language: this.writing };
  }

  private keep(): void {
    // The default is not kept: a later version's configurator gives its own.
    const stored: Stored = { config: this.draft, languages: this.languages, scriptUrl: this.scriptUrl === DEFAULT_SCRIPT_URL ? '' : this.scriptUrl };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  }

  /** Every change of the work goes through here: kept, judged (in `willUpdate`), previewed. */
  private change(draft: Draft): void {
    this.draft = draft;
    this.keep();
  }

  private set(path: string, value: unknown): void {
    this.change(setAt(this.draft, path, value));
  }

  protected override willUpdate(): void {
    this.verdict = judge(this.draft);
  }

  protected override updated(): void {
    document.documentElement.lang = this.ui;
    document.title = this.t.title;
    // The preview follows typing, a moment after the last key, so a long text does not reload it per letter.
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => { this.renderPreview(); }, 300);
  }

  /** Loads a config (pasted, opened, or imported): its texts' languages become the writing languages. */
  loadConfig(config: Draft): void {
    const next = { ...config };
    if (next.notice !== undefined) next.notice = normalizeNotice(next.notice);
    const found = [...languagesIn(next)];
    this.languages = found.length > 0 ? LANGUAGES.filter((l) => found.includes(l)) : [this.ui];
    this.writing = this.languages[0] ?? this.ui;
    this.change(next);
  }

  private problemAt(path: string): FieldProblem | undefined {
    return this.verdict.problems.find((problem) => dotted(problem.path) === path);
  }

  /** A problem in an owner's words: the field's own explanation where there is one, else the widget's. */
  private ownerWords(problem: FieldProblem): string {
    const t = this.t;
    const place = dotted(problem.path).replace(/\.\d+/g, '');
    const words: Record<string, string> = {
      'google.measurementId': t.google.measurementIdBad,
      'google.tagManagerId': t.google.tagManagerIdBad,
      'notice.controller.businessId': t.company.businessIdBad,
      'theme.accent': t.look.colourBad,
      'theme.onAccent': t.look.colourBad,
      'theme.background': t.look.colourBad,
      'theme.text': t.look.colourBad,
    };
    return words[place] ?? fill(t.fieldProblem, { message: problem.message });
  }

  // ---------------------------------------------------------------------------------------------
  // Fields

  /** A text input bound to `path`; `localized` edits the writing language's text of a `{ fi, sv, en }`. */
  private input(path: string, label: string, options: { help?: string; type?: string; localized?: boolean; autocomplete?: string } = {}): TemplateResult {
    const id = fieldId(path);
    const raw = getAt(this.draft, path);
    const value = options.localized ? textIn(raw, this.writing) : typeof raw === 'string' ? raw : '';
    const problem = this.problemAt(path);
    const onInput = (event: Event): void => {
      const typed = (event.target as HTMLInputElement).value;
      this.set(path, options.localized ? withText(getAt(this.draft, path), this.writing, typed, this.languages) : typed.trim() === '' ? undefined : typed);
    };
    return html`<div class="field ${problem ? 'invalid' : ''}">
      <label for=${id}>${label}${options.localized && this.languages.length > 1 ? html` <span class="lang">(${this.writing})</span>` : nothing}</label>
      <input id=${id} type=${options.type ?? 'text'} .value=${value} @input=${onInput}
        autocomplete=${options.autocomplete ?? 'off'}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${[options.help ? `${id}-help` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}>
      ${options.help ? html`<p class="help" id="${id}-help">${options.help}</p>` : nothing}
      ${problem ? html`<p class="error" id="${id}-error">${this.ownerWords(problem)}</p>` : nothing}
    </div>`;
  }

  /** A textarea for rich text at `path`, in the writing language. */
  private richText(path: string, label: string, help?: string): TemplateResult {
    const id = fieldId(path);
    const problem = this.verdict.problems.find((p) => dotted(p.path).startsWith(path));
    const onInput = (event: Event): void => {
      const blocks = richFromPlain((event.target as HTMLTextAreaElement).value);
      const previous = getAt(this.draft, path);
      if (this.languages.length <= 1 && !(isPlainObject(previous) && LANGUAGES.some((l) => l in previous) && !('href' in previous))) {
        this.set(path, blocks);
        return;
      }
      const map: Record<string, unknown> = isPlainObject(previous) && LANGUAGES.some((l) => l in previous) ? { ...previous } : {};
      if (previous !== undefined && !isPlainObject(map[this.writing]) && Object.keys(map).length === 0) {
        for (const other of this.languages) if (other !== this.writing) map[other] = previous;
      }
      const { [this.writing]: _replaced, ...others } = map;
      const next = blocks ? { ...others, [this.writing]: blocks } : others;
      this.set(path, Object.keys(next).length > 0 ? next : undefined);
    };
    return html`<div class="field ${problem ? 'invalid' : ''}">
      <label for=${id}>${label}${this.languages.length > 1 ? html` <span class="lang">(${this.writing})</span>` : nothing}</label>
      <textarea id=${id} rows="4" .value=${plainFromRich(getAt(this.draft, path), this.writing)} @input=${onInput}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${[help ? `${id}-help` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}></textarea>
      ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
      ${problem ? html`<p class="error" id="${id}-error">${this.ownerWords(problem)}</p>` : nothing}
    </div>`;
  }

  private checkbox(path: string, label: string, fallback: boolean): TemplateResult {
    const id = fieldId(path);
    const value = getAt(this.draft, path);
    const checked = typeof value === 'boolean' ? value : fallback;
    return html`<div class="check"><input type="checkbox" id=${id} .checked=${checked}
      @change=${(event: Event) => { const on = (event.target as HTMLInputElement).checked; this.set(path, on === fallback ? undefined : on); }}>
      <label for=${id}>${label}</label></div>`;
  }

  private select(path: string, label: string, options: [string, string][], fallback: string): TemplateResult {
    const id = fieldId(path);
    const value = getAt(this.draft, path);
    return html`<div class="field"><label for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => { const chosen = (event.target as HTMLSelectElement).value; this.set(path, chosen === fallback ? undefined : chosen); }}>
        ${options.map(([key, text]) => html`<option value=${key} ?selected=${(typeof value === 'string' ? value : fallback) === key}>${text}</option>`)}
      </select></div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Parts of the page

  private startPart(): TemplateResult {
    const t = this.t.start;
    return html`<section aria-labelledby="start-h"><h2 id="start-h">${t.heading}</h2>
      <button type="button" @click=${() => { if (confirm(t.scratchConfirm)) { this.report = undefined; this.loadConfig({}); } }}>${t.scratch}</button>
      <div class="field"><label for="start-config">${t.config}</label>
        <textarea id="start-config" rows="4" aria-describedby="start-config-help" .value=${this.configText}
          @input=${(e: Event) => { this.configText = (e.target as HTMLTextAreaElement).value; }}></textarea>
        <p class="help" id="start-config-help">${t.configHelp}</p>
        <div class="row">
          <button type="button" @click=${() => { this.useConfigText(); }}>${t.configLoad}</button>
          <label class="file">${t.open}<input type="file" accept=".json,application/json" @change=${(e: Event) => { void this.openFile(e); }}></label>
        </div>
      </div>
      <div class="field"><label for="start-notice">${t.notice}</label>
        <textarea id="start-notice" rows="6" aria-describedby="start-notice-help" .value=${this.noticeText}
          @input=${(e: Event) => { this.noticeText = (e.target as HTMLTextAreaElement).value; }}></textarea>
        <p class="help" id="start-notice-help">${t.noticeHelp}</p>
        <button type="button" @click=${() => { this.importNotice(); }}>${t.noticeImport}</button>
      </div>
      ${this.report ? this.reportView() : nothing}
    </section>`;
  }

  /** The import's report in the owner's words: where each heading went, and what to check by hand. */
  private reportView(): TemplateResult {
    const t = this.t.start;
    const report = this.report;
    if (!report) return html``;
    const headings = noticeMessages[this.ui].headings;
    const where = (line: ImportReport['headings'][number]): string => {
      const section = line.section ?? '';
      if (line.as === 'section') return headings[section as SectionKey];
      if (line.as === 'own') return fill(t.asOwn, { id: section });
      if (line.as === 'subheading') return fill(t.asSubheading, { section: headings[section as SectionKey] });
      return t.as[line.as];
    };
    return html`<div class="report" role="region" aria-labelledby="report-h"><h3 id="report-h">${t.report}</h3>
      <h4>${t.reportWent}</h4>
      <ul>${report.headings.map((line) => html`<li>${line.heading} → ${where(line)}</li>`)}</ul>
      ${report.notes.length > 0 ? html`<h4>${t.reportLook}</h4><ul lang="en">${report.notes.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private useConfigText(): void {
    try {
      const parsed: unknown = JSON.parse(this.configText);
      if (!isPlainObject(parsed)) throw new Error('{ … }');
      this.report = undefined;
      this.loadConfig(parsed);
      this.say(this.t.start.loaded);
    } catch (error) {
      this.say(fill(this.t.start.badJson, { error: error instanceof Error ? error.message : String(error) }));
    }
  }

  private async openFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.configText = await file.text();
    this.useConfigText();
  }

  private importNotice(): void {
    const result = importNoticeText(this.noticeText);
    if ('error' in result) {
      this.say(fill(this.t.start.importFailed, { error: result.error }));
      return;
    }
    this.report = result.report;
    this.loadConfig({ ...this.draft, notice: result.notice });
    this.say(this.t.start.imported);
  }

  private companyPart(): TemplateResult {
    const t = this.t.company;
    return html`<section aria-labelledby="company-h"><h2 id="company-h">${t.heading}</h2>
      ${this.input('notice.controller.name', t.name, { localized: true, autocomplete: 'organization' })}
      ${this.input('notice.controller.businessId', t.businessId, { help: t.businessIdHelp })}
      ${this.input('notice.controller.address', t.address, { localized: true })}
      ${this.input('notice.controller.phone', t.phone, { type: 'tel' })}
      ${this.input('notice.controller.email', t.email, { type: 'email' })}
      ${this.input('notice.controller.website', t.website, { type: 'url' })}
      <fieldset><legend>${t.contact}</legend>
        ${this.input('notice.contact.people.0.name', t.contactName, { localized: true })}
        ${this.input('notice.contact.people.0.email', t.contactEmail, { type: 'email' })}
        ${this.input('notice.contact.people.0.phone', t.contactPhone, { type: 'tel' })}
      </fieldset>
    </section>`;
  }

  private googlePart(): TemplateResult {
    const t = this.t.google;
    const mode = getAt(this.draft, 'google.mode') === 'advanced' ? 'advanced' : 'basic';
    const setMode = (chosen: string): void => { this.set('google.mode', chosen === 'basic' ? undefined : chosen); };
    return html`<section aria-labelledby="google-h"><h2 id="google-h">${t.heading}</h2>
      ${this.input('google.measurementId', t.measurementId, { help: t.measurementIdHelp })}
      ${this.input('google.tagManagerId', t.tagManagerId, { help: t.tagManagerIdHelp })}
      <fieldset><legend>${t.mode}</legend>
        ${(['basic', 'advanced'] as const).map((key) => html`<div class="check">
          <input type="radio" name="google-mode" id=${fieldId(`google.mode.${key}`)} .checked=${mode === key} @change=${() => { setMode(key); }}
            aria-describedby="${fieldId(`google.mode.${key}`)}-help">
          <label for=${fieldId(`google.mode.${key}`)}>${t[key]}</label>
          <p class="help" id="${fieldId(`google.mode.${key}`)}-help">${t[`${key}Help`]}</p></div>`)}
      </fieldset>
    </section>`;
  }

  /** A category's name in the page's language: the configurator's word for it, else the category's own title, else its id. */
  private categoryName(category: Record<string, unknown>): string {
    return this.t.categories[String(category.id)] ?? (textIn(category.title, this.ui) || String(category.id));
  }

  private servicesPart(): TemplateResult {
    const t = this.t.services;
    const categories = Array.isArray(this.draft.categories) ? this.draft.categories as Record<string, unknown>[] : [];
    // The built-in embed providers turned on (the config's `embeds`): the widget lists them in its `embeds` category.
    const embeds = CATALOGUE.services.filter((service) => service.embed && hasService(this.draft, service)).map((service) => service.name);
    const rows = categories.map((category, index) => ({
      name: this.categoryName(category),
      services: [
        ...(category.id === EMBEDS_CATEGORY ? embeds : []),
        ...(Array.isArray(category.services) ? category.services as Record<string, unknown>[] : []).map((service) => String(service.name)),
      ],
      // This category's own problems: `categories.1` and below it, not `categories.10`.
      problems: this.verdict.problems.filter((p) => `${dotted(p.path)}.`.startsWith(`categories.${index}.`)),
    }));
    if (embeds.length > 0 && !categories.some((category) => category.id === EMBEDS_CATEGORY)) {
      rows.push({ name: this.categoryName({ id: EMBEDS_CATEGORY }), services: embeds, problems: [] });
    }
    const former = ownEmbedServices(this.draft);
    return html`<section aria-labelledby="services-h"><h2 id="services-h">${t.heading}</h2>
      <p class="help">${t.help}</p>
      <ul class="catalogue">${CATALOGUE.services.map((service) => {
        const id = `service-${service.id}`;
        const on = hasService(this.draft, service);
        return html`<li>
          ${service.via
            ? html`<span class="service-name">${service.name}</span> ${on ? '✓' : ''} <a href="#${fieldId(`google.${service.via}`)}" @click=${(e: Event) => { this.focusField(e, `google.${service.via ?? ''}`); }}>${t.via}</a>`
            : html`<input type="checkbox" id=${id} .checked=${on} @change=${(e: Event) => { this.change(toggleService(this.draft, service, (e.target as HTMLInputElement).checked)); }}
                aria-describedby="${id}-about"><label for=${id} class="service-name">${service.name}</label>`}
          <p class="help" id="${id}-about">${service.purpose[this.ui]} · ${this.t.categories[service.category] ?? service.category} · ${service.provider}
            ${service.cookies.length > 0 ? html` · ${t.cookies}: ${service.cookies.map((c) => `${c.name} (${c.duration[this.ui]})`).join(', ')}` : nothing}
            · <a href=${service.privacyUrl} rel="noopener noreferrer" target="_blank">${t.privacy}</a></p>
        </li>`;
      })}</ul>
      <h3>${t.chosen}</h3>
      ${rows.length === 0 ? html`<p>${t.none}</p>` : html`<ul>${rows.map((row) => html`<li>
        ${row.name}: ${row.services.join(', ') || '—'}
        ${row.problems.length > 0 ? html`<span class="error">${row.problems.map((p) => this.ownerWords(p)).join(' ')}</span>` : nothing}
      </li>`)}</ul>`}
      ${former.length > 0 ? html`<div id="services-former">${former.map(({ index, names }) => {
        const words = { category: this.categoryName(categories[index] ?? {}), names: this.list(names), embeds: this.categoryName({ id: EMBEDS_CATEGORY }) };
        return html`<p class="help">${fill(t.former, words)}</p>
          <p><button type="button" @click=${() => { void this.moveEmbeds(index, words); }}>${fill(t.formerMove, words)}</button></p>`;
      })}</div>` : nothing}
    </section>`;
  }

  private noticePart(): TemplateResult {
    const t = this.t.notice;
    const headings = noticeMessages[this.writing].headings;
    const items = getAt(this.draft, 'notice.purposes.items');
    const purposeRows: unknown[] = Array.isArray(items) ? items : [];
    const extras = getAt(this.draft, 'notice.sections');
    return html`<section aria-labelledby="notice-h"><h2 id="notice-h">${t.heading}</h2>
      <p class="help">${t.help}</p>
      ${this.languages.length > 1 ? html`<div class="field"><label for="writing">${t.writing}</label>
        <select id="writing" @change=${(e: Event) => { this.writing = (e.target as HTMLSelectElement).value as Language; }}>
          ${this.languages.map((l) => html`<option value=${l} ?selected=${l === this.writing}>${l}</option>`)}</select></div>` : nothing}
      ${this.input('notice.updated', t.updated)}
      ${this.richText('notice.contact.text', headings.contact)}
      <fieldset><legend>${headings.purposes}</legend>
        ${purposeRows.map((_, index) => html`<div class="purpose">
          ${this.input(`notice.purposes.items.${index}.purpose`, `${t.purpose} ${index + 1}`, { localized: true })}
          ${this.select(`notice.purposes.items.${index}.basis`, `${t.basis} ${index + 1}`, LEGAL_BASES.map((b) => [b, this.t.bases[b]]), '')}
          <button type="button" @click=${() => { this.set(`notice.purposes.items`, purposeRows.filter((__, i) => i !== index)); }}>${fill(t.removePurpose, { n: index + 1 })}</button>
        </div>`)}
        <button type="button" id=${fieldId('notice.purposes.items.0.purpose') + (purposeRows.length > 0 ? '-add' : '')}
          @click=${() => { this.set('notice.purposes.items', [...purposeRows, { purpose: '', basis: 'contract' }]); }}>${t.addPurpose}</button>
        ${this.richText('notice.purposes.text', t.ownText)}
      </fieldset>
      ${SECTION_KEYS.filter((key) => TEXT_SECTIONS.includes(key) || STANDARD_SECTIONS.includes(key) || key === 'automatedDecisions').map((key) => html`<fieldset>
        <legend>${textIn(getAt(this.draft, `notice.${key}.heading`), this.writing) || headings[key]}</legend>
        ${this.input(`notice.${key}.heading`, t.heading_, { localized: true })}
        ${STANDARD_SECTIONS.includes(key) ? this.checkbox(`notice.${key}.standard`, t.useStandard, !hasText(getAt(this.draft, `notice.${key}.text`))) : nothing}
        ${key === 'automatedDecisions' ? this.checkbox('notice.automatedDecisions.none', t.noneAutomated, false) : nothing}
        ${this.richText(`notice.${key}.text`, STANDARD_SECTIONS.includes(key) ? t.ownTextReplaces : t.ownText)}
      </fieldset>`)}
      ${Array.isArray(extras) ? extras.map((_, index) => html`<fieldset><legend>${textIn(getAt(this.draft, `notice.sections.${index}.heading`), this.writing)}</legend>
        ${this.input(`notice.sections.${index}.heading`, t.heading_, { localized: true })}
        ${this.richText(`notice.sections.${index}.text`, t.ownText)}</fieldset>`) : nothing}
      ${this.orderView()}
    </section>`;
  }

  /** The sections in the order the notice shows them (`notice.order`: those named first, then the rest). */
  private sectionOrder(): { id: string; name: string }[] {
    const headings = noticeMessages[this.writing].headings;
    const extras = getAt(this.draft, 'notice.sections');
    const all = [
      ...SECTION_KEYS.map((key) => ({ id: key, name: textIn(getAt(this.draft, `notice.${key}.heading`), this.writing) || headings[key] })),
      ...(Array.isArray(extras) ? extras as Record<string, unknown>[] : []).map((extra) => ({ id: String(extra.id), name: textIn(extra.heading, this.writing) || String(extra.id) })),
    ];
    const order = getAt(this.draft, 'notice.order');
    const named = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
    return [...named.flatMap((id) => all.filter((section) => section.id === id)), ...all.filter((section) => !named.includes(section.id))];
  }

  private orderView(): TemplateResult {
    const t = this.t.notice;
    const sections = this.sectionOrder();
    const move = (index: number, by: number): void => {
      const next = [...sections];
      const [moved] = next.splice(index, 1);
      if (!moved) return;
      next.splice(index + by, 0, moved);
      this.set('notice.order', next.map((section) => section.id));
      // The focus stays with the section moved, on the same button, so it can be moved again at once.
      void this.updateComplete.then(() => { this.querySelector<HTMLButtonElement>(`#order-${moved.id}-${by < 0 ? 'up' : 'down'}`)?.focus(); });
    };
    return html`<fieldset><legend>${t.order}</legend><ol class="order">${sections.map((section, index) => html`<li>
      <span>${section.name}</span>
      <button type="button" class="small" id="order-${section.id}-up" ?disabled=${index === 0} aria-label=${fill(t.up, { name: section.name })} @click=${() => { move(index, -1); }}>↑</button>
      <button type="button" class="small" id="order-${section.id}-down" ?disabled=${index === sections.length - 1} aria-label=${fill(t.down, { name: section.name })} @click=${() => { move(index, 1); }}>↓</button>
    </li>`)}</ol></fieldset>`;
  }

  private lookPart(): TemplateResult {
    const t = this.t.look;
    const theme = (isPlainObject(this.draft.theme) ? this.draft.theme : {}) as Record<string, string | undefined>;
    const colour = (key: 'accent' | 'onAccent' | 'background' | 'text', fallback: string): TemplateResult => {
      const value = theme[key] ?? fallback;
      return html`<div class="colour">
        ${this.input(`theme.${key}`, t[key], { help: fallback })}
        <input type="color" aria-label=${t[key]} .value=${/^#[0-9a-f]{6}$/i.test(value) ? value : fallback}
          @input=${(e: Event) => { this.set(`theme.${key}`, (e.target as HTMLInputElement).value); }}>
      </div>`;
    };
    const ratio = (a: string, b: string, fa: string, fb: string): TemplateResult => {
      const value = contrastRatio(theme[a] ?? fa, theme[b] ?? fb);
      if (value === undefined) return html``;
      const ok = value >= AA_TEXT;
      return html`<p class=${ok ? 'pass' : 'error'}>${fill(t.contrast, { a: t[a as 'accent'], b: t[b as 'accent'], ratio: value.toFixed(2) })} — ${ok ? t.pass : t.fail}</p>`;
    };
    const languageOptions: [string, string][] = [['', t.languageAuto], ['fi', 'suomi'], ['sv', 'svenska'], ['en', 'English']];
    return html`<section aria-labelledby="look-h"><h2 id="look-h">${t.heading}</h2>
      ${this.select('language', t.language, languageOptions, '')}
      <fieldset><legend>${t.languages}</legend>
        ${LANGUAGES.map((l) => html`<div class="check"><input type="checkbox" id="lang-${l}" .checked=${this.languages.includes(l)}
          @change=${(e: Event) => { this.toggleLanguage(l, (e.target as HTMLInputElement).checked); }}><label for="lang-${l}">${languageOptions.find(([k]) => k === l)?.[1]}</label></div>`)}
      </fieldset>
      <fieldset><legend>${t.accent}, ${t.background}</legend>
        ${colour('accent', '#0b57a4')}${colour('onAccent', '#ffffff')}${colour('background', '#ffffff')}${colour('text', '#1d1d1f')}
        <div aria-live="polite">${ratio('onAccent', 'accent', '#ffffff', '#0b57a4')}${ratio('text', 'background', '#1d1d1f', '#ffffff')}${ratio('accent', 'background', '#0b57a4', '#ffffff')}</div>
        <p class="help">${t.darkNote}</p>
      </fieldset>
      ${this.select('ui.settingsButton', t.button, [['bottom-left', t.bottomLeft], ['bottom-right', t.bottomRight], ['hidden', t.hidden]], 'bottom-left')}
      ${this.input('noticeUrl', t.noticeUrl, { help: '/tietosuojaseloste.html' })}
      <div class="field"><label for="script-url">${t.scriptUrl}</label>
        <input id="script-url" aria-describedby="script-url-help" .value=${this.scriptUrl} @input=${(e: Event) => { this.scriptUrl = (e.target as HTMLInputElement).value.trim() || DEFAULT_SCRIPT_URL; this.keep(); }}>
        <p class="help" id="script-url-help">${fill(t.scriptUrlHelp, { folder: DEFAULT_SCRIPT_URL.slice(0, DEFAULT_SCRIPT_URL.lastIndexOf('/') + 1) })}</p></div>
    </section>`;
  }

  private toggleLanguage(language: Language, on: boolean): void {
    const next = LANGUAGES.filter((l) => (l === language ? on : this.languages.includes(l)));
    if (next.length === 0) return;
    this.languages = next;
    if (!next.includes(this.writing)) this.writing = next[0] ?? 'fi';
    this.keep();
  }

  private checkPart(): TemplateResult {
    const t = this.t.check;
    const problems = this.verdict.problems;
    return html`<section aria-labelledby="check-h"><h2 id="check-h">${t.heading}</h2>
      <p class="help">${t.intro}</p>
      <ul class="checklist">${(Object.keys(REQUIRED_ELEMENTS) as RequiredElement[]).map((element) => {
        const gap = this.verdict.gaps.find((g) => g.element === element);
        return html`<li class=${gap ? 'missing' : 'done'}>
          <span aria-hidden="true">${gap ? '○' : '✓'}</span> ${t.elements[element]} (GDPR ${REQUIRED_ELEMENTS[element]}):
          ${gap ? html`<a href="#${fieldId(GAP_FIELDS[element])}" @click=${(e: Event) => { this.focusField(e, GAP_FIELDS[element]); }}>${t.go}</a>` : t.ok}
        </li>`;
      })}</ul>
      <h3>${t.problems}</h3>
      ${problems.length === 0 ? html`<p class="pass">${t.noProblems}</p>` : html`<ul class="problems">${problems.map((problem) => html`<li>
        <a href="#${fieldId(dotted(problem.path))}" @click=${(e: Event) => { this.focusField(e, dotted(problem.path)); }}>${this.ownerWords(problem)}</a></li>`)}</ul>`}
    </section>`;
  }

  /** Moves focus to a field (a link's target), or, for a field not shown, to the nearest shown part of its path. */
  private focusField(event: Event, path: string): void {
    let parts = path.split('.');
    while (parts.length > 0) {
      const target = this.querySelector<HTMLElement>(`#${fieldId(parts.join('.'))}`) ?? this.querySelector<HTMLElement>(`#${fieldId(parts.join('.'))}-add`);
      if (target) {
        event.preventDefault();
        target.focus();
        target.scrollIntoView({ block: 'center' });
        return;
      }
      parts = parts.slice(0, -1);
    }
  }

  private takeAwayPart(): TemplateResult {
    const t = this.t.takeAway;
    const valid = this.verdict.problems.length === 0;
    const snippet = pageSnippet(withoutNotice(this.draft), this.scriptUrl);
    const notice = noticePage(this.draft, this.scriptUrl, this.draftLanguage());
    return html`<section aria-labelledby="take-h"><h2 id="take-h">${t.heading}</h2>
      ${valid ? nothing : html`<p class="error">${t.invalid}</p>`}
      <div class="field"><label for="take-snippet">${t.paste}</label>
        <textarea id="take-snippet" readonly rows="10" aria-describedby="take-snippet-help" .value=${snippet}></textarea>
        <p class="help" id="take-snippet-help">${t.pasteHelp}</p>
        <button type="button" @click=${() => { void this.copy(snippet); }}>${t.copy}: ${t.paste}</button></div>
      <div class="field"><label for="take-notice">${t.noticePage}</label>
        <textarea id="take-notice" readonly rows="10" aria-describedby="take-notice-help" .value=${notice}></textarea>
        <p class="help" id="take-notice-help">${t.noticePageHelp}</p>
        <button type="button" @click=${() => { void this.copy(notice); }}>${t.copy}: ${t.noticePage}</button></div>
      ${this.embedPart()}
      <button type="button" aria-describedby="zip-help" @click=${() => { void this.downloadZip(); }}>${t.zip}</button>
      <p class="help" id="zip-help">${t.zipHelp}</p>
    </section>`;
  }

  /**
   * The `<suostumus-embed>` tag for each video or map, made from the address or embed code the owner
   * pastes (`embedTag`: the widget's rule), for the providers the config turns on; nothing without one.
   * A problem is said once there is something to judge: the address when given, the title once the
   * address is right and the owner has typed in or left the title field.
   */
  private embedPart(): TemplateResult | typeof nothing {
    const t = this.t.takeAway;
    const chosen = Array.isArray(this.draft.embeds) ? this.draft.embeds : [];
    const providers = EMBED_PROVIDERS.filter((provider) => chosen.includes(provider));
    const provider = this.embed.provider && providers.includes(this.embed.provider) ? this.embed.provider : providers[0];
    if (!provider) return nothing;
    const facts = EMBED_PROVIDER_FACTS[provider];
    const made = this.embed.address.trim() ? embedTag(provider, this.embed.address, this.embed.title) : undefined;
    const problems = made && 'problems' in made ? made.problems : [];
    const wrongAddress = problems.includes('address');
    // Not before the owner has been to the title field: an error on a field not reached yet only startles.
    const wrongTitle = !wrongAddress && this.embed.titleEdited === true && problems.includes('title');
    const ready = (): boolean => !!this.embed.address.trim() && 'tag' in embedTag(provider, this.embed.address, this.embed.title);
    const edit = (field: 'address' | 'title') => (event: Event): void => {
      const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.embed = field === 'title' ? { ...this.embed, title: value, titleEdited: true } : { ...this.embed, address: value };
      // The tag comes after the fields, out of a screen reader user's sight, so its arrival is said (WCAG
      // 4.1.3, status messages): once, when the owner has paused typing, not at the title's first letter.
      clearTimeout(this.embedPause);
      if (!ready()) this.embedSaid = false;
      else if (!this.embedSaid) {
        this.embedPause = setTimeout(() => {
          if (!ready()) return;
          this.embedSaid = true;
          this.say(t.embedReady);
        }, EMBED_READY_PAUSE_MS);
      }
    };
    return html`<fieldset class="embed-tag"><legend>${t.embedHeading}</legend>
      <p class="help">${t.embedHelp}</p>
      <div class="field"><label for="embed-provider">${t.embedProvider}</label>
        <select id="embed-provider" @change=${(event: Event) => { this.embed = { ...this.embed, provider: (event.target as HTMLSelectElement).value as EmbedProvider }; }}>
          ${providers.map((p) => html`<option value=${p} ?selected=${p === provider}>${EMBED_PROVIDER_FACTS[p].name}</option>`)}
        </select></div>
      <div class="field ${wrongAddress ? 'invalid' : ''}"><label for="embed-address">${t.embedAddress}</label>
        <textarea id="embed-address" rows="3" .value=${this.embed.address} @input=${edit('address')} aria-invalid=${wrongAddress ? 'true' : 'false'}
          aria-describedby=${wrongAddress ? 'embed-address-help embed-address-error' : 'embed-address-help'}></textarea>
        <p class="help" id="embed-address-help">${facts.video ? fill(t.embedVideoHelp, { name: facts.name }) : t.embedMapHelp}</p>
        ${wrongAddress ? html`<p class="error" id="embed-address-error">${facts.video ? fill(t.embedVideoProblem, { name: facts.name }) : t.embedMapProblem}</p>` : nothing}</div>
      <div class="field ${wrongTitle ? 'invalid' : ''}"><label for="embed-title">${t.embedTitle}</label>
        <input id="embed-title" autocomplete="off" .value=${this.embed.title} @input=${edit('title')}
          @blur=${() => { if (!this.embed.titleEdited && this.embed.address.trim()) this.embed = { ...this.embed, titleEdited: true }; }} aria-invalid=${wrongTitle ? 'true' : 'false'}
          aria-describedby=${wrongTitle ? 'embed-title-help embed-title-error' : 'embed-title-help'}>
        <p class="help" id="embed-title-help">${t.embedTitleHelp}</p>
        ${wrongTitle ? html`<p class="error" id="embed-title-error">${t.embedTitleProblem}</p>` : nothing}</div>
      ${made && 'tag' in made ? html`<div class="field"><label for="embed-tag">${t.embedTag}</label>
        <textarea id="embed-tag" readonly rows="3" .value=${made.tag}></textarea>
        <button type="button" @click=${() => { void this.copy(made.tag); }}>${t.copy}: ${t.embedTag}</button></div>` : nothing}
    </fieldset>`;
  }

  /** The language of the pages made for the owner: the config's, else the first one written in. */
  private draftLanguage(): Language {
    const configured = this.draft.language;
    return typeof configured === 'string' && (LANGUAGES as readonly string[]).includes(configured) ? configured as Language : this.languages[0] ?? 'fi';
  }

  private keepPart(): TemplateResult {
    const t = this.t.keep;
    return html`<section aria-labelledby="keep-h"><h2 id="keep-h">${t.heading}</h2>
      <p class="help">${t.help}</p>
      <div class="row">
        <button type="button" @click=${() => { this.download(new Blob([`${JSON.stringify(this.draft, null, 2)}\n`], { type: 'application/json' }), 'suostumus-config.json'); }}>${t.save}</button>
        <button type="button" @click=${() => { localStorage.removeItem(STORAGE_KEY); this.report = undefined; this.draft = {}; this.languages = [this.ui]; this.writing = this.ui; this.say(t.cleared); }}>${t.clear}</button>
      </div>
    </section>`;
  }

  private previewPart(): TemplateResult {
    const t = this.t.preview;
    const radios = (key: 'view' | 'language' | 'scheme' | 'width', legend: string, options: [string, string][]): TemplateResult => html`<fieldset class="toggle"><legend>${legend}</legend>
      ${options.map(([value, label]) => html`<span><input type="radio" name="preview-${key}" id="preview-${key}-${value}" .checked=${this.preview[key] === value}
        @change=${() => { this.preview = { ...this.preview, [key]: value }; }}><label for="preview-${key}-${value}">${label}</label></span>`)}</fieldset>`;
    return html`<section aria-labelledby="preview-h" id="preview" class="preview"><h2 id="preview-h">${t.heading}</h2>
      ${radios('view', t.what, [['banner', t.banner], ['dialog', t.dialog], ['notice', t.notice]])}
      ${radios('language', t.language, [['fi', 'suomi'], ['sv', 'svenska'], ['en', 'English']])}
      ${radios('scheme', t.scheme, [['light', t.light], ['dark', t.dark]])}
      ${radios('width', t.width, [['desktop', t.desktop], ['phone', t.phone]])}
      ${this.preview.view !== 'notice' && this.nothingOptional() ? html`<p class="help">${t.nothing}</p>` : nothing}
      <div class="frame ${this.preview.width}"><iframe id="preview-frame" title=${fill(t.frame, { what: t[this.preview.view] })}></iframe></div>
    </section>`;
  }

  /** True when the config offers no optional category, so the widget asks nothing (the walked config lists what is offered; src/loader/start.ts). */
  private nothingOptional(): boolean {
    const config = this.verdict.config;
    return config !== undefined && !config.categories.some((category) => !category.required);
  }

  private renderPreview(): void {
    const frame = this.querySelector<HTMLIFrameElement>('#preview-frame');
    if (!frame) return;
    const page = previewPage(this.draft, { ...this.preview, assetBase: this.assetBase });
    if (frame.srcdoc === page) return;
    frame.srcdoc = page;
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  /** Names joined as the page's language writes a list ("YouTube ja Google Maps"). */
  private list(names: string[]): string {
    return new Intl.ListFormat(this.ui, { type: 'conjunction' }).format(names);
  }

  /**
   * Moves the built-in embed providers out of an older category into the config's `embeds` (picking
   * them, so nothing is lost whenever the owner presses it), says so, and puts the focus on the first one's
   * box, now ticked: the button itself goes.
   */
  private async moveEmbeds(index: number, words: Record<string, string>): Promise<void> {
    const first = ownEmbedServices(this.draft).find((entry) => entry.index === index)?.names[0];
    this.change(moveOwnEmbedServices(this.draft, index));
    this.say(fill(this.t.services.formerMoved, words));
    await this.updateComplete;
    const service = CATALOGUE.services.find((entry) => entry.embed && entry.name === first);
    if (service) this.querySelector<HTMLInputElement>(`#service-${service.id}`)?.focus();
  }

  /** Says something to everyone: shown, and read by screen readers (the status region is `aria-live`). */
  private say(message: string): void {
    this.status = '';
    requestAnimationFrame(() => { this.status = message; });
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.say(this.t.takeAway.copied);
    } catch {
      this.say(this.t.takeAway.copyFailed);
    }
  }

  private download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => { URL.revokeObjectURL(url); }, 10_000);
  }

  private async downloadZip(): Promise<void> {
    try {
      const zip = await buildZip(this.draft, this.scriptUrl, this.draftLanguage(), this.assetBase);
      this.download(new Blob([zip], { type: 'application/zip' }), 'suostumus.zip');
    } catch (error) {
      this.say(fill(this.t.takeAway.zipFailed, { error: error instanceof Error ? error.message : String(error) }));
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<header>
        <a class="skip" href="#preview">${t.skip}</a>
        <h1>${t.title}</h1>
        <p>${t.intro}</p>
        <div class="field page-language"><label for="page-language">${t.pageLanguage}</label>
          <select id="page-language" @change=${(e: Event) => { this.ui = (e.target as HTMLSelectElement).value as Language; localStorage.setItem(LANGUAGE_KEY, this.ui); }}>
            ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === this.ui}>${{ fi: 'suomi', sv: 'svenska', en: 'English' }[l]}</option>`)}
          </select></div>
        <p class="status" role="status">${this.status}</p>
      </header>
      <div class="layout">
        <main class="form">
          ${this.startPart()}${this.companyPart()}${this.googlePart()}${this.servicesPart()}${this.noticePart()}${this.lookPart()}${this.takeAwayPart()}${this.keepPart()}
        </main>
        <aside class="side" aria-label=${t.preview.heading}>${this.previewPart()}${this.checkPart()}</aside>
      </div>`;
  }
}
