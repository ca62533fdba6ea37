// The banner's texts: all a first visit needs. The settings dialog's texts (sv.ts) build on them.
import type { BannerMessages } from '../messages.js';

export const sv: BannerMessages = {
  banner: {
    heading: 'Kakor och integritet',
    body: 'Vi använder nödvändiga kakor för att webbplatsen ska fungera. Andra kakor tar vi i bruk endast om du godkänner dem; under Inställningar ser du vilka de är. Du kan ändra ditt val när som helst med knappen Cookieinställningar.',
    noticeLink: 'Dataskyddsbeskrivning',
    gpc: 'Din webbläsare skickar en Global Privacy Control-signal, så valfria kakor är avstängda.',
    label: 'Meddelande om kakor',
    language: 'Språk',
  },
  actions: {
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    settings: 'Inställningar',
  },
  confirmation: {
    accepted: 'Alla kakor godkända.',
    rejected: 'Valfria kakor avvisade.',
    saved: 'Dina val har sparats.',
  },
};
