// CSV for the export (RFC 4180: comma, CRLF, quotes doubled). A cell that a spreadsheet would run as a
// formula (= + - @ at the start) is prefixed with an apostrophe; no field the receiver stores should start
// so, but a page path is the visitor's URL and is not trusted that far.

import type { StoredRecord } from './db/types.js';

export const CSV_HEADER = ['seq', 'consent_id', 'revision', 'decided_at', 'received_at', 'choice', 'categories', 'source', 'language', 'page', 'texts_hash'];

function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (with CRLF) for `values`. */
export function csvLine(values: (string | number | null)[]): string {
  return `${values.map(cell).join(',')}\r\n`;
}

/** The CSV line of one stored record, in CSV_HEADER order. */
export function csvRecord(r: StoredRecord): string {
  return csvLine([r.seq ?? null, r.consentId, r.revision, r.decidedAt, r.receivedAt, r.choice, r.categories, r.source, r.language, r.page, r.textsHash]);
}
