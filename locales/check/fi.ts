// The check's words in Finnish.
import type { CheckMessages } from './messages.js';

export const fi: CheckMessages = {
  heading: 'suostumus: korjattavaa tällä sivulla: {count}',
  note: 'Näet tämän, koska sivu on kehityspalvelimella ({host}) tai sen script-tagissa on data-debug. Julkaistun sivuston kävijät eivät koskaan näe tätä: siellä suostumus kirjoittaa nämä rivit selaimen konsoliin eikä käynnistä mitään suostumusta vaativaa.',
  close: 'Sulje',
  problems: {
    configInvalid: 'asetuksissa (config) on virheitä: {count}, joten mitään suostumusta vaativaa ei käynnistetty. Korjaa alla nimetyt kentät:',
    placeholder: '{path} on "{value}", esimerkin paikkamerkki. Kirjoita oma tunnuksesi: Google Analytics, Järjestelmänvalvoja > Tietovirrat (G-…), tai Tag Managerin työtila (GTM-…).',
    universal: '{path} on "{value}", Universal Analyticsin tunnus. Universal Analytics lopetettiin heinäkuussa 2023: luo Google Analytics 4 -omaisuus ja käytä sen mittaustunnusta (G-…).',
    container: '{path} on "{value}", Tag Managerin säilön tunnus. Siirrä se kenttään google.tagManagerId.',
    measurement: '{path} on "{value}", Google Analyticsin mittaustunnus. Siirrä se kenttään google.measurementId.',
    json: 'asetukset kohteessa {where} eivät ole kelvollista JSONia ({reason}), joten mitään suostumusta vaativaa ei käynnistetty.',
    jsonLine: 'Virhe on tiedoston {file} rivillä {line}.',
    trailingComma: 'Rivi {line}: pilkku ennen merkkiä } tai ]. JSON ei salli pilkkua viimeisen kohdan jälkeen: poista se.',
    singleQuote: 'Rivi {line}: yksinkertaiset lainausmerkit. JSON vaatii kaksinkertaiset "näin".',
    comment: 'Rivi {line}: kommentti. JSONissa ei ole kommentteja: poista se.',
    unquotedKey: 'Rivi {line}: nimi ilman lainausmerkkejä. Kirjoita "google": eikä google:.',
    empty: 'asetuselementti <script id="suostumus-config"> on tyhjä; kirjoita {} oletusasetuksille. Mitään suostumusta vaativaa ei käynnistetty.',
    configHttp: 'asetuksia ei voitu ladata osoitteesta {url} (HTTP {status}); mitään suostumusta vaativaa ei käynnistetty. Tarkista data-config-osoite ja että tiedosto on palvelimella.',
    configUnreachable: 'asetuksia ei voitu ladata osoitteesta {url}; mitään suostumusta vaativaa ei käynnistetty. Tarkista data-config-osoite; toisella sivustolla olevalle tiedostolle tarvitaan otsake Access-Control-Allow-Origin.',
    noConfig: 'asetuksia ei löytynyt, joten kävijältä ei kysytä mitään eikä Google Analyticsia käynnistetä. Lisää sivulle <script type="application/json" id="suostumus-config">{ … }</script>.',
    wrongId: 'asetuselementin id on "{id}"; suostumus lukee vain elementin id="suostumus-config". Vaihda id.',
    googleTag: 'sivulla on Googlen oma tagi ({url}): se lataa Googlen ennen suostumusta, mitä Suomen laki ei salli. Poista Googlen koodi sivulta: suostumus lataa Google Analyticsin itse, kun kävijä sallii sen.',
    googleTagGranted: 'sivulla on myös Googlen oma tagi ({url}): kävijöille, jotka eivät ole sallineet analytiikkaa, se lataa Googlen ennen suostumusta. Poista Googlen koodi sivulta: suostumus lataa Google Analyticsin itse.',
    chunk: 'tiedostoa {file} ei voitu ladata kansiosta {folder}, joten osa suostumuksesta puuttuu. Kopioi julkaisun jokainen suostumus*.js-tiedosto suostumus.js:n viereen.',
    chunkMissing: 'Nämä tiedostot puuttuvat kansiosta {folder}: {files}. Kopioi ne suostumus.js:n viereen.',
    crossOrigin: 'suostumus.js tulee toiselta sivustolta ({origin}): sen tiedostoille tarvitaan otsake Access-Control-Allow-Origin: {page}.',
    noticeUrl: 'noticeUrl "{url}" vastaa HTTP {status}: bannerin linkki tietosuojaselosteeseen ei vie minnekään. Anna selostesivun oikea osoite (monella palvelimella se päättyy .html).',
    unexpected: 'pysähtyi: {reason}; mitään suostumusta vaativaa ei käynnistetty.',
    cookieDomain: 'cookie.domain "{domain}" ei kata tätä osoitetta ({host}): selain hylkää suostumusevästeen ja kävijältä kysytään uudelleen joka sivulla. Aseta cookie.domain tämän osoitteen verkkotunnukseksi tai jätä se pois.',
  },
};
