import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { ConsentStore } from '../../core/consent.js';
import { toggleCategory } from '../../core/dependencies.js';
import { describeCategories, loadEmbedFacts } from '../../core/describe.js';
import type { CategoryView, LocalizedString, ServiceView } from '../../core/describe.js';
import type { Language } from '../../core/types.js';
import { chooseLanguage } from '../../page/events.js';
import { uiTexts } from '../../page/texts.js';
import { ConsentController } from '../consent-controller.js';
import { COOKIE_LABELS, cookieFacts } from '../cookie-table.js';
import { languageSelect } from '../language-select.js';
import { tokens } from '../styles/tokens.js';
import { preferencesStyles } from './preferences.styles.js';

/**
 * The settings dialog: a native modal `<dialog>` with a switch per category, the services and cookies
 * behind each, and Accept all / Reject all / Save choices. Escape and the close button record nothing.
 *
 * @tag suostumus-preferences
 * @csspart dialog - The dialog.
 * @csspart category - One category block.
 * @csspart switch - A category's switch.
 * @csspart actions - The row of buttons.
 * @csspart language - The language switch.
 * @cssprop --suostumus-accent - Buttons and switches.
 * @cssprop --suostumus-background - Background.
 * @cssprop --suostumus-text - Text colour.
 * @cssprop --suostumus-radius - Corner radius.
 */
export class SuostumusPreferences extends LitElement {
  static override styles = [tokens, preferencesStyles];

