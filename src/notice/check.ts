// Does the notice say what GDPR article 13 requires of every notice? A machine check of presence,
// not of quality: it finds what is missing, it cannot tell whether what is written is right.

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

/** A section with a shipped text counts as present unless the site turned the text off (`standard: false`). */
function standardPresent(section: unknown): boolean {
  if (hasText(sectionText(section))) return true;
  return !(isPlainObject(section) && !isRichTextShorthand(section) && section.standard === false);
}

/**
 * Lists the mandatory GDPR article 13 elements the notice lacks; empty when none is missing.
 *
 * - controller: a name and at least one way to reach the controller (email, phone or address).
 * - purposes: at least one item in `purposes.items`, each of which names its purpose and legal basis.
 *   Prose alone does not count: the legal basis must be given as data, so it can be checked.
 * - recipients, retention: some text, in any language ("no one" and "as long as …" are answers too).
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
  if (items.length === 0) {
    gap('purposes', 'notice.purposes.items', hasText(sectionText(purposes))
      ? 'the legal basis is not given: list each purpose with its basis in purposes.items'
      : 'the purposes of processing and their legal basis are missing');
  }

  if (!hasText(sectionText(n.recipients))) gap('recipients', 'notice.recipients', 'the recipients (or that there are none) are not stated');
  if (!hasText(sectionText(n.retention))) gap('retention', 'notice.retention', 'how long the data is kept is not stated');
  if (!standardPresent(n.rights)) gap('rights', 'notice.rights', 'the data subject\'s rights are turned off (standard: false) with no text of the site\'s own');
  if (!standardPresent(n.complaint)) gap('complaint', 'notice.complaint', 'the right to complain to the supervisory authority is turned off (standard: false) with no text of the site\'s own');
  return gaps;
}
