// The privacy notice: its content model, the completeness check and <suostumus-notice>.
// No side effects: the element is registered by src/define.ts (or the script-tag bundle).
export { SuostumusNotice } from './notice.js';
export {
  parseNotice, readNotice, safeHref, isValidBusinessId, sectionIdForHash,
  SECTION_KEYS, SECTION_IDS, SECTION_ALIASES, LEGAL_BASES,
} from './model.js';
export type {
  Notice, RichText, Block, Inline, NoticeLink, ParagraphBlock, ListBlock, SubheadingBlock, Party, SectionBase,
  TextSection, ControllerSection, ContactSection, Purpose, PurposesSection, SecuritySection, CookiesSection,
  AutomatedDecisionsSection, StandardSection, ChangeEntry, ChangesSection, ExtraSection, LegalBasis, SectionKey,
} from './model.js';
export { checkNotice, REQUIRED_ELEMENTS } from './check.js';
export type { NoticeGap, RequiredElement } from './check.js';
export { noticeMessages } from '../../locales/notice/index.js';
export type { NoticeMessages, LegalBasisTexts } from '../../locales/notice/index.js';
