import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsentStore } from '../../core/consent.js';
import type { Language } from '../../core/types.js';
import { ConsentController, chooseLanguage } from '../consent-controller.js';
import { languageSelect } from '../language-select.js';
import { OPEN_PREFERENCES_EVENT } from '../settings-button/settings-button.js';
import { tokens } from '../styles/tokens.js';
import { bannerStyles } from './banner.styles.js';

type Confirmation = 'accepted' | 'rejected' | 'saved';

/**
 * The first layer: shown while the visitor has not decided. Non-modal, so the page stays usable
 * (no cookie wall); Accept all, Reject all and Settings are equal in size, weight and colour.
 *
 * @fires suostumus-open-preferences - The visitor chose Settings.
 * @csspart banner - The fixed bar.
 * @csspart heading - The heading.
 * @csspart actions - The row of buttons.
 * @csspart accept - Accept all.
 * @csspart reject - Reject all.
 * @csspart settings - Settings.
 * @csspart language - The language switch.
 * @cssprop --suostumus-accent - Button and link colour.
 * @cssprop --suostumus-background - Background.
 * @cssprop --suostumus-text - Text colour.
 * @cssprop --suostumus-radius - Corner radius.
 * @cssprop --suostumus-font - Font family.
 * @cssprop --suostumus-z-index - Stacking order.
 */
export class SuostumusBanner extends LitElement {
  static override styles = [tokens, bannerStyles];

  /** The consent store; by default the page's (set up by the script tag or `startConsentUI`). */
  @property({ attribute: false }) store?: ConsentStore;

  /** Force a language; by default the config's, the page's, then the browser's. */
  @property() language?: Language;

  /** The privacy notice linked from the banner; by default the config's `noticeUrl`. */
  @property({ attribute: 'notice-url' }) noticeUrl?: string;

  @state() private confirmation: Confirmation | undefined;

  private readonly consent = new ConsentController(this);
  private resizeObserver: ResizeObserver | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseScrollPadding();
  }

  override render() {
    const state = this.consent.state;
    const t = this.consent.messages;
    const language = this.consent.language;
    const open = state?.prompt === true;
    const noticeUrl = this.noticeUrl ?? this.consent.store?.config.noticeUrl;
    return html`
      ${open ? html`<section class="banner appear" part="banner" role="region" aria-labelledby="heading" lang=${language}>
        <div class="inner">
          <div class="top">
            <h2 id="heading" part="heading">${t.banner.heading}</h2>
            ${languageSelect(language, t.preferences.language, (next) => { chooseLanguage(next, this.consent.store); })}
          </div>
          <p>${t.banner.body}
            ${noticeUrl ? html`<a href=${noticeUrl}>${t.banner.noticeLink}</a>` : nothing}</p>
          ${state.gpc ? html`<p class="gpc">${t.banner.gpc}</p>` : nothing}
          <div class="actions" part="actions">
            <button class="action" part="accept" type="button" @click=${this.acceptAll}>${t.actions.acceptAll}</button>
            <button class="action" part="reject" type="button" @click=${this.rejectAll}>${t.actions.rejectAll}</button>
            <button class="action" part="settings" type="button" @click=${this.openSettings}>${t.actions.settings}</button>
          </div>
        </div>
      </section>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" lang=${language}>${this.confirmation ? t.confirmation[this.confirmation] : ''}</div>
    `;
  }

  override updated(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner');
    if (banner) this.holdScrollPadding(banner);
    else this.releaseScrollPadding();
  }

  /** Keeps focused page content from hiding behind the banner (WCAG 2.4.11): the page scrolls it clear. */
  private holdScrollPadding(banner: HTMLElement): void {
    if (this.resizeObserver) return;
    const apply = (): void => {
      document.documentElement.style.scrollPaddingBottom = `${banner.offsetHeight}px`;
    };
    this.resizeObserver = new ResizeObserver(apply);
    this.resizeObserver.observe(banner);
    apply();
  }

  private releaseScrollPadding(): void {
    if (!this.resizeObserver) return;
    this.resizeObserver.disconnect();
    this.resizeObserver = undefined;
    document.documentElement.style.removeProperty('scroll-padding-bottom');
  }

  private readonly acceptAll = (): void => {
    this.consent.store?.acceptAll('banner');
    this.confirmation = 'accepted';
  };

  private readonly rejectAll = (): void => {
    this.consent.store?.rejectAll('banner');
    this.confirmation = 'rejected';
  };

  private readonly openSettings = (event: Event): void => {
    this.dispatchEvent(new CustomEvent(OPEN_PREFERENCES_EVENT, {
      bubbles: true, composed: true, detail: { opener: event.currentTarget },
    }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-banner': SuostumusBanner;
  }
}
