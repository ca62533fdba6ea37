// Binds an element to the page: which store, which language, which texts, and when to render again.
// Framework-free, so the plain-DOM banner and settings button use it as they are and the Lit elements
// through ConsentController (src/ui/consent-controller.ts). Elements hold no consent state of their own:
// they read it here and send intents back to the store.
import type { ConsentStore } from '../core/consent.js';
import type { Language } from '../core/types.js';
import { getDefaultStore, pageLanguage } from './context.js';
import { LANGUAGE_EVENT } from './events.js';
import type { TextTable } from './texts.js';

/** What a bound element may be given: its own store and a forced language; otherwise the page's. */
export interface BindingHost extends HTMLElement {
  store?: ConsentStore;
  language?: Language;
}

export class ElementBinding {
  // ECMAScript private names: the minifier shortens them (the loader carries this class).
  readonly #host: BindingHost;
  readonly #changed: () => void;
  #unsubscribe: (() => void) | undefined;
  #subscribed: ConsentStore | undefined;

  /** `update` runs on every consent change, language switch, and arrival of fetched texts. */
  constructor(host: BindingHost, update: () => void) {
    this.#host = host;
    this.#changed = update;
  }

  /** The element's own store, else the page's. */
  get store(): ConsentStore | undefined {
    return this.#host.store ?? getDefaultStore();
  }

  /** The element's language, by the one rule (`pageLanguage` in src/page/context.ts). */
  get language(): Language {
    return pageLanguage(this.#host, this.#host.language, this.store);
  }

  /** `table`'s texts in the element's language; undefined (fetched, then `update` runs) if not here yet. */
  texts<T>(table: TextTable<T>): T | undefined {
    return table.getOrFetch(this.language, this.#changed);
  }

  /** Call from connectedCallback: starts following the store and the visitor's language. */
  connect(): void {
    document.addEventListener(LANGUAGE_EVENT, this.#changed);
    this.follow();
  }

  /** Follows the current store; call again when the element may have been given another one. */
  follow(): void {
    const store = this.store;
    if (store === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#subscribed = store;
    this.#unsubscribe = store?.subscribe(this.#changed);
  }

  /** Call from disconnectedCallback. */
  disconnect(): void {
    document.removeEventListener(LANGUAGE_EVENT, this.#changed);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
  }
}
