// Does the notice say what GDPR article 13 requires of every notice? A machine check of content, in
// Finnish, Swedish and English: it finds what is missing, it cannot tell whether what is written is right.

import { isPlainObject } from '../core/validate.js';
import { isLanguageMap, isRichTextShorthand } from './rich-text.js';
import type { Notice, PurposesSection, RichText } from './types.js';

/** The mandatory elements checked, each with the article that asks for it. */
export const REQUIRED_ELEMENTS = {
  controller: '13(1)(a)',
  purposes: '13(1)(c)',
  recipients: '13(1)(e)',
  retention: '13(2)(a)',
  rights: '13(2)(b)',
  complaint: '13(2)(d)',
} as const;
export type RequiredElement = keyof typeof REQUIRED_ELEMENTS;

export interface NoticeGap {
  element: RequiredElement;
  /** GDPR article, e.g. `13(1)(a)`. */
  article: string;
  /** Where to add it, e.g. `notice.controller.email`. */
  path: string;
  message: string;
}

/** Every text and link in a value, joined (any language). */
function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  return Array.isArray(value) || isPlainObject(value) ? Object.values(value).map(allText).join(' ') : '';
}

/**
 * A retention period or the criterion that sets it (GDPR 13(2)(a)): a number of days, weeks, months or
 * years, or words such as "niin kauan kuin", "asiakkuuden ajan", "until", "så länge", "tills".
 */
const RETENTION = /vuo(?:si|tta|den)|kk\b|kuuka|viiko|päivä|year|month|week|days?\b|\sår\b|månad|veck|dag|niin kauan|kunnes|ajan\b|päätty|lakisäät|kirjanpitolai|as long as|until|duration|by law|så länge|tills|enligt lag/i;

/**
 * A legal basis named in prose (GDPR 6(1)): "Käsittelyn oikeusperusteena on sopimus", "based on your
 * consent", "rättslig grund: avtal".
 */
const BASIS = /oikeusperust|suostumu|sopimu|oikeutet|lakisäät|elintärke|yleisen edun|(?:legal|lawful) basis|consent|contract|legitimate|legal obligation|vital interest|public (?:task|interest)|rättslig|samtyck|avtal|intresse/i;

/** True when rich text holds at least one non-empty text, in any language. */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasText);
  if (!isPlainObject(value)) return false;
  if (isLanguageMap(value)) return Object.values(value).some(hasText);
  if ('href' in value) return typeof value.href === 'string' && value.href.trim() !== '';
  return hasText(value.p) || hasText(value.list) || hasText(value.subheading);
}

/** The site's own text of a section, whether it is given as rich text or as `{ text }`. */
function sectionText(section: unknown): RichText | undefined {
  if (section === undefined) return undefined;
  if (isRichTextShorthand(section)) return section as RichText;
  return isPlainObject(section) ? (section.text as RichText | undefined) : undefined;
}

/** A section with a shipped text counts as present unless the site turned it off (`standard: false`) and wrote none. */
function standardPresent(section: unknown): boolean {
  if (hasText(sectionText(section))) return true;
  return !(isPlainObject(section) && !isRichTextShorthand(section) && section.standard === false);
}

/**
 * Lists the mandatory GDPR article 13 elements the notice lacks; empty when none is missing.
 *
 * - controller: a name and at least one way to reach the controller (email, phone or address).
 * - purposes: an item in `purposes.items` (purpose and legal basis), or text that names a legal basis
 *   ("Käsittelyn oikeusperusteena on sopimus", "based on your consent", "rättslig grund: avtal").
 * - recipients: some text, in any language ("we disclose no data" is an answer too).
 * - retention: text that gives a period ("6 vuotta", "12 months") or a criterion ("asiakkuuden ajan",
 *   "until you unsubscribe", "så länge").
 * - rights, complaint: present by default, because the shipped standard text is shown; missing only
 *   when `standard: false` turns it off and the site gives no text of its own.
 */
export function checkNotice(notice: Notice | undefined): NoticeGap[] {
  const gaps: NoticeGap[] = [];
  const gap = (element: RequiredElement, path: string, message: string): void => {
    gaps.push({ element, article: REQUIRED_ELEMENTS[element], path, message });
  };
  const n: Notice = notice ?? {};

  const controller = n.controller;
  if (!controller) {
    gap('controller', 'notice.controller', 'the controller (name and contact details) is missing');
  } else if (!hasText(controller.name)) {
    gap('controller', 'notice.controller.name', 'the controller\'s name is missing');
  } else if (!(controller.email || controller.phone || hasText(controller.address))) {
    gap('controller', 'notice.controller', 'no contact details for the controller (email, phone or address)');
  }

  const purposes = n.purposes;
  const items = purposes && !isRichTextShorthand(purposes) ? (purposes as PurposesSection).items ?? [] : [];
  const purposesText = allText(sectionText(purposes));
  if (items.length === 0 && !BASIS.test(purposesText)) {
    gap('purposes', 'notice.purposes', hasText(purposesText)
      ? 'the legal basis is not given: name it in the text ("Käsittelyn oikeusperuste on sopimus") or list each purpose with its basis in purposes.items'
      : 'the purposes of processing and their legal basis are missing');
  }

  if (!hasText(sectionText(n.recipients))) gap('recipients', 'notice.recipients', 'the recipients (or that there are none) are not stated');
  const retention = allText(sectionText(n.retention));
  if (!RETENTION.test(retention)) {
    gap('retention', 'notice.retention', hasText(retention)
      ? 'the retention section names no period or criterion: say how long ("6 vuotta", "12 months") or until when ("asiakkuuden ajan")'
      : 'how long the data is kept is not stated');
  }
  if (!standardPresent(n.rights)) gap('rights', 'notice.rights', 'the data subject\'s rights are turned off (standard: false) with no text of the site\'s own');
  if (!standardPresent(n.complaint)) gap('complaint', 'notice.complaint', 'the right to complain to the supervisory authority is turned off (standard: false) with no text of the site\'s own');
  return gaps;
}