  // Declared without decorators: the decorator helpers cost the first visit bytes for nothing.
  static override properties = {
    store: { attribute: false },
    language: {},
    draft: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  store?: ConsentStore;

  language?: Language;

  /** The visitor's unsaved choices while the dialog is open. */
  private draft: Record<string, boolean> = {};

  private announcement = '';

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private readonly consent = new ConsentController(this);
  private opener: HTMLElement | undefined;

  /**
   * How much of the dialog is rendered: nothing until it first opens (`show`) or is readied ahead
   * (`prepare`: 1 the dialog without its categories, 1 + n with the first n; Infinity all of it), so that
   * a page pays for its DOM only when the visitor is about to see it.
   */
  #parts = 0;

  /** True while the readied dialog shows the current state and texts: opening it needs no render. */
  #ready = false;

  /** True while the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog; focus returns to `opener` (by default the focused element) when it closes. */
  async show(opener?: HTMLElement): Promise<void> {
    this.opener = opener ?? deepActiveElement();
    // Where the site uses embed providers, their facts too (preloaded with the dialog's files), side by side.
    const facts = this.consent.store && loadEmbedFacts(this.consent.store.config);
    // The texts first: a render without them would show nothing, and the render their arrival asks for
    // is skipped while the dialog is closed.
    await uiTexts().load(this.consent.language);
    if (facts) {
      await facts;
      // A dialog readied before the facts arrived lacks the providers: render it again.
      this.#ready = false;
    }
    // The current choice, or nothing ticked on a first visit: no pre-ticked boxes. A readied dialog that
    // is up to date opens as it is: no render on the click.
    if (!this.#ready) this.draft = { ...(this.consent.state?.categories ?? {}) };
    this.#ready = false;
    this.#parts = Infinity;
    this.announcement = '';
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /**
   * Renders the closed dialog ahead of opening, one part a call — the dialog, then each category — so that
   * a page can spread that work over tasks of its own (each short at 4× CPU throttling) while the visitor
   * reads the banner, and the click only opens it (src/ui/lazy.ts, issue 15). The closed dialog is
   * `display: none`: nothing of it is in the tab order or the accessibility tree. Resolves once rendered:
   * true while parts are left.
   */
  async prepare(): Promise<boolean> {
    if (this.#parts < Infinity) {
      // A new value, so that the closed dialog renders (see shouldUpdate).
      this.draft = { ...(this.consent.state?.categories ?? {}) };
      this.#parts += 1;
      await this.updateComplete;
      this.#ready = this.#parts === Infinity;
    }
    return this.#parts < Infinity;
  }

  /**
   * Closed, the dialog skips the renders that consent changes and language switches ask for (they change
   * none of its properties) and makes one when it opens (`show`): a visitor who answers in the banner does not pay,
   * in that click's task, for a dialog out of sight (measured at 4× CPU: about 150 ms, issue 15).
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const skip = changed.size === 0 && !this.open;
    if (skip) this.#ready = false;
    return !skip;
  }

  close(): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
  }

  override render() {
    if (this.#parts === 0) return nothing;
    const t = this.consent.messages;
    if (!t) return nothing;
    const language = this.consent.language;
    const store = this.consent.store;
    const state = this.consent.state;
    const categories = store ? describeCategories(store.config, t, language) : [];
    if (this.#parts > categories.length) this.#parts = Infinity;
    const record = state?.status === 'decided' ? state.record : null;
    const decidedOn = record ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(record.timestamp)) : '';
    return html`
      <dialog part="dialog" aria-labelledby="title" lang=${language} @close=${this.onClose}>
        <div class="layout">
          <header>
            <h2 id="title">${t.preferences.heading}</h2>
            <button class="close" type="button" aria-label=${t.actions.close} @click=${this.closeClicked}>×</button>
          </header>
          <p>${t.preferences.intro}</p>
          ${state?.gpc ? html`<p class="notes">${t.preferences.gpc}</p>` : nothing}
          <div class="tools">
            ${languageSelect(language, t.banner.language, (next) => { void chooseLanguage(next, store, uiTexts()); })}
          </div>
          <ul class="categories">
            ${categories.slice(0, this.#parts - 1).map((category) => this.renderCategory(category))}
          </ul>
          ${record ? html`<p class="notes">${t.preferences.decidedOn}: <time datetime=${record.timestamp}>${decidedOn}</time><br>
            ${t.preferences.consentId}: <code class="consent-id">${record.id}</code></p>` : nothing}
          <div class="actions" part="actions">
            <button class="action" type="button" @click=${this.acceptAll}>${t.actions.acceptAll}</button>
            <button class="action" type="button" @click=${this.rejectAll}>${t.actions.rejectAll}</button>
            <button class="action" type="button" @click=${this.save}>${t.actions.save}</button>
          </div>
        </div>
      </dialog>
      <div class="visually-hidden" role="status" aria-live="polite" lang=${language}>${this.announcement}</div>
    `;
  }

  private renderCategory(category: CategoryView) {
    const t = this.consent.messages;
    if (!t) return nothing;
    const checked = category.required || this.draft[category.id] === true;
    const id = `switch-${category.id}`;
    return html`<li class="category" part="category">
      <div class="category-head">
        <h3 lang=${category.title.lang}>${category.title.text}</h3>
        <label class="switch">
          <input id=${id} part="switch" type="checkbox" role="switch" .checked=${checked} ?disabled=${category.required}
            aria-describedby=${`${id}-description`}
            @change=${(event: Event) => { this.toggle(category.id, (event.target as HTMLInputElement).checked); }}>
          <span class="visually-hidden" lang=${category.title.lang}>${category.title.text}</span>
          ${category.required ? html`<span class="state">${t.preferences.alwaysOn}</span>` : nothing}
        </label>
      </div>
      <p id=${`${id}-description`} lang=${category.description.lang}>${category.description.text}</p>
      ${category.services.length > 0 ? html`<details>
        <summary>${t.preferences.services} (${category.services.length})</summary>
        ${category.services.map((service) => this.renderService(service))}
      </details>` : nothing}
    </li>`;
  }

  private renderService(service: ServiceView) {
    const t = this.consent.messages?.preferences;
    if (!t) return nothing;
    const text = (value: LocalizedString) => html`<span lang=${value.lang}>${value.text}</span>`;
    return html`<div class="service">
      <h4>${service.privacyUrl ? html`<a href=${service.privacyUrl} rel="noopener noreferrer" target="_blank">${service.name}</a>` : service.name}
        — ${service.provider}</h4>
      ${service.purpose ? html`<p>${text(service.purpose)}</p>` : nothing}
      ${service.cookies.map((cookie) => {
        const facts = cookieFacts(cookie, t, { text, code: (name) => html`<code>${name}</code>` });
        return html`<dl>${COOKIE_LABELS.map((label, index) => html`<dt>${t[label]}</dt><dd>${facts[index]}</dd>`)}</dl>`;
      })}
    </div>`;
  }

  private toggle(id: string, on: boolean): void {
    // Demographics needs analytics: the core's rule (src/core/dependencies.ts), shown as the visitor toggles.
    this.draft = toggleCategory(this.draft, id, on);
  }

  private finish(kind: 'accepted' | 'rejected' | 'saved'): void {
    this.announcement = this.consent.messages?.confirmation[kind] ?? '';
    this.close();
  }

  private readonly closeClicked = (): void => {
    this.close();
  };

  private readonly acceptAll = (): void => {
    this.consent.store?.acceptAll('preferences');
    this.finish('accepted');
  };

  private readonly rejectAll = (): void => {
    this.consent.store?.rejectAll('preferences');
    this.finish('rejected');
  };

  private readonly save = (): void => {
    const store = this.consent.store;
    if (store) {
      const choices = Object.fromEntries(store.config.categories.filter((c) => !c.required).map((c) => [c.id, this.draft[c.id] === true]));
      store.set(choices, 'preferences');
    }
    this.finish('saved');
  };

  private readonly onClose = (): void => {
    // Closing (Escape, ×, or after a decision) returns focus to what opened the dialog.
    const opener = this.opener;
    this.opener = undefined;
    // The banner's Settings button is gone after a decision: the persistent settings button takes focus.
    if (opener?.isConnected) opener.focus();
    else document.querySelector('suostumus-settings-button')?.focus();
  };
}

/** The focused element, looking inside shadow roots (a button inside another element's shadow DOM). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-preferences': SuostumusPreferences;
  }
}
