// Applies the config's `theme` as `--suostumus-*` custom properties on an element (no Lit: the loader uses it).
import type { SuostumusConfig } from '../core/types.js';

/**
 * Sets each theme field as its custom property: `accent` → `--suostumus-accent`, `onAccent` →
 * `--suostumus-on-accent`. The fields and their values were checked by the config's rule table, so only
 * known names arrive here; CSSOM writes are allowed under a strict CSP.
 */
export function applyTheme(element: HTMLElement, theme: SuostumusConfig['theme']): void {
  for (const [key, value] of Object.entries(theme)) {
    if (typeof value === 'string') element.style.setProperty(`--suostumus-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  }
}
