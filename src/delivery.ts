// The delivery map: every file of the script-tag delivery, what goes into it, the tags it registers and
// when a page fetches it. The build (scripts/build.mjs), the dev server (vite.config.ts), the loader
// (src/loader/) and the byte-budget tests read this module; no other place spells a chunk's file name.
//
// "What does a returning visitor download, and which code is in it?" — the `loader` chunk: src/loader/
// and what it imports from src/core/ (no Lit: lint refuses a Lit or UI import under src/loader/).
import { LANGUAGES } from './core/types.js';
import type { Language } from './core/types.js';

// The file names and the language files' rule live in delivery-files.ts (the part code running in a page
// needs, so that a chunk importing a name does not carry the map below); re-exported here.
export * from './delivery-files.js';
import {
  CATEGORIES_FILE, CHECK_FILE, CONFIG_CHECK_FILE, EMBED_FILE, EMBED_PROVIDERS_FILE, LIT_FILE, LOADER_FILE, NOTICE_FILE, PREFERENCES_FILE, SHARED_FILE, TEXT_KINDS, textsFile, UI_FILE,
} from './delivery-files.js';
import type { TextKind } from './delivery-files.js';


/** The source module of a language's texts, relative to the package root. */
export function textsSource(kind: TextKind, language: Language): string {
  return `locales/${kind === 'ui' ? '' : `${kind}/`}${language}.ts`;
}

/** Every text chunk (a kind in a language): its file, and the module it is built from. */
export function textChunks(): { file: string; source: string }[] {
  return TEXT_KINDS.flatMap((kind) => LANGUAGES.map((language) => ({ file: textsFile(kind, language), source: textsSource(kind, language) })));
}

export type ChunkName = 'loader' | 'ui' | 'preferences' | 'notice' | 'embed' | 'configCheck' | 'check' | 'lit' | 'shared' | 'providers' | 'categories' | 'validate';

/** The custom elements, each registered by exactly one chunk (below). */
export type Tag = 'suostumus-settings-button' | 'suostumus-banner' | 'suostumus-preferences' | 'suostumus-notice' | 'suostumus-embed';

export interface Chunk {
  /** The file, next to `suostumus.js`. */
  file: string;
  /** The module the chunk is built from (relative to the package root); none for a shared chunk. */
  entry?: string;
  /** The tags its entry registers (with `register()` from src/loader/register.ts). */
  tags: readonly Tag[];
  /** When a page fetches it. */
  fetched: string;
  /**
   * For a shared chunk: the modules it holds, matched against their paths. A module that two chunks
   * would hold (or whose importer they hold) goes to the one listed first in `CHUNKS`.
   */
  holds?: RegExp;
  /**
   * Nearly all of its code runs as soon as it loads: the build then starts the file with V8's explicit
   * compile hint `//# allFunctionsCalledOnLoad`, so that Chromium (136 and later) compiles the whole file on
   * a background thread while it downloads, rather than each function on the main thread when first
   * called (v8.dev/blog/explicit-compile-hints). Other browsers read a comment. Only for files whose code
   * does run on load: compiling a function that never runs wastes memory and a background thread's time.
   * Measured in issue 15: the widget's main-thread script time 5–25 % less (bench/METHOD.md).
   */
  calledOnLoad?: true;
}

