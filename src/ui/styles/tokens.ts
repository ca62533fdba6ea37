import { unsafeCSS } from 'lit';
import { tokensCss } from './tokens-css.js';

/** The shared theme tokens and base styles, for Lit elements (the text is constant, never from a config). */
export const tokens = unsafeCSS(tokensCss);
