import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsentStore } from '../../core/consent.js';
import type { Language } from '../../core/types.js';
import { ConsentController } from '../consent-controller.js';
import { settingsButtonStyles } from './settings-button.styles.js';

export const OPEN_PREFERENCES_EVENT = 'suostumus-open-preferences';

/**
 * A small button that stays on the page so the visitor can change or withdraw consent at any time.
 *
 * @fires suostumus-open-preferences - Asks the page to open the settings dialog (`detail.opener`: the button). Bubbles and composes.
 * @csspart button - The button.
 * @cssprop --suostumus-accent - Border and text colour.
 */
export class SuostumusSettingsButton extends LitElement {
  static override styles = settingsButtonStyles;
  // host.focus() focuses the button: the settings dialog returns focus here when its opener is gone.
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** `bottom-left` (default) or `bottom-right`. Hide the element with `hidden` when the site links to the settings itself. */
  @property({ reflect: true }) position: 'bottom-left' | 'bottom-right' = 'bottom-left';

  /** The language; by default the config's, the nearest `lang` attribute, then the browser's. */
  @property() language?: Language;

  /** The consent store; by default the page's. */
  @property({ attribute: false }) store?: ConsentStore;

  private readonly consent = new ConsentController(this);

  override render() {
    // While the banner asks, its own Settings button is there: this one stays out of its way.
    if (this.consent.state?.prompt) return nothing;
    const language = this.consent.language;
    const label = this.consent.messages.settingsButton;
    return html`<button part="button" type="button" lang=${language} @click=${this.open}>${label}</button>`;
  }

  private readonly open = (event: Event): void => {
    this.dispatchEvent(new CustomEvent(OPEN_PREFERENCES_EVENT, {
      bubbles: true, composed: true, detail: { opener: event.currentTarget as HTMLElement },
    }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-settings-button': SuostumusSettingsButton;
  }
  interface GlobalEventHandlersEventMap {
    'suostumus-open-preferences': CustomEvent<{ opener?: HTMLElement } | undefined>;
  }
}
