// The banner's texts: all a first visit needs. The settings dialog's texts (en.ts) build on them.
import type { BannerMessages } from '../messages.js';

export const en: BannerMessages = {
  banner: {
    heading: 'Cookies and privacy',
    body: 'We use necessary cookies to make this site work. We turn on other cookies only if you accept them; Settings shows what they are. You can change your choice at any time from the Cookie settings button.',
    noticeLink: 'Privacy notice',
    gpc: 'Your browser sends a Global Privacy Control signal, so optional cookies are off.',
    label: 'Cookie notice',
    language: 'Language',
  },
  actions: {
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
  },
  confirmation: {
    accepted: 'All cookies accepted.',
    rejected: 'Optional cookies rejected.',
    saved: 'Cookie choices saved.',
  },
};
