// The shape every locale fills in. A locale that misses a key, or adds one, does not compile.

export interface CategoryTexts {
  title: string;
  description: string;
}

/** The banner's texts, a chunk of their own: a first visit needs nothing else. */
export interface BannerMessages {
  banner: {
    heading: string;
    body: string;
    noticeLink: string;
    gpc: string;
    label: string;
    /** The language switch's label (the dialog's too). */
    language: string;
  };
  actions: {
    acceptAll: string;
    rejectAll: string;
    settings: string;
  };
  /** Announced by a live region after a decision. */
  confirmation: {
    accepted: string;
    rejected: string;
    saved: string;
  };
}

export interface Messages extends BannerMessages {
  actions: BannerMessages['actions'] & {
    save: string;
    close: string;
  };
  preferences: {
    heading: string;
    intro: string;
    alwaysOn: string;
    services: string;
    cookieName: string;
    cookiePurpose: string;
    cookieDuration: string;
    cookieProvider: string;
    thirdParty: string;
    firstParty: string;
    decidedOn: string;
    consentId: string;
    gpc: string;
  };
  categories: {
    necessary: CategoryTexts;
    analytics: CategoryTexts;
    demographics: CategoryTexts;
    /** Embedded content (src/embed): videos, maps and other sites' iframes. */
    embeds: CategoryTexts;
  };
  google: {
    analyticsPurpose: string;
    gaCookie: string;
    gaContainerCookie: string;
    demographicsPurpose: string;
    gclCookie: string;
    ideCookie: string;
    consentCookie: string;
    twoYears: string;
    threeMonths: string;
    thirteenMonths: string;
    consentDuration: string;
  };
}
