// Texts by language, loaded one language at a time: the script-tag UI chunk fetches only the language
// the visitor sees (the others arrive when the visitor switches). The npm `define` entry registers all
// three at once, so elements there render synchronously.
import type { Language } from '../src/core/types.js';

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
