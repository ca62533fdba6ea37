// The configurator's door to the notice import (the notice-import issue). Until that import exists in
// this tree, importing answers undefined and the page says so; nothing is guessed here.
import type { Language } from '../src/core/types.js';

/** What the import tells the owner: what went where, and what needs a look. */
export interface ImportReport {
  went: string[];
  look: string[];
}

/** The notice read from pasted text or HTML, with its report; undefined while no import is available. */
export function importNoticeText(_input: string, _language: Language): Promise<{ notice: unknown; report: ImportReport } | undefined> {
  return Promise.resolve(undefined);
}
