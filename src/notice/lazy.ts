// Entry of a lazily loaded notice chunk (e.g. dist/suostumus-notice.js): Lit, the notice model, the
// element and its texts. The loader imports it only on a page that has a <suostumus-notice>, so a
// returning visitor elsewhere never downloads it.
import { SuostumusNotice } from './notice.js';

/** Registers <suostumus-notice> unless it is registered already (another copy's definition is left alone). */
export function defineNotice(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('suostumus-notice')) registry.define('suostumus-notice', SuostumusNotice);
}

export type NoticeModule = typeof import('./lazy.js');
