import { en as banner } from './banner/en.js';
import type { Messages } from './messages.js';

export const en: Messages = {
  ...banner,
  actions: {
    ...banner.actions,
    save: 'Save choices',
    close: 'Close',
  },
  preferences: {
    heading: 'Cookie settings',
    intro: 'Choose which cookies you allow. Necessary cookies are always on. You can change your choices at any time.',
    alwaysOn: 'Always on',
    services: 'Services and cookies',
    cookieName: 'Cookie',
    cookiePurpose: 'Purpose',
    cookieDuration: 'Expires',
    cookieProvider: 'Provider',
    thirdParty: 'Third party',
    firstParty: 'This site',
    decidedOn: 'Decided on',
    consentId: 'Consent ID',
    gpc: 'Your browser\'s Global Privacy Control signal is honoured: optional cookies stay off until you turn them on yourself.',
  },
  categories: {
    necessary: {
      title: 'Necessary',
      description: 'Cookies the site needs to work, such as the one that stores this choice. They cannot be turned off.',
    },
    analytics: {
      title: 'Analytics',
      description: 'Google Analytics tells us how the site is used: visits, pages and devices. Google (a third party) processes the data, which may be transferred outside the EU.',
    },
    demographics: {
      title: 'Demographics and advertising',
      description: 'Google signals add estimates of visitors\' age, gender and interests to visits and allow ad personalisation. Requires analytics. Google processes the data.',
    },
    embeds: {
      title: 'Embedded content',
      description: 'Content from other services on our pages, such as videos and maps. When it loads, your browser sends your IP address and details of your device to the provider, who may set cookies and use the data for its own purposes.',
    },
  },
  google: {
    analyticsPurpose: 'Visitor statistics for improving the site',
    gaCookie: 'Tells visitors apart in the statistics.',
    gaContainerCookie: 'Keeps the state of the visit for the statistics.',
    demographicsPurpose: 'Demographics and interests, and ad personalisation',
    gclCookie: 'Links ad clicks to visits.',
    ideCookie: 'Google\'s advertising cookie, used by Google signals to recognise the visitor.',
    consentCookie: 'Stores your cookie choice.',
    twoYears: '2 years',
    threeMonths: '3 months',
    thirteenMonths: '13 months',
    consentDuration: '12 months',
  },
};
