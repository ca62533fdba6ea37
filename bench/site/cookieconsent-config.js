/* global window */
// The benchmark's vanilla-cookieconsent 3.1.0 set-up, written the way a site would: three categories
// (necessary, analytics, demographics/ads), the same Finnish texts suostumus shows, Accept all / Reject
// all / Settings as equal buttons in a bottom bar, a cookie table per category, and Google's cookies
// cleared on withdrawal. Served as /cookieconsent-config.js after cookieconsent.umd.js (both deferred)
// and counted as part of vanilla's bytes: vanilla ships no texts, so the site must send them.
//
// hideFromBots is off only because the benchmark drives the browser over CDP (navigator.webdriver is
// true), which vanilla otherwise treats as a crawler and stops for.
(function () {
  var ga = 'Google Ireland Ltd.';
  var table = function (rows) {
    return {
      headers: { name: 'Eväste', purpose: 'Tarkoitus', duration: 'Voimassa', provider: 'Tarjoaja' },
      body: rows,
    };
  };
  window.CookieConsent.run({
    hideFromBots: false,
    revision: 1,
    guiOptions: {
      consentModal: { layout: 'bar', position: 'bottom', equalWeightButtons: true, flipButtons: false },
      preferencesModal: { layout: 'box', equalWeightButtons: true, flipButtons: false },
    },
    cookie: { name: 'cc_cookie', expiresAfterDays: function (type) { return type === 'necessary' ? 182 : 365; } },
    categories: {
      necessary: { enabled: true, readOnly: true },
      analytics: {
        autoClear: { cookies: [{ name: /^_ga/ }, { name: '_gid' }] },
      },
      ads: {
        autoClear: { cookies: [{ name: /^_gcl_/ }] },
      },
    },
    language: {
      default: 'fi',
      translations: {
        fi: {
          consentModal: {
            label: 'Evästeilmoitus',
            title: 'Evästeet ja yksityisyys',
            description: 'Käytämme välttämättömiä evästeitä sivuston toimintaan. Analytiikka- ja demografiaevästeet otamme käyttöön vain, jos hyväksyt ne. Voit muuttaa valintaasi milloin tahansa Evästeasetukset-painikkeesta.',
            acceptAllBtn: 'Hyväksy kaikki',
            acceptNecessaryBtn: 'Hylkää kaikki',
            showPreferencesBtn: 'Asetukset',
            footer: '<a href="/tietosuojaseloste">Tietosuojaseloste</a>',
          },
          preferencesModal: {
            title: 'Evästeasetukset',
            acceptAllBtn: 'Hyväksy kaikki',
            acceptNecessaryBtn: 'Hylkää kaikki',
            savePreferencesBtn: 'Tallenna valinnat',
            closeIconLabel: 'Sulje',
            sections: [
              {
                description: 'Valitse, mitkä evästeet sallit. Välttämättömät evästeet ovat aina käytössä. Voit muuttaa valintojasi milloin tahansa.',
              },
              {
                title: 'Välttämättömät <span class="pm__badge">Aina käytössä</span>',
                description: 'Sivuston toiminnan kannalta välttämättömät evästeet, kuten tämä evästevalintasi. Niitä ei voi kytkeä pois.',
                linkedCategory: 'necessary',
                cookieTable: table([
                  { name: 'cc_cookie', purpose: 'Tallentaa evästevalintasi.', duration: '12 kuukautta', provider: 'Sivusto itse' },
                ]),
              },
              {
                title: 'Analytiikka',
                description: 'Google Analytics kertoo meille, miten sivustoa käytetään: käynnit, sivut ja laitteet. Tiedot käsittelee Google (kolmas osapuoli), ja niitä voidaan siirtää EU:n ulkopuolelle.',
                linkedCategory: 'analytics',
                cookieTable: table([
                  { name: '_ga', purpose: 'Erottaa kävijät toisistaan tilastoissa.', duration: '2 vuotta', provider: ga },
                  { name: '_ga_BENCH12345', purpose: 'Säilyttää käynnin tilan tilastoja varten.', duration: '2 vuotta', provider: ga },
                ]),
              },
              {
                title: 'Demografiatiedot ja mainonta',
                description: 'Google-signaalit liittävät käynteihin arvioita kävijöiden iästä, sukupuolesta ja kiinnostuksen kohteista ja sallivat mainosten personoinnin. Vaatii analytiikan. Tiedot käsittelee Google.',
                linkedCategory: 'ads',
                cookieTable: table([
                  { name: '_gcl_au', purpose: 'Yhdistää mainosklikkaukset käynteihin.', duration: '3 kuukautta', provider: ga },
                  { name: 'IDE (doubleclick.net)', purpose: 'Googlen mainoseväste, jota Google-signaalit käyttävät kävijän tunnistamiseen.', duration: '13 kuukautta', provider: ga },
                ]),
              },
            ],
          },
        },
      },
    },
  });
})();
