// The element binding (src/page/binding.ts) as a Lit reactive controller: the host re-renders on every
// consent change, language switch and arrival of texts, and reads store, state, language and texts here.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../locales/messages.js';
import type { ConsentStore } from '../core/consent.js';
import type { ConsentState, Language } from '../core/types.js';
import { ElementBinding } from '../page/binding.js';
import type { BindingHost } from '../page/binding.js';
import { uiTexts } from '../page/texts.js';

export type ConsentHost = ReactiveControllerHost & BindingHost;

export class ConsentController implements ReactiveController {
  private readonly binding: ElementBinding;

  constructor(host: ConsentHost) {
    this.binding = new ElementBinding(host, () => { host.requestUpdate(); });
    host.addController(this);
  }

  get store(): ConsentStore | undefined {
    return this.binding.store;
  }

  get state(): ConsentState | undefined {
    return this.store?.get();
  }

  get language(): Language {
    return this.binding.language;
  }

  /** The dialog's texts in the element's language; undefined (and fetched, then re-rendered) if not here yet. */
  get messages(): Messages | undefined {
    return this.binding.texts(uiTexts());
  }

  hostConnected(): void {
    this.binding.connect();
  }

  hostUpdate(): void {
    // The store may have been given or replaced after connection.
    this.binding.follow();
  }

  hostDisconnected(): void {
    this.binding.disconnect();
  }
}
