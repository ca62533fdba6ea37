import type { NoticeMessages } from './messages.js';

export const fi: NoticeMessages = {
  title: 'Tietosuojaseloste',
  updated: 'Päivitetty',
  contents: 'Sisällys',
  openAll: 'Avaa kaikki kohdat',
  closeAll: 'Sulje kaikki kohdat',
  headings: {
    controller: 'Rekisterinpitäjä',
    contact: 'Yhteyshenkilö ja tietosuojavastaava',
    register: 'Rekisterin nimi',
    purposes: 'Käsittelyn tarkoitus ja oikeusperuste',
    dataCategories: 'Käsiteltävät henkilötiedot',
    sources: 'Tietolähteet',
    recipients: 'Vastaanottajat ja luovutukset',
    transfers: 'Siirrot EU:n tai ETA:n ulkopuolelle',
    retention: 'Säilytysaika',
    security: 'Suojauksen periaatteet',
    cookies: 'Evästeet',
    automatedDecisions: 'Automaattinen päätöksenteko ja profilointi',
    rights: 'Rekisteröidyn oikeudet',
    complaint: 'Valitus valvontaviranomaiselle',
    changes: 'Muutokset',
  },
  party: {
    businessId: 'Y-tunnus',
    address: 'Osoite',
    phone: 'Puhelin',
    email: 'Sähköposti',
    website: 'Verkkosivusto',
  },
  purposes: {
    purpose: 'Tarkoitus',
    basis: 'Oikeusperuste',
    bases: {
      consent: { name: 'Suostumus', article: 'tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta' },
      contract: { name: 'Sopimus', article: 'tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta' },
      'legal-obligation': { name: 'Lakisääteinen velvoite', article: 'tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta' },
      'vital-interests': { name: 'Elintärkeiden etujen suojaaminen', article: 'tietosuoja-asetuksen 6 artiklan 1 kohdan d alakohta' },
      'public-task': { name: 'Yleistä etua koskeva tehtävä tai julkisen vallan käyttö', article: 'tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta' },
      'legitimate-interests': { name: 'Oikeutettu etu', article: 'tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta' },
    },
  },
  security: {
    manual: 'Manuaalinen aineisto',
    electronic: 'Sähköisesti käsiteltävät tiedot',
  },
  cookies: {
    standard: [
      'Evästeet ovat pieniä tekstitiedostoja, jotka verkkosivusto tallentaa selaimeesi. Niiden avulla sivusto voi esimerkiksi muistaa tekemäsi valinnat ja tunnistaa saman selaimen, kun palaat sivustolle.',
      'Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä. Muut evästeet otamme käyttöön vain, jos annat niihin suostumuksesi. Voit muuttaa valintaasi tai peruuttaa suostumuksesi milloin tahansa evästeasetuksista yhtä helposti kuin annoit sen.',
    ],
    analytics: [
      { subheading: 'Google Analytics' },
      'Jos sallit analytiikan, käytämme Google Analytics -palvelua kävijätilastoihin. Google Analytics kerää tietoa siitä, miten sivustoa käytetään: esimerkiksi katsotut sivut, käyntien ajankohdat ja kestot, mistä sivustolle tultiin, laitteen ja selaimen tiedot sekä IP-osoitteen perusteella päätellyn likimääräisen sijainnin. Se tunnistaa saman selaimen uudelleen evästeiden avulla.',
      'Palvelun tarjoaa Google Ireland Ltd. Tietoja voidaan käsitellä myös EU:n ja ETA:n ulkopuolella, esimerkiksi Yhdysvalloissa.',
    ],
    demographics: [
      { subheading: 'Demografiatiedot ja mainonta (Google-signaalit)' },
      'Jos sallit myös demografiatiedot ja mainonnan, otamme käyttöön Google-signaalit. Silloin Google liittää käynteihin tietoja niiden Google-tilien käyttäjistä, jotka ovat sallineet mainosten personoinnin, ja me näemme koottuja arvioita kävijöiden iästä, sukupuolesta ja kiinnostuksen kohteista. Näemme nämä tiedot vain tilastoina, emme yksittäisen kävijän tietoina. Google voi käyttää käyntitietoja myös mainosten personointiin.',
    ],
    googleControls: [
      { p: ['Google-tilisi mainosasetuksia, kuten mainosten personointia, voit hallita osoitteessa ', { href: 'https://adssettings.google.com', text: 'adssettings.google.com' }, '.'] },
      { p: ['Google Analyticsin voit estää kaikilla sivustoilla Googlen selainlaajennuksella: ', { href: 'https://tools.google.com/dlpage/gaoptout', text: 'Google Analytics -estolaajennus' }, '.'] },
    ],
    privacyPolicy: 'Palveluntarjoajan tietosuojaseloste',
    openSettings: 'Avaa evästeasetukset',
  },
  automatedNone: [
    'Emme tee henkilötietojesi perusteella automaattisia päätöksiä, joilla olisi sinuun kohdistuvia oikeusvaikutuksia tai muita vastaavia merkittäviä vaikutuksia, emmekä profiloi sinua tällaisia päätöksiä varten.',
  ],
  rights: [
    'Sinulla on tietosuoja-asetuksen mukaan seuraavat oikeudet:',
    {
      list: [
        'Oikeus saada pääsy tietoihin: voit pyytää tiedon siitä, käsittelemmekö henkilötietojasi, ja saada jäljennöksen tiedoistasi.',
        'Oikeus tietojen oikaisemiseen: voit pyytää korjaamaan virheelliset tiedot ja täydentämään puutteelliset tiedot.',
        'Oikeus tietojen poistamiseen: voit pyytää poistamaan tietosi esimerkiksi silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin, tai kun peruutat suostumuksesi. Tietoja, jotka meidän on lain mukaan säilytettävä, emme voi poistaa.',
        'Oikeus käsittelyn rajoittamiseen: voit pyytää rajoittamaan tietojesi käsittelyä esimerkiksi siksi aikaa, kun selvitämme, pitävätkö tiedot paikkansa.',
        'Oikeus vastustaa käsittelyä: voit henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa käsittelyä, joka perustuu oikeutettuun etuun. Suoramarkkinointia voit vastustaa milloin tahansa.',
        'Oikeus siirtää tiedot järjestelmästä toiseen: kun käsittely perustuu suostumukseen tai sopimukseen ja tapahtuu automaattisesti, voit saada itse antamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.',
        'Oikeus peruuttaa suostumus: kun käsittely perustuu suostumukseesi, voit peruuttaa sen milloin tahansa. Peruuttaminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen.',
      ],
    },
    'Lähetä pyyntösi rekisterinpitäjälle tässä selosteessa kerrottuihin yhteystietoihin. Voimme pyytää sinua todistamaan henkilöllisyytesi. Vastaamme ilman aiheetonta viivytystä, viimeistään kuukauden kuluessa. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa enintään kahdella kuukaudella; kerromme siitä sinulle.',
  ],
  complaint: [
    'Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojasäännöksiä, sinulla on oikeus tehdä valitus valvontaviranomaiselle. Suomessa valvontaviranomainen on tietosuojavaltuutettu. Voit tehdä valituksen myös siinä EU:n jäsenvaltiossa, jossa asut vakinaisesti tai työskentelet tai jossa väitetty rikkominen on tapahtunut.',
    {
      list: [
        'Tietosuojavaltuutetun toimisto',
        'Käyntiosoite: Lintulahdenkuja 4, 00530 Helsinki',
        'Postiosoite: PL 800, 00531 Helsinki',
        ['Sähköposti: ', { href: 'mailto:tietosuoja@om.fi' }],
        ['Vaihde: ', { href: 'tel:+358295666700', text: '029 566 6700' }],
        ['Verkkosivusto: ', { href: 'https://tietosuoja.fi', text: 'tietosuoja.fi' }],
      ],
    },
  ],
};
