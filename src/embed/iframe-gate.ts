// Existing markup: `<iframe data-category="…" data-src="…">` loads `data-src` while every category it
// names is granted, like a gated script, and goes back to a blank page when one is withdrawn. Without
// a `src` the browser requests nothing. Started by the embed chunk, which the loader fetches only on a
// page that has such an iframe.
import type { ConsentStore } from '../core/consent.js';

const SELECTOR = 'iframe[data-category][data-src]';

/** Gates the page's `iframe[data-category][data-src]` on `store`; returns the function that stops it. */
export function gateIframes(store: ConsentStore, document: Document): () => void {
  const offered = new Set(store.config.categories.map((c) => c.id));
  const told = new Set<string>();
  const apply = (): void => {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
      const categories = (frame.dataset.category ?? '').split(/\s+/).filter(Boolean);
      for (const id of categories) {
        if (offered.has(id) || told.has(id)) continue;
        told.add(id);
        console.warn(`suostumus: an iframe waits for the category "${id}", which the config does not offer, so it never loads. Add { "id": "${id}" } to "categories" in the config.`);
      }
      // Every named category must be granted; an empty list never is (fail closed).
      const allowed = categories.length > 0 && categories.every((id) => store.isGranted(id));
      const src = frame.dataset.src ?? '';
      if (allowed && frame.getAttribute('src') !== src) frame.src = src;
      // about:blank unloads the provider's page (removing `src` would leave it running).
      else if (!allowed && frame.hasAttribute('src') && frame.getAttribute('src') !== 'about:blank') frame.src = 'about:blank';
    }
  };
  apply();
  return store.subscribe(apply);
}
