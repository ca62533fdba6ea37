// The headings owners give the standard sections, in Finnish, Swedish and English: data, not code.
// A heading is matched by the phrases below (lowercase, compared after folding case and spacing);
// when phrases of several sections occur in one heading, the one that occurs first wins
// ("Tietojen luovutukset, myös EU:n ulkopuolelle" is about disclosures first). A phrase marked `~` is
// generic ("oikeus", "right to"): it counts only when no other phrase matches, so "Oikeus tehdä valitus"
// is the complaint. Add a variant here, never in the walker. Phrases are stems where words inflect
// ("säilyt" covers säilytys, säilytysaika, säilyttäminen).

import type { SectionKey } from '../notice/types.js';

/** Phrases that name each built-in section, in fi, sv and en. */
export const HEADING_SYNONYMS: Readonly<Record<SectionKey, readonly string[]>> = {
  controller: [
    'rekisterinpitäjä', 'rekisterin pitäjä', 'rekisterinpitäjän yhteystiedot', 'henkilötietojen käsittelijä',
    'personuppgiftsansvarig', 'registeransvarig', 'registerförare',
    'controller', 'data controller', 'who we are',
  ],
  contact: [
    'yhteyshenkilö', 'tietosuojavastaava', 'yhteydenotot', 'yhteystiedot',
    'kontaktperson', 'dataskyddsombud', 'kontaktuppgifter',
    'contact person', 'data protection officer', 'dpo', 'contact details', 'contact us', 'how to contact',
  ],
  register: [
    'rekisterin nimi', 'rekisterin yleinen nimi', 'registrets namn', 'name of the register', 'register name', 'name of register',
  ],
  purposes: [
    'käsittelyn tarkoitus', 'käyttötarkoitus', '~tarkoitus', 'oikeusperuste', 'käsittelyperuste', 'käsittelyn peruste',
    'ändamål', 'rättslig grund', 'syftet med', 'syfte',
    'purpose', 'legal basis', 'lawful basis', 'why we process', 'basis for processing',
  ],
  dataCategories: [
    'tietosisältö', 'henkilötietoryhmät', 'tietoryhmät', 'käsiteltävät tiedot', 'käsiteltävät henkilötiedot',
    'tiedot, joita käsittelemme', 'tiedot joita käsittelemme', 'mitä tietoja', 'kerättävät tiedot', 'rekisterin tiedot',
    'kategorier av personuppgifter', 'personuppgifter som behandlas', 'vilka uppgifter', 'registrets innehåll', 'uppgifter som behandlas',
    'categories of personal data', 'personal data we process', 'data we collect', 'data we process', 'what data', 'information we collect',
  ],
  sources: [
    'tietolähteet', 'tietolähde', 'mistä saamme', 'källor', 'varifrån', 'uppgiftskällor', 'sources', 'source of', 'where we get',
  ],
  recipients: [
    'luovutukset', 'luovuttaminen', 'luovutus', 'vastaanottaja', 'käsittelijät',
    'utlämnande', 'mottagare', 'överlåtelse',
    'recipients', 'disclosure', 'sharing', 'who we share',
  ],
  transfers: [
    'eu:n ulkopuolelle', 'eta:n ulkopuolelle', 'tietojen siirto', 'euroopan talousalueen ulkopuolelle', 'kolmansiin maihin', 'siirrot',
    'utanför eu', 'utanför ees', 'tredje land', 'överföring',
    'outside the eu', 'outside the eea', 'international transfers', 'transfers', 'third countries',
  ],
  retention: [
    'säilytysaika', 'säilyt', 'hävittäminen', 'arkistointi',
    'lagringstid', 'bevarande', 'lagring', 'hur länge',
    'retention', 'how long', 'storage period', 'keep your data',
  ],
  security: [
    'suojauksen periaatteet', 'suojaus', 'tietoturva', 'säkerhet', 'skydd av', 'security', 'protection of data', 'how we protect',
  ],
  cookies: ['evästeet', 'eväste', 'kakor', 'cookies', 'cookie'],
  automatedDecisions: [
    'automaattinen päätöksenteko', 'automaattinen käsittely', 'automatisoitu', 'profilointi',
    'automatiserat beslutsfattande', 'automatiserade beslut', 'profilering',
    'automated decision', 'automated processing', 'profiling',
  ],
  rights: [
    'rekisteröidyn oikeudet', 'oikeutesi', 'oikeudet', 'tarkastusoikeus', 'oikeus tarkastaa', 'oikeus vaatia', 'oikeus kieltää',
    'oikeus peruuttaa', 'oikeus siirtää', 'oikeus rajoittaa', 'oikeus tulla unohdetuksi', 'rajoittamisoikeus', 'vastustamisoikeus',
    '~oikeus', 'dina rättigheter', 'rättigheter', '~rätt att', '~rätt till',
    'your rights', 'rights', 'right of access', '~right to',
  ],
  complaint: [
    'valitus', 'valvontaviranomai', 'tietosuojavaltuutettu', 'klagomål', 'tillsynsmyndighet', 'complaint', 'supervisory authority', 'lodge a complaint',
  ],
  changes: [
    'muutokset', 'muutoshistoria', 'päivitykset', 'selosteen päivittäminen', 'ändringar', 'uppdateringar', 'changes', 'updates to this',
  ],
};

/** Labels of the notice's date ("Laatimispäivä 10.03.2021"): the line is the date, not a paragraph. */
export const DATE_LABELS: readonly string[] = [
  'laatimispäivä', 'laadittu', 'päivitetty', 'viimeksi päivitetty', 'päivitys', 'muutettu', 'päiväys', 'voimassa alkaen',
  'upprättad', 'uppdaterad', 'senast uppdaterad', 'datum',
  'last updated', 'updated', 'date', 'effective date', 'last modified',
];

/** Titles that name the whole document: a first line like these is the notice's title. */
export const TITLE_WORDS: readonly string[] = [
  'tietosuojaseloste', 'rekisteriseloste', 'tietosuojakäytäntö', 'tietosuojailmoitus', 'dataskyddsbeskrivning',
  'dataskyddsmeddelande', 'integritetspolicy', 'registerbeskrivning', 'privacy notice', 'privacy policy', 'privacy statement',
];

/** Words that end a company's name (`JK-Log Oy Kiskoväylä 1 …` → `JK-Log Oy`). */
export const COMPANY_SUFFIXES: readonly string[] = [
  'oy', 'oyj', 'ab', 'abp', 'ky', 'ay', 'ry', 'tmi', 'osk', 'ltd', 'inc', 'llc', 'gmbh',
];

/** Line labels of contact fields, folded to lowercase: what follows them is the value, not a name. */
export const FIELD_LABELS: Readonly<Record<'phone' | 'email' | 'businessId' | 'website' | 'address' | 'name', readonly string[]>> = {
  phone: ['p.', 'puh.', 'puh', 'puhelin', 'tel.', 'tel', 'telefon', 'phone', 'gsm', 'mob.'],
  email: ['sähköposti', 's-posti', 'sposti', 'email', 'e-mail', 'e-post', 'epost'],
  businessId: ['y-tunnus', 'ytunnus', 'business id', 'fo-nummer', 'fo nummer', 'company id'],
  website: ['www-sivut', 'kotisivu', 'verkkosivut', 'webbplats', 'website', 'web'],
  address: ['osoite', 'postiosoite', 'käyntiosoite', 'adress', 'address'],
  name: ['nimi', 'namn', 'name', 'yritys', 'företag', 'company'],
};
