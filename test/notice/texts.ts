// Fetches every language's texts (each is a chunk of its own), so a test renders in one update.
import { noticeTexts, uiTexts } from '../../src/page/texts.js';
import { LANGUAGES } from '../../src/core/types.js';

export async function loadAllTexts(): Promise<void> {
  await Promise.all(LANGUAGES.flatMap((language) => [noticeTexts().load(language), uiTexts().load(language)]));
}
