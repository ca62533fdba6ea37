// Texts by language, loaded one language at a time: the script-tag UI chunk fetches only the language
// the visitor sees (the others arrive when the visitor switches). The npm `define` entry registers all
// three at once, so elements there render synchronously. `locales/` holds the texts as typed data; the
// loading is here, and each language's file is a chunk of its own (src/delivery.ts, `textsFile`).
import type { BannerMessages, Messages } from '../../locales/messages.js';
import type { EmbedMessages } from '../../locales/embed/messages.js';
import type { NoticeMessages } from '../../locales/notice/messages.js';
import type { Language } from '../core/types.js';
import { pageContext } from './context.js';

export class TextTable<T> {
  private readonly loaded: Partial<Record<Language, T>> = {};
  private readonly pending = new Map<Language, Promise<T>>();

  constructor(private readonly loaders: Record<Language, () => Promise<T>>) {}

  /** The texts for `language` if they are here already. */
  get(language: Language): T | undefined {
    return this.loaded[language];
  }

  /** Fetches the texts for `language` once; later calls share the same promise. */
  load(language: Language): Promise<T> {
    const ready = this.loaded[language];
    if (ready) return Promise.resolve(ready);
    let pending = this.pending.get(language);
    if (!pending) {
      pending = this.loaders[language]().then((texts) => {
        this.loaded[language] = texts;
        return texts;
      }, (error: unknown) => {
        // A failed fetch (offline for a moment) may be tried again by the next render.
        this.pending.delete(language);
        throw error;
      });
      this.pending.set(language, pending);
    }
    return pending;
  }

  /**
   * The texts for `language` if they are here; otherwise undefined, and they are fetched and
   * `whenHere` runs once they arrive (a failed fetch is logged; the next call tries again).
   */
  getOrFetch(language: Language, whenHere: () => void): T | undefined {
    const texts = this.get(language);
    if (!texts) {
      this.load(language).then(whenHere, (error: unknown) => {
        console.error(`suostumus: could not load the ${language} texts (${error instanceof Error ? error.message : String(error)})`);
      });
    }
    return texts;
  }

  /** Makes texts available without a fetch. */
  register(all: Partial<Record<Language, T>>): void {
    Object.assign(this.loaded, all);
  }
}

/** The page's text tables, one a kind (src/delivery.ts, `TEXT_KINDS`). */
export interface TextTables {
  banner?: TextTable<BannerMessages>;
  ui?: TextTable<Messages>;
  notice?: TextTable<NoticeMessages>;
  embed?: TextTable<EmbedMessages>;
}

/** The page's tables, kept in the page context so that every chunk finds what another already fetched. */
function tables(): TextTables {
  return (pageContext().texts ??= {});
}

/** The banner's texts alone: all a first visit needs. */
export function bannerTexts(): TextTable<BannerMessages> {
  return tables().banner ??= new TextTable<BannerMessages>({
    fi: () => import('../../locales/banner/fi.js').then((module) => module.fi),
    en: () => import('../../locales/banner/en.js').then((module) => module.en),
    sv: () => import('../../locales/banner/sv.js').then((module) => module.sv),
  });
}

/** The settings dialog's texts, which include the banner's: loading a language makes its banner texts available too. */
export function uiTexts(): TextTable<Messages> {
  return tables().ui ??= new TextTable<Messages>({
    fi: () => import('../../locales/fi.js').then((module) => { bannerTexts().register({ fi: module.fi }); return module.fi; }),
    en: () => import('../../locales/en.js').then((module) => { bannerTexts().register({ en: module.en }); return module.en; }),
    sv: () => import('../../locales/sv.js').then((module) => { bannerTexts().register({ sv: module.sv }); return module.sv; }),
  });
}

/** The privacy notice's standard texts. */
export function noticeTexts(): TextTable<NoticeMessages> {
  return tables().notice ??= new TextTable<NoticeMessages>({
    fi: () => import('../../locales/notice/fi.js').then((module) => module.fi),
    en: () => import('../../locales/notice/en.js').then((module) => module.en),
    sv: () => import('../../locales/notice/sv.js').then((module) => module.sv),
  });
}

/** An embed's placeholder texts. */
export function embedTexts(): TextTable<EmbedMessages> {
  return tables().embed ??= new TextTable<EmbedMessages>({
    fi: () => import('../../locales/embed/fi.js').then((module) => module.fi),
    en: () => import('../../locales/embed/en.js').then((module) => module.en),
    sv: () => import('../../locales/embed/sv.js').then((module) => module.sv),
  });
}
