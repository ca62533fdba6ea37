// The configurator's door to the notice import (src/import, `importNotice`): pasted text or HTML → a
// notice that passes parseNotice, and the import's report. HTML is read with the browser's DOMParser.
import type { Language } from '../src/core/types.js';
import { importNotice, NoticeImportError } from '../src/import/index.js';
import type { ImportReport } from '../src/import/index.js';
import type { Notice } from '../src/notice/types.js';

export type { ImportReport };

/**
 * Imports a pasted notice; the language is the import's own guess (the one the owner writes in when it
 * cannot tell). Returns the notice and its report, or `{ error }` with the import's message (for example
 * when nothing was pasted).
 */
export function importNoticeText(input: string): { notice: Notice; report: ImportReport } | { error: string } {
  try {
    return importNotice(input);
  } catch (error) {
    if (error instanceof NoticeImportError) return { error: error.message };
    throw error;
  }
}

/** Languages a notice can be imported in (for the type of the owner's writing language). */
export type ImportLanguage = Language;
