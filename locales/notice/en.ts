import type { NoticeMessages } from './messages.js';

export const en: NoticeMessages = {
  title: 'Privacy notice',
  updated: 'Last updated',
  contents: 'Contents',
  openAll: 'Open all sections',
  closeAll: 'Close all sections',
  headings: {
    controller: 'Controller',
    contact: 'Contact person and data protection officer',
    register: 'Name of the register',
    purposes: 'Purposes and legal basis',
    dataCategories: 'Personal data we process',
    sources: 'Sources',
    recipients: 'Recipients and disclosures',
    transfers: 'Transfers outside the EU/EEA',
    retention: 'Retention',
    security: 'Security',
    cookies: 'Cookies',
    automatedDecisions: 'Automated decisions and profiling',
    rights: 'Your rights',
    complaint: 'Complaint to the supervisory authority',
    changes: 'Changes',
  },
  party: {
    businessId: 'Business ID',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
  },
  purposes: {
    purpose: 'Purpose',
    basis: 'Legal basis',
    bases: {
      consent: { name: 'Consent', article: 'GDPR Article 6(1)(a)' },
      contract: { name: 'Contract', article: 'GDPR Article 6(1)(b)' },
      'legal-obligation': { name: 'Legal obligation', article: 'GDPR Article 6(1)(c)' },
      'vital-interests': { name: 'Vital interests', article: 'GDPR Article 6(1)(d)' },
      'public-task': { name: 'Public task or official authority', article: 'GDPR Article 6(1)(e)' },
      'legitimate-interests': { name: 'Legitimate interests', article: 'GDPR Article 6(1)(f)' },
    },
  },
  security: {
    manual: 'Manual records',
    electronic: 'Electronically processed data',
  },
  cookies: {
    standard: [
      'Cookies are small text files that a website stores in your browser. They let the site, for example, remember the choices you have made and recognise the same browser when you come back.',
      'Necessary cookies are always on, because the site does not work without them. We turn on other cookies only if you consent to them. You can change your choice or withdraw your consent at any time in the cookie settings, as easily as you gave it.',
    ],
    analytics: [
      { subheading: 'Google Analytics' },
      'If you allow analytics, we use Google Analytics for visitor statistics. Google Analytics collects information on how the site is used: for example the pages viewed, when and for how long, where visitors came from, device and browser details, and an approximate location derived from the IP address. It recognises the same browser again by means of cookies.',
      'The service is provided by Google Ireland Ltd. The data may also be processed outside the EU and the EEA, for example in the United States.',
    ],
    demographics: [
      { subheading: 'Demographics and advertising (Google signals)' },
      'If you also allow demographics and advertising, we turn on Google signals. Google then associates visits with information about users of Google accounts who have allowed ad personalisation, and we see aggregated estimates of our visitors\' age, gender and interests. We see this information only as statistics, never about an individual visitor. Google may also use the visit data to personalise ads.',
    ],
    googleControls: [
      { p: ['You can manage the ad settings of your Google account, such as ad personalisation, at ', { href: 'https://adssettings.google.com', text: 'adssettings.google.com' }, '.'] },
      { p: ['You can block Google Analytics on every website with Google\'s browser add-on: ', { href: 'https://tools.google.com/dlpage/gaoptout', text: 'Google Analytics opt-out add-on' }, '.'] },
    ],
    privacyPolicy: 'The provider\'s privacy policy',
    openSettings: 'Open cookie settings',
  },
  automatedNone: [
    'We do not make automated decisions based on your personal data that would have legal or similarly significant effects on you, and we do not profile you for such decisions.',
  ],
  rights: [
    'Under the General Data Protection Regulation you have the following rights:',
    {
      list: [
        'Right of access: you can ask whether we process your personal data and get a copy of it.',
        'Right to rectification: you can ask us to correct inaccurate data and complete incomplete data.',
        'Right to erasure: you can ask us to erase your data, for example when it is no longer needed for the purpose for which it was collected, or when you withdraw your consent. We cannot erase data that the law requires us to keep.',
        'Right to restriction of processing: you can ask us to restrict the processing of your data, for example while we verify whether it is accurate.',
        'Right to object: on grounds relating to your particular situation, you can object to processing based on legitimate interests. You can object to direct marketing at any time.',
        'Right to data portability: when processing is based on consent or a contract and is carried out by automated means, you can receive the data you have given us in a structured, commonly used and machine-readable format and transmit it to another controller.',
        'Right to withdraw consent: when processing is based on your consent, you can withdraw it at any time. Withdrawal does not affect the lawfulness of processing before it.',
      ],
    },
    'Send your request to the controller at the contact details in this notice. We may ask you to prove your identity. We answer without undue delay and within one month at the latest. If the request is complex or there are many requests, the period may be extended by up to two further months; we will tell you if so.',
  ],
  complaint: [
    'If you consider that the processing of your personal data infringes data protection law, you have the right to lodge a complaint with a supervisory authority. In Finland the supervisory authority is the Data Protection Ombudsman. You may also complain in the EU member state where you live or work, or where the alleged infringement took place.',
    {
      list: [
        ['Office of the Data Protection Ombudsman (', { fi: 'Tietosuojavaltuutetun toimisto' }, ')'],
        'Visiting address: Lintulahdenkuja 4, 00530 Helsinki',
        'Postal address: P.O. Box 800, 00531 Helsinki',
        ['Email: ', { href: 'mailto:tietosuoja@om.fi' }],
        ['Switchboard: ', { href: 'tel:+358295666700', text: '+358 29 566 6700' }],
        ['Website: ', { href: 'https://tietosuoja.fi', text: 'tietosuoja.fi' }],
      ],
    },
  ],
};
