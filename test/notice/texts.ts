// Fetches every language's texts (each is a chunk of its own), so a test renders in one update.
import { noticeTexts } from '../../locales/notice/texts.js';
import { uiTexts } from '../../locales/ui-texts.js';
import { LANGUAGES } from '../../src/core/types.js';

export async function loadAllTexts(): Promise<void> {
  await Promise.all(LANGUAGES.flatMap((language) => [noticeTexts.load(language), uiTexts.load(language)]));
}
