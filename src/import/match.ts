// Which section a heading names, by the synonym table (synonyms.ts); dates as owners write them.

import type { SectionKey } from '../notice/types.js';
import { DATE_LABELS, HEADING_SYNONYMS, TITLE_WORDS } from './synonyms.js';

/** A heading folded for matching: lowercase, one space, no list punctuation at the ends. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s\-–—:.,;]+|[\s\-–—:.,;]+$/g, '');
}

/**
 * The built-in section a heading names, or `undefined`. When phrases of several sections occur, the one
 * that starts first wins, and at the same place the longer phrase ("oikeusperuste" over "oikeus").
 */
export function matchSection(heading: string): SectionKey | undefined {
  const text = fold(heading);
  let best: { key: SectionKey; at: number; length: number; weak: boolean } | undefined;
  for (const [key, phrases] of Object.entries(HEADING_SYNONYMS) as [SectionKey, readonly string[]][]) {
    for (const entry of phrases) {
      const weak = entry.startsWith('~');
      const phrase = weak ? entry.slice(1) : entry;
      const at = wordIndex(text, phrase);
      if (at === -1) continue;
      const better = !best || (best.weak && !weak) || (best.weak === weak && (at < best.at || (at === best.at && phrase.length > best.length)));
      if (better) best = { key, at, length: phrase.length, weak };
    }
  }
  return best?.key;
}

/** Where `phrase` occurs in `text` starting a word (a stem may end inside one: "säilyty" in "säilytysaika"). */
function wordIndex(text: string, phrase: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at === -1) return -1;
    const before = at === 0 ? '' : text[at - 1] ?? '';
    // Finnish compounds put a section's word at the end of another ("käyttötarkoitus", "tarkastusoikeus"):
    // a phrase may start inside a word, unless the phrase is short enough to be an accident.
    if (before === '' || !/\p{L}/u.test(before) || phrase.length >= 6) return at;
    from = at + 1;
  }
}

/** True when a line names the whole document ("Tietosuojaseloste", "Asiakasrekisteri - tietosuojaseloste"). */
export function isTitle(text: string): boolean {
  const folded = fold(text);
  return folded.length <= 120 && TITLE_WORDS.some((word) => folded.includes(word));
}

/** A date as owners write it — `10.03.2021`, `10.3.2021`, `2021-03-10` — as `YYYY-MM-DD`, if it is a real date. */
export function isoDate(text: string): string | undefined {
  const fi = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [year, month, day] = fi ? [Number(fi[3]), Number(fi[2]), Number(fi[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date at the start of a line ("10.3.2021 Seloste päivitetty"): the date and the rest. */
export function leadingDate(text: string): { date: string; rest: string } | undefined {
  const match = /^(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2})\s*[:\-–—]?\s*(.*)$/.exec(text.trim());
  const date = match?.[1] === undefined ? undefined : isoDate(match[1]);
  return date === undefined ? undefined : { date, rest: match?.[2] ?? '' };
}

/** "Laatimispäivä 10.03.2021", "Päivitetty: 1.2.2024": the label as written and the date. */
export function labelledDate(text: string): { label: string; date: string } | undefined {
  const match = /^(.{3,40}?)\s*:?\s+(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2})\.?$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const label = match[1].trim().replace(/:$/, '');
  const date = isoDate(match[2]);
  return date !== undefined && isDateLabel(label) ? { label, date } : undefined;
}

/** True when a table heading or a line's label is the notice's date label ("Laatimispäivä"). */
export function isDateLabel(text: string): boolean {
  const folded = fold(text);
  return DATE_LABELS.some((label) => folded === label || folded.startsWith(`${label} `));
}
