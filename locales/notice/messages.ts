// The privacy notice's shipped texts. A separate set from the banner's (../messages.ts), so that they are
// loaded only with <suostumus-notice>. A locale that misses a key, or adds one, does not compile.
//
// Standard texts are rich text (../../src/notice/types.ts): paragraphs, lists, subheadings and links,
// never HTML. A site replaces any of them per section (`standard: false` plus its own `text`, or `heading`).

import type { Block, LegalBasis, SectionKey } from '../../src/notice/types.js';

export interface LegalBasisTexts {
  /** E.g. "Sopimus" / "Contract". */
  name: string;
  /** Where the basis is in the GDPR, e.g. "GDPR Article 6(1)(b)". */
  article: string;
}

export interface NoticeMessages {
  /** The default title. */
  title: string;
  /** Before the date of the last update. */
  updated: string;
  /** The table of contents' label. */
  contents: string;
  openAll: string;
  closeAll: string;
  headings: Record<SectionKey, string>;
  /** Labels of a controller's or contact person's details. */
  party: {
    businessId: string;
    address: string;
    phone: string;
    email: string;
    website: string;
  };
  purposes: {
    /** Column headings of the purposes table. */
    purpose: string;
    basis: string;
    bases: Record<LegalBasis, LegalBasisTexts>;
  };
  security: {
    manual: string;
    electronic: string;
  };
  cookies: {
    /** What cookies are and how consent works here. */
    standard: Block[];
    /** What Google Analytics collects (shown when the site uses it). */
    analytics: Block[];
    /** What Google signals / demographics collect. */
    demographics: Block[];
    /** Google's ad settings and the Analytics opt-out add-on. */
    googleControls: Block[];
    /** Link text of a service's privacy policy. */
    privacyPolicy: string;
    /** The button that opens the cookie settings. */
    openSettings: string;
  };
  /** `automatedDecisions.none`: no automated decisions or profiling. */
  automatedNone: Block[];
  /** The data subject's rights (GDPR articles 15–21 and 7(3)) and how to use them. */
  rights: Block[];
  /** The right to complain, with the Finnish supervisory authority's contact details. */
  complaint: Block[];
}
