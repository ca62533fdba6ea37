// Applies the config's `theme` as `--suostumus-*` custom properties on an element (no Lit: the loader uses it).
import type { SuostumusConfig } from '../core/types.js';

const THEME_PROPERTIES: Record<string, string> = {
  accent: '--suostumus-accent',
  onAccent: '--suostumus-on-accent',
  background: '--suostumus-background',
  text: '--suostumus-text',
  radius: '--suostumus-radius',
  font: '--suostumus-font',
};

export function applyTheme(element: HTMLElement, theme: SuostumusConfig['theme']): void {
  // Values were validated by parseConfig; CSSOM writes are allowed under a strict CSP.
  for (const [key, value] of Object.entries(theme)) {
    const name = THEME_PROPERTIES[key];
    if (name && typeof value === 'string') element.style.setProperty(name, value);
  }
}
