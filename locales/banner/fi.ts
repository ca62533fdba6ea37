// The banner's texts: all a first visit needs. The settings dialog's texts (fi.ts) build on them.
import type { BannerMessages } from '../messages.js';

export const fi: BannerMessages = {
  banner: {
    heading: 'Evästeet ja yksityisyys',
    body: 'Käytämme välttämättömiä evästeitä sivuston toimintaan. Muut evästeet otamme käyttöön vain, jos hyväksyt ne; Asetuksista näet, mitä ne ovat. Voit muuttaa valintaasi milloin tahansa Evästeasetukset-painikkeesta.',
    noticeLink: 'Tietosuojaseloste',
    gpc: 'Selaimesi lähettää Global Privacy Control -signaalin, joten valinnaiset evästeet ovat pois päältä.',
    label: 'Evästeilmoitus',
    language: 'Kieli',
  },
  actions: {
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    settings: 'Asetukset',
  },
  confirmation: {
    accepted: 'Kaikki evästeet hyväksytty.',
    rejected: 'Valinnaiset evästeet hylätty.',
    saved: 'Evästevalinnat tallennettu.',
  },
};
