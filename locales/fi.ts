import { fi as banner } from './banner/fi.js';
import type { Messages } from './messages.js';

export const fi: Messages = {
  ...banner,
  actions: {
    ...banner.actions,
    save: 'Tallenna valinnat',
    close: 'Sulje',
  },
  preferences: {
    heading: 'Evästeasetukset',
    intro: 'Valitse, mitkä evästeet sallit. Välttämättömät evästeet ovat aina käytössä. Voit muuttaa valintojasi milloin tahansa.',
    alwaysOn: 'Aina käytössä',
    services: 'Palvelut ja evästeet',
    cookieName: 'Eväste',
    cookiePurpose: 'Tarkoitus',
    cookieDuration: 'Voimassa',
    cookieProvider: 'Tarjoaja',
    thirdParty: 'Kolmas osapuoli',
    firstParty: 'Sivusto itse',
    decidedOn: 'Valinta tehty',
    consentId: 'Suostumuksen tunniste',
    gpc: 'Selaimesi Global Privacy Control -signaali on huomioitu: valinnaiset evästeet ovat pois päältä, kunnes sallit ne itse.',
  },
  categories: {
    necessary: {
      title: 'Välttämättömät',
      description: 'Sivuston toiminnan kannalta välttämättömät evästeet, kuten tämä evästevalintasi. Niitä ei voi kytkeä pois.',
    },
    analytics: {
      title: 'Analytiikka',
      description: 'Google Analytics kertoo meille, miten sivustoa käytetään: käynnit, sivut ja laitteet. Tiedot käsittelee Google (kolmas osapuoli), ja niitä voidaan siirtää EU:n ulkopuolelle.',
    },
    demographics: {
      title: 'Demografiatiedot ja mainonta',
      description: 'Google-signaalit liittävät käynteihin arvioita kävijöiden iästä, sukupuolesta ja kiinnostuksen kohteista ja sallivat mainosten personoinnin. Vaatii analytiikan. Tiedot käsittelee Google.',
    },
    embeds: {
      title: 'Upotettu sisältö',
      description: 'Muiden palvelujen sisältö sivuillamme, kuten videot ja kartat. Kun sisältö latautuu, selaimesi lähettää palveluntarjoajalle IP-osoitteesi ja laitteesi tietoja, ja palvelu voi asettaa evästeitä ja käyttää tietoja omiin tarkoituksiinsa.',
    },
  },
  google: {
    analyticsPurpose: 'Kävijätilastot sivuston kehittämiseen',
    gaCookie: 'Erottaa kävijät toisistaan tilastoissa.',
    gaContainerCookie: 'Säilyttää käynnin tilan tilastoja varten.',
    demographicsPurpose: 'Demografia- ja kiinnostustiedot sekä mainosten personointi',
    gclCookie: 'Yhdistää mainosklikkaukset käynteihin.',
    ideCookie: 'Googlen mainoseväste, jota Google-signaalit käyttävät kävijän tunnistamiseen.',
    consentCookie: 'Tallentaa evästevalintasi.',
    twoYears: '2 vuotta',
    threeMonths: '3 kuukautta',
    thirteenMonths: '13 kuukautta',
    consentDuration: '12 kuukautta',
  },
};
