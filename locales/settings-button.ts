// The settings button's label: the one text the small returning-visitor loader needs, kept apart
// from the full message tables so the loader does not carry them.
import type { Language } from '../src/core/types.js';

export const settingsButtonLabels: Record<Language, string> = {
  fi: 'Evästeasetukset',
  en: 'Cookie settings',
  sv: 'Cookieinställningar',
};
