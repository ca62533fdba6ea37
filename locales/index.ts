import type { Language } from '../src/core/types.js';
import { en } from './en.js';
import { fi } from './fi.js';
import type { Messages } from './messages.js';
import { sv } from './sv.js';

export type { Messages, CategoryTexts } from './messages.js';

export const messages: Record<Language, Messages> = { fi, en, sv };
