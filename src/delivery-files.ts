// The file names of the script-tag delivery, and nothing else: the part of the delivery map
// (delivery.ts, which re-exports all of this) that code running in a page needs. Single constants, not an
// object, so that a bundle keeps just the names it uses and none of the build's details.
import type { Language } from './core/types.js';

export const LOADER_FILE = 'suostumus.js';
export const UI_FILE = 'suostumus-ui.js';
export const PREFERENCES_FILE = 'suostumus-preferences.js';
export const NOTICE_FILE = 'suostumus-notice.js';
export const CONFIG_CHECK_FILE = 'suostumus-config-check.js';
export const CHECK_FILE = 'suostumus-check.js';
export const LIT_FILE = 'suostumus-lit.js';
export const SHARED_FILE = 'suostumus-shared.js';
export const CATEGORIES_FILE = 'suostumus-categories.js';
export const EMBED_FILE = 'suostumus-embed.js';
export const EMBED_PROVIDERS_FILE = 'suostumus-embed-providers.js';

/**
 * The chunks the UI chunk (the banner) imports statically. The loader fetches them beside it, so that a
 * first visit waits for one round trip here, not two (the browser would find them only once the UI chunk
 * has arrived). `scripts/build.mjs` fails when the list and the build disagree.
 */
export const UI_IMPORTS: readonly string[] = [SHARED_FILE];
/**
 * The chunks the settings dialog's chunk imports statically, besides the UI chunk's: fetched at low
 * priority once the banner is painted, and at once when the visitor shows intent, so that the dialog
 * opens without a chain of round trips. Checked by the build like `UI_IMPORTS`.
 */
export const PREFERENCES_IMPORTS: readonly string[] = [LIT_FILE, SHARED_FILE, CATEGORIES_FILE];


/** A chunk of one language's texts: `suostumus-banner-texts-fi.js`, `suostumus-texts-en.js`, … */
export function textsFile(kind: TextKind, language: Language): string {
  return `suostumus-${kind === 'ui' ? '' : `${kind}-`}texts-${language}.js`;
}

/** The kinds of text chunk: the banner's alone, the dialog's (which include the banner's), the notice's, an embed's placeholder. */
export const TEXT_KINDS = ['banner', 'ui', 'notice', 'embed'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];
