// The persistent settings button. Plain DOM, no Lit: it ships in the small loader that every returning
// visitor downloads, and must appear at once, before the dialog's code is fetched.

import { settingsButtonLabels } from '../../../locales/settings-button.js';
import type { ConsentStore } from '../../core/consent.js';
import { resolveLanguage, toLanguage } from '../../core/language.js';
import { chosenLanguage, LANGUAGE_EVENT, OPEN_PREFERENCES_EVENT } from '../page-events.js';
import { getDefaultStore } from '../store-registry.js';
import { PlainElement, shadowWithStyles } from '../styles/shadow.js';
import { settingsButtonCss } from './settings-button.styles.js';

export { OPEN_PREFERENCES_EVENT, LANGUAGE_EVENT, chosenLanguage } from '../page-events.js';


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
  private unsubscribe: (() => void) | undefined;
  private readonly update = (): void => { this.render(); };

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

  connectedCallback(): void {
    const store = this.store ?? getDefaultStore();
    this.unsubscribe = store?.subscribe(this.update);
    document.addEventListener(LANGUAGE_EVENT, this.update);
    this.render();
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    document.removeEventListener(LANGUAGE_EVENT, this.update);
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.render();
  }

  private render(): void {
    const store = this.store ?? getDefaultStore();
    const language = toLanguage(this.getAttribute('language')) ?? chosenLanguage()
      ?? resolveLanguage({ language: store?.config.language }, this);
    this.button.lang = language;
    this.button.textContent = settingsButtonLabels[language];
    // While the banner asks, its own Settings button is there: this one stays out of its way.
    this.button.hidden = store?.get().prompt === true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-settings-button': SuostumusSettingsButton;
  }
  interface GlobalEventHandlersEventMap {
    'suostumus-open-preferences': CustomEvent<{ opener?: HTMLElement } | undefined>;
  }
}
