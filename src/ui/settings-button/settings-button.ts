// The persistent settings button. Plain DOM, no Lit: it ships in the small loader that every returning
// visitor downloads, and must appear at once, before the dialog's code is fetched.

import { settingsButtonLabels } from '../../../locales/settings-button.js';
import type { ConsentStore } from '../../core/consent.js';
import { resolveLanguage, toLanguage } from '../../core/language.js';
import type { Language } from '../../core/types.js';
import { getDefaultStore } from '../store-registry.js';
import { settingsButtonCss } from './settings-button.styles.js';

export const OPEN_PREFERENCES_EVENT = 'suostumus-open-preferences';
/** Dispatched on `document` when the visitor switches language in the banner or dialog. */
export const LANGUAGE_EVENT = 'suostumus-language';
const LANGUAGE_KEY = Symbol.for('suostumus.language');

/** The language the visitor picked in the banner or dialog, shared by every element on the page. */
export function chosenLanguage(): Language | undefined {
  return (globalThis as unknown as Record<symbol, Language | undefined>)[LANGUAGE_KEY];
}

let sheet: CSSStyleSheet | undefined;

// Outside a browser (SSR) there is no HTMLElement to extend; the class is then never defined.
const Base: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (Object as unknown as typeof HTMLElement) : HTMLElement;

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
export class SuostumusSettingsButton extends Base {
  static readonly observedAttributes = ['position', 'language'];

  /** The consent store; by default the page's. */
  store?: ConsentStore;

  private readonly button: HTMLButtonElement;
  private unsubscribe: (() => void) | undefined;
  private readonly update = (): void => { this.render(); };

  constructor() {
    // delegatesFocus: host.focus() focuses the button (the dialog returns focus here).
    super();
    const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
      // A constructed sheet is not inline style: it works under a strict style-src CSP.
      sheet ??= new CSSStyleSheet();
      if (sheet.cssRules.length === 0) sheet.replaceSync(settingsButtonCss);
      root.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement('style');
      style.textContent = settingsButtonCss;
      root.append(style);
    }
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
