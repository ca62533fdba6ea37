// Entry of the notice chunk (src/delivery.ts: `notice`): Lit, the notice model, the element and its
// texts. The loader imports it only on a page that has a <suostumus-notice>, so a returning visitor
// elsewhere never downloads it.
import { register } from '../page/register.js';
import type { Elements } from '../page/register.js';
import { SuostumusNotice } from './notice.js';

/** The tags this chunk registers. */
export const elements = { 'suostumus-notice': SuostumusNotice } satisfies Elements;

/** Registers <suostumus-notice> unless it is registered already (another copy's definition is left alone). */
export function defineNotice(registry: CustomElementRegistry = customElements): void {
  register(elements, registry);
}

export type NoticeModule = typeof import('./lazy.js');