/** Every chunk of the script-tag delivery. The build makes exactly these files (and the text chunks). */
export const CHUNKS: Record<ChunkName, Chunk> = {
  loader: {
    file: LOADER_FILE,
    entry: 'src/loader/main.ts',
    tags: ['suostumus-settings-button'],
    fetched: 'on every page view, by the site\'s <script> tag: a classic script (IIFE), no Lit',
    calledOnLoad: true,
  },
  ui: {
    file: UI_FILE,
    entry: 'src/ui/lazy.ts',
    tags: ['suostumus-banner'],
    fetched: 'when the visitor has to be asked (first visit, raised revision, reset) or opens the settings; '
      + 'the banner texts of the visitor\'s language are fetched beside it',
  },
  preferences: {
    file: PREFERENCES_FILE,
    entry: 'src/ui/preferences/lazy.ts',
    tags: ['suostumus-preferences'],
    fetched: 'by the UI chunk, when the visitor opens the settings dialog; brings Lit and the full texts of one language',
    calledOnLoad: true,
  },
  notice: {
    file: NOTICE_FILE,
    entry: 'src/notice/lazy.ts',
    tags: ['suostumus-notice'],
    fetched: 'only on a page that has a <suostumus-notice>; brings Lit and the notice texts of one language',
    calledOnLoad: true,
  },
  embed: {
    file: EMBED_FILE,
    entry: 'src/embed/lazy.ts',
    tags: ['suostumus-embed'],
    fetched: 'only on a page that has a <suostumus-embed> or an <iframe data-category data-src>; plain DOM, no Lit; '
      + 'brings the placeholder texts of one language and the providers\' facts (the providers chunk)',
  },
  configCheck: {
    file: CONFIG_CHECK_FILE,
    entry: 'src/core/config.ts',
    tags: [],
    fetched: 'only when the loader refused the config, to say what is wrong, path by path',
  },
  check: {
    file: CHECK_FILE,
    entry: 'src/check/index.ts',
    tags: [],
    fetched: 'when something is wrong (the config, a chunk that could not be fetched, Google\'s own tag on the page), to say '
      + 'what and how to fix it; on a development host (or with data-debug) always, to look and show the problems in a panel',
  },
  lit: {
    file: LIT_FILE,
    tags: [],
    fetched: 'imported by the dialog and the notice: Lit\'s core (its directives stay with their users)',
    holds: /node_modules\/(lit\/index|lit-html\/lit-html|lit-html\/is-server|lit-element\/lit-element|@lit\/reactive-element\/(reactive-element|css-tag))\.js$/,
    calledOnLoad: true,
  },
  shared: {
    file: SHARED_FILE,
    tags: [],
    fetched: 'imported by the banner, the dialog and the notice: what they all use, in one file rather than many small ones',
    holds: /(locales\/(language-names|settings-button)|src\/delivery-files|src\/core\/(types|language)|src\/page\/\w+|src\/ui\/styles\/tokens-css)\.ts$/,
  },
  providers: {
    file: EMBED_PROVIDERS_FILE,
    // An entry, not a group of modules: `import()` of it then needs no module object made up by the bundler.
    entry: 'src/core/embed-providers.ts',
    tags: [],
    fetched: 'the built-in embed providers\' facts (src/core/embed-providers.ts): imported by the embed chunk, and fetched beside '
      + 'the dialog and the notice only where the config names a provider or the page embeds one (`loadEmbedFacts` in '
      + 'src/core/describe.ts), so that the dialog and the notice of a site without embeds do not carry them',
  },
  categories: {
    file: CATEGORIES_FILE,
    tags: [],
    fetched: 'imported by the dialog and the notice: the words for each category, service and cookie (src/core/describe.ts), '
      + 'the facts shown for each cookie (src/ui/cookie-table.ts) and the Lit binding (src/ui/consent-controller.ts): '
      + 'theirs alone, so the banner does not download it',
    holds: /src\/(core\/(describe|localize)|ui\/(cookie-table|consent-controller))\.ts$/,
    calledOnLoad: true,
  },
  validate: {
    file: 'suostumus-validate.js',
    tags: [],
    fetched: 'imported by the config check and the notice: the collecting validator and its messages',
    holds: /src\/core\/(validate|values)\.ts$/,
  },
};

/**
 * Every file of the script-tag delivery, in the map's order: the chunks, then the text chunks. A site
 * uploads exactly these, side by side (`npm run release` copies them; the check chunk looks for them
 * when one could not be fetched).
 */
export function deliveryFiles(): string[] {
  return [...Object.values(CHUNKS).map((chunk) => chunk.file), ...textChunks().map(({ file }) => file)];
}
