import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { languageNames } from '../../locales/language-names.js';
import { LANGUAGES } from '../core/types.js';
import type { Language } from '../core/types.js';

/** A labelled language switch; each option names its language in that language. */
export function languageSelect(current: Language, label: string, onChange: (language: Language) => void): TemplateResult {
  const change = (event: Event): void => {
    onChange((event.target as HTMLSelectElement).value as Language);
  };
  return html`<label class="language" part="language">
    <span>${label}</span>
    <select @change=${change}>
      ${LANGUAGES.map((language) => html`<option value=${language} lang=${language} ?selected=${language === current}>${languageNames[language]}</option>`)}
    </select>
  </label>`;
}
