// Binds an element to the consent store: the element re-renders on every change and reads the state
// from here. Elements hold no consent state of their own; they send intents back to the store.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../locales/messages.js';
import { uiTexts } from '../../locales/ui-texts.js';
import type { ConsentStore } from '../core/consent.js';
import { resolveLanguage } from '../core/language.js';
import type { ConsentState, Language } from '../core/types.js';
import { chosenLanguage, LANGUAGE_EVENT } from './page-events.js';
import { getDefaultStore } from './store-registry.js';

export interface ConsentHost extends ReactiveControllerHost, HTMLElement {
  /** A store given to this element; otherwise the page's default store. */
  store?: ConsentStore;
  /** A language forced on this element. */
  language?: Language;
}

export class ConsentController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  private subscribed: ConsentStore | undefined;
  private readonly onLanguage = (): void => { this.host.requestUpdate(); };

  constructor(private readonly host: ConsentHost) {
    host.addController(this);
  }

  get store(): ConsentStore | undefined {
    return this.host.store ?? getDefaultStore();
  }

  get state(): ConsentState | undefined {
    return this.store?.get();
  }

  get language(): Language {
    return this.host.language ?? chosenLanguage() ?? resolveLanguage({ language: this.store?.config.language }, this.host);
  }

  /** The texts in the element's language; undefined (and fetched, then re-rendered) if not here yet. */
  get messages(): Messages | undefined {
    return uiTexts.getOrFetch(this.language, () => { this.host.requestUpdate(); });
  }

  hostConnected(): void {
    document.addEventListener(LANGUAGE_EVENT, this.onLanguage);
    this.bind();
  }

  hostUpdate(): void {
    // The store may have been given or replaced after connection.
    if (this.store !== this.subscribed) this.bind();
  }

  hostDisconnected(): void {
    document.removeEventListener(LANGUAGE_EVENT, this.onLanguage);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }

  private bind(): void {
    this.unsubscribe?.();
    const store = this.store;
    this.subscribed = store;
    this.unsubscribe = store?.subscribe(() => { this.host.requestUpdate(); });
  }
}
