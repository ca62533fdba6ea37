// The privacy notice: its content model, the completeness check and <suostumus-notice>.
// types.ts the model, parse.ts reading it, rich-text.ts text and links, render.ts + sections.ts the
// templates (one per section), notice.ts the element's lifecycle, check.ts the GDPR article 13 check.
// No side effects: the element is registered by src/define.ts (or the script-tag bundle).
export { SuostumusNotice } from './notice.js';
export { defineNotice } from './lazy.js';
export type { NoticeModule } from './lazy.js';
export { parseNotice, readNotice, isValidBusinessId, sectionIdForHash } from './parse.js';
export { safeHref } from './rich-text.js';
export { SECTION_KEYS, SECTION_IDS, SECTION_ALIASES, LEGAL_BASES } from './types.js';
export type {
  Notice, RichText, Block, Inline, NoticeLink, ParagraphBlock, ListBlock, SubheadingBlock, Party, SectionBase,
  TextSection, ControllerSection, ContactSection, Purpose, PurposesSection, SecuritySection, CookiesSection,
  AutomatedDecisionsSection, StandardSection, ChangeEntry, ChangesSection, ExtraSection, LegalBasis, SectionKey,
} from './types.js';
export { checkNotice, REQUIRED_ELEMENTS } from './check.js';
export type { NoticeGap, RequiredElement } from './check.js';
export { noticeMessages } from '../../locales/notice/index.js';
export type { NoticeMessages, LegalBasisTexts } from '../../locales/notice/index.js';
