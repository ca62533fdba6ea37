import { sv as banner } from './banner/sv.js';
import type { Messages } from './messages.js';

export const sv: Messages = {
  ...banner,
  actions: {
    ...banner.actions,
    save: 'Spara val',
    close: 'Stäng',
  },
  preferences: {
    heading: 'Cookieinställningar',
    intro: 'Välj vilka kakor du tillåter. Nödvändiga kakor är alltid på. Du kan ändra dina val när som helst.',
    alwaysOn: 'Alltid på',
    services: 'Tjänster och kakor',
    cookieName: 'Kaka',
    cookiePurpose: 'Syfte',
    cookieDuration: 'Giltig',
    cookieProvider: 'Leverantör',
    thirdParty: 'Tredje part',
    firstParty: 'Webbplatsen själv',
    decidedOn: 'Valet gjordes',
    consentId: 'Samtyckets ID',
    gpc: 'Din webbläsares Global Privacy Control-signal respekteras: valfria kakor är avstängda tills du själv slår på dem.',
  },
  categories: {
    necessary: {
      title: 'Nödvändiga',
      description: 'Kakor som webbplatsen behöver för att fungera, till exempel den som sparar detta val. De kan inte stängas av.',
    },
    analytics: {
      title: 'Analys',
      description: 'Google Analytics berättar hur webbplatsen används: besök, sidor och enheter. Google (tredje part) behandlar uppgifterna, som kan överföras utanför EU.',
    },
    demographics: {
      title: 'Demografi och annonser',
      description: 'Google-signaler lägger till uppskattningar av besökarnas ålder, kön och intressen och tillåter personanpassade annonser. Kräver analys. Google behandlar uppgifterna.',
    },
    embeds: {
      title: 'Inbäddat innehåll',
      description: 'Innehåll från andra tjänster på våra sidor, till exempel videor och kartor. När det laddas skickar din webbläsare din IP-adress och uppgifter om din enhet till leverantören, som kan sätta kakor och använda uppgifterna för egna ändamål.',
    },
  },
  google: {
    analyticsPurpose: 'Besöksstatistik för att utveckla webbplatsen',
    gaCookie: 'Skiljer besökare åt i statistiken.',
    gaContainerCookie: 'Sparar besökets tillstånd för statistiken.',
    demographicsPurpose: 'Demografi och intressen samt personanpassade annonser',
    gclCookie: 'Kopplar annonsklick till besök.',
    ideCookie: 'Googles annonskaka som Google-signaler använder för att känna igen besökaren.',
    consentCookie: 'Sparar ditt val om kakor.',
    twoYears: '2 år',
    threeMonths: '3 månader',
    thirteenMonths: '13 månader',
    consentDuration: '12 månader',
  },
};
