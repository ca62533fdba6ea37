// The one place a custom element is defined. Each chunk entry lists the tags it brings (`elements`),
// as src/delivery.ts declares them, and hands them here.
import type { Tag } from '../delivery.js';

/** Tags and their classes, as a chunk entry exports them. */
export type Elements = Partial<Record<Tag, CustomElementConstructor>>;

/**
 * Defines each of `elements` that `registry` does not know yet. A tag already defined — by another copy
 * of suostumus on the page, or by the site — is left alone, so loading a chunk twice never throws.
 */
export function register(elements: Elements, registry: CustomElementRegistry = customElements): void {
  for (const [tag, constructor] of Object.entries(elements)) {
    if (!registry.get(tag)) registry.define(tag, constructor);
  }
}
