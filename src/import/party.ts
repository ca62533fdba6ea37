// Contact blocks as owners write them — on lines of their own or on one line ("JK-Log Oy Kiskoväylä 1
// +358 40 567 9410 jarkko.kohtala@jk-log.fi") — read into a party's fields. The block itself is kept as
// written (`asWritten`); the fields are what the completeness check reads.

import { isValidBusinessId } from '../notice/parse.js';
import { EMAIL, PHONE } from '../notice/rich-text.js';
import type { Party } from '../notice/types.js';
import { COMPANY_SUFFIXES, FIELD_LABELS } from './synonyms.js';

const EMAIL_IN = /[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+/;
/** A Finnish or international phone number: +358 40 567 9410, 044 523 4645, (09) 123 456, 029 566 6700. */
const PHONE_IN = /(?:\+\d{1,3}[ -]?)?\(?0?\d{1,4}\)?(?:[ -]?\d{2,4}){2,4}/;
const BUSINESS_ID_IN = /\b\d{7}-\d\b/;
const WEBSITE_IN = /\b(?:https?:\/\/|www\.)[^\s<>"]+/i;
const POSTAL = /\b\d{5}\s+\p{Lu}/u;

/** True when a paragraph's lines look like a contact block: an email, a phone, a business ID or a postal code. */
export function isContactBlock(lines: string[]): boolean {
  const text = lines.join('\n');
  if (lines.length > 10 || text.length > 400) return false;
  return EMAIL_IN.test(text) || BUSINESS_ID_IN.test(text) || POSTAL.test(text) || phoneIn(text) !== undefined;
}

/** A line with its field label taken off ("puh. 044 …" → "044 …"), and which field the label named. */
function unlabel(line: string): { field?: keyof typeof FIELD_LABELS; value: string } {
  const lower = line.toLowerCase();
  for (const [field, labels] of Object.entries(FIELD_LABELS) as [keyof typeof FIELD_LABELS, readonly string[]][]) {
    for (const label of labels) {
      if (lower.startsWith(label) && /^[\s:.]/.test(line.slice(label.length) || ' ')) {
        return { field, value: line.slice(label.length).replace(/^[\s:.]+/, '').trim() };
      }
    }
  }
  return { value: line.trim() };
}

function phoneIn(text: string): string | undefined {
  // Dates, postal codes and business IDs are digits too: look only outside them.
  const cleaned = text.replace(/\b\d{1,2}\.\d{1,2}\.\d{4}\b/g, ' ').replace(BUSINESS_ID_IN, ' ').replace(/\b\d{5}(?=\s+\p{Lu})/gu, ' ');
  for (const match of cleaned.matchAll(new RegExp(PHONE_IN.source, 'g'))) {
    const value = match[0].trim();
    const digits = value.replace(/\D/g, '');
    if (digits.length >= 6 && digits.length <= 15 && PHONE.test(value)) return value;
  }
  return undefined;
}

/** The name at the start of a one-line block: up to a company suffix, else up to the street before its number. */
function leadingName(text: string): string | undefined {
  const before = text.split(/\s(?=\S*\d)|\s(?=\S+@)/)[0]?.trim() ?? '';
  const words = before.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const suffix = words.findIndex((word) => COMPANY_SUFFIXES.includes(word.toLowerCase().replace(/[.,]$/, '')));
  if (suffix !== -1) return words.slice(0, suffix + 1).join(' ').replace(/,$/, '');
  // "Jarkko Kohtala Kiskoväylä 1": the word before the number is the street's.
  const rest = text.slice(before.length).trim();
  return /^\d/.test(rest) && words.length > 1 ? words.slice(0, -1).join(' ') : before;
}

/**
 * Reads a contact block into a party. The block is kept as written in `asWritten`; `name` is required for
 * a party to be returned. `notes` receives what could not be taken as given (an invalid Y-tunnus).
 */
export function readParty(lines: string[], notes: string[], where: string): Party | undefined {
  const party: Party = { asWritten: lines.join('\n') };
  const text = lines.join('\n');
  const email = EMAIL_IN.exec(text)?.[0];
  if (email !== undefined && EMAIL.test(email)) party.email = email;
  const businessId = BUSINESS_ID_IN.exec(text)?.[0];
  if (businessId !== undefined) {
    if (isValidBusinessId(businessId)) party.businessId = businessId;
    else notes.push(`${where}: the business ID (Y-tunnus) ${businessId} has a wrong check digit; it is shown as written but not kept as the business ID`);
  }
  const website = WEBSITE_IN.exec(text)?.[0]?.replace(/[.,;)]+$/, '');
  if (website !== undefined) party.website = /^www\./i.test(website) ? `https://${website}` : website;
  const phone = phoneIn(text.replace(EMAIL_IN, ' ').replace(WEBSITE_IN, ' '));
  if (phone !== undefined) party.phone = phone;

  const fieldLine = (line: string): boolean => {
    const { field } = unlabel(line);
    return (field !== undefined && field !== 'name' && field !== 'address') || EMAIL_IN.test(line) || WEBSITE_IN.test(line)
      || BUSINESS_ID_IN.test(line) || (phoneIn(line) !== undefined && !/\p{L}{3}/u.test(line.replace(/^\S+\s/, '')));
  };
  if (lines.length === 1) {
    const name = leadingName(text);
    if (name !== undefined) {
      party.name = name;
      const after = text.slice(text.indexOf(name) + name.length).trim();
      const address = after.split(/\s(?=\+|\S+@|\(?0\d)/)[0]?.trim();
      if (address && /\p{L}/u.test(address) && /\d/.test(address) && address !== phone) party.address = address;
    }
  } else {
    const first = unlabel(lines[0] ?? '');
    if (!fieldLine(lines[0] ?? '') && /\p{L}/u.test(first.value)) party.name = first.value;
    const address = lines.slice(1).map((line) => unlabel(line)).filter((line, index) => {
      const raw = lines[index + 1] ?? '';
      return !fieldLine(raw) && (line.field === 'address' || /\d/.test(line.value)) && !line.value.startsWith('(');
    }).map((line) => line.value);
    if (address.length > 0) party.address = address.join('\n');
  }
  return party.name === undefined ? undefined : party;
}
