// The check's words in every language, for the check chunk (which carries all three: it is fetched only
// when something is wrong or on a development host, and the panel follows the page's language).
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import type { Language } from '../../src/core/types.js';
import type { CheckMessages } from './messages.js';

export type { CheckMessages, CheckProblem } from './messages.js';

export const CHECK_MESSAGES: Readonly<Record<Language, CheckMessages>> = { fi, en, sv };
