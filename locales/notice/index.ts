import type { Language } from '../../src/core/types.js';
import { en } from './en.js';
import { fi } from './fi.js';
import type { NoticeMessages } from './messages.js';
import { sv } from './sv.js';

export type { NoticeMessages, LegalBasisTexts } from './messages.js';

export const noticeMessages: Record<Language, NoticeMessages> = { fi, en, sv };
