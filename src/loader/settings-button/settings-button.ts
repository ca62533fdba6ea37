// The persistent settings button. Plain DOM, no Lit: it ships in the small loader that every returning
// visitor downloads, and must appear at once, before the dialog's code is fetched.

import { settingsButtonLabels } from '../../../locales/settings-button.js';
import type { ConsentStore } from '../../core/consent.js';
import { toLanguage } from '../../core/language.js';
import type { Language } from '../../core/types.js';
import { ElementBinding } from '../../page/binding.js';
import { OPEN_PREFERENCES_EVENT } from '../../page/events.js';
import { PlainElement, shadowWithStyles } from '../../page/shadow.js';
import { settingsButtonCss } from './settings-button.styles.js';

/**
 * A small button that stays on the page so the visitor can change or withdraw consent at any time.
 * It hides itself while the banner asks (the banner has its own Settings button).
 *
 * @tag suostumus-settings-button
 * @attr position - `bottom-left` (default) or `bottom-right`.
 * @attr language - Force a language: `fi`, `en` or `sv`.
 * @fires suostumus-open-preferences - Asks the page to open the settings dialog (`detail.opener`: the button). Bubbles and composes.
 * @csspart button - The button.
 * @cssprop --suostumus-accent - Border and text colour.
 * @cssprop --suostumus-background - Background.
 */
export class SuostumusSettingsButton extends PlainElement {
  static readonly observedAttributes = ['position', 'language'];

  /** The consent store; by default the page's. */
  store?: ConsentStore;

  private readonly button: HTMLButtonElement;
  private readonly binding = new ElementBinding(this, () => { this.render(); });

  constructor() {
    // delegatesFocus: host.focus() focuses the button (the dialog returns focus here).
    super();
    const root = shadowWithStyles(this, settingsButtonCss, { delegatesFocus: true });
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.setAttribute('part', 'button');
    this.button.addEventListener('click', () => {
      this.dispatchEvent(new CustomEvent(OPEN_PREFERENCES_EVENT, { bubbles: true, composed: true, detail: { opener: this.button } }));
    });
    root.append(this.button);
  }

  get position(): 'bottom-left' | 'bottom-right' {
    return this.getAttribute('position') === 'bottom-right' ? 'bottom-right' : 'bottom-left';
  }

  set position(value: 'bottom-left' | 'bottom-right') {
    this.setAttribute('position', value);
  }

  /** A language forced on this button (`fi`, `en`, `sv`); by default the page's (see `pageLanguage`). */
  get language(): Language | undefined {
    return toLanguage(this.getAttribute('language'));
  }

  connectedCallback(): void {
    this.binding.connect();
    this.render();
  }

  disconnectedCallback(): void {
    this.binding.disconnect();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.render();
  }

  private render(): void {
    const language = this.binding.language;
    this.button.lang = language;
    this.button.textContent = settingsButtonLabels[language];
    // While the banner asks, its own Settings button is there: this one stays out of its way.
    this.button.hidden = this.binding.store?.get().prompt === true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-settings-button': SuostumusSettingsButton;
  }
}
