// A cookie as the settings dialog and the privacy notice both describe it: the same four facts (name,
// purpose, duration, provider and party) under the same labels, in the same order, from one function.
// Each draws its own container around them: the notice, page content with room to spare, a table with a
// row per cookie; the dialog, a narrow modal that must reflow to 320 px without scrolling sideways, a
// description list per cookie. Only the facts are shared: this module sits in a chunk of its own that
// both download (src/delivery.ts: `categories`), so the containers stay with the element that uses them,
// and it imports no Lit: a shared chunk takes its imports along, and Lit has a chunk of its own.

import type { Messages } from '../../locales/messages.js';
import type { CookieView, LocalizedString } from '../core/describe.js';

/** How an element shows a text that may be in another language (it decides the `lang`) and a cookie's name. */
export interface FactRenderers {
  text: (value: LocalizedString) => unknown;
  code: (name: string) => unknown;
}

/** The facts' labels (keys of the `preferences` messages), in the order of `cookieFacts`. */
export const COOKIE_LABELS = ['cookieName', 'cookiePurpose', 'cookieDuration', 'cookieProvider'] as const;

/** A cookie's facts, in the order of `COOKIE_LABELS`: the cells of the notice's row, the dialog's `<dd>`s. */
export function cookieFacts(cookie: CookieView, t: Messages['preferences'], { text, code }: FactRenderers): unknown[] {
  return [code(cookie.name), text(cookie.purpose), text(cookie.duration),
    `${cookie.provider} (${cookie.thirdParty ? t.thirdParty : t.firstParty})`];
}
