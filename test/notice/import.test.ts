// importNotice in the browser (the platform's DOMParser): the five real notices (seeds) and notices of
// our own making in other layouts and languages. Each import must validate, keep every word of the
// source, put the headings where a reader would, and render in <suostumus-notice>.
import { expect, fixture, html } from '@open-wc/testing';
import { importNotice, formatReport, NoticeImportError } from '../../src/import/index.js';
import type { ImportResult } from '../../src/import/index.js';
import { parseNotice } from '../../src/notice/parse.js';
import { defineNotice } from '../../src/notice/lazy.js';
import type { SuostumusNotice } from '../../src/notice/notice.js';
import type { Notice } from '../../src/notice/types.js';
import { loadAllTexts } from './texts.js';

defineNotice();
before(loadAllTexts);

async function seed(name: string): Promise<string> {
  const response = await fetch(new URL(`./fixtures/seeds/${name}.txt`, import.meta.url));
  return response.text();
}

/** Every string in a value (texts, headings, link addresses), joined. */
function strings(value: unknown): string {
  // A date the importer read ("10.11.2023" → "2023-11-10") keeps its numbers, with or without zeros.
  const iso = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (iso) return `${value as string} ${Number(iso[2])} ${Number(iso[3])} ${iso[2]!} ${iso[3]!}`;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(strings).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(strings).join(' ');
  return '';
}

/** The words of a text: letters and digits, lowercase, composed; tags and entities of the source are not words. */
function words(text: string): Set<string> {
  const plain = text.normalize('NFC').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/gi, ' ').toLowerCase();
  return new Set(plain.split(/[^\p{L}\p{N}@]+/u).filter((word) => word.length >= 2));
}

/** The source's words that the notice lacks: nothing may be dropped. */
function lost(source: string, notice: Notice): string[] {
  const kept = words(strings(notice));
  // Section numbers are drawn by the element when `numbered` is set (in the owner's order).
  return [...words(source)].filter((word) => !kept.has(word) && !(notice.numbered === true && /^\d{1,2}$/.test(word)));
}

/** Where each heading went: heading → section key or own id (`own:` prefix) or `sub:key`. */
function placement(result: ImportResult): Record<string, string> {
  return Object.fromEntries(result.report.headings.map((h) => [h.heading,
    h.as === 'section' ? h.section ?? '' : h.as === 'own' ? `own:${h.section ?? ''}` : h.as === 'subheading' ? `sub:${h.section ?? ''}` : h.as]));
}

async function render(notice: Notice): Promise<SuostumusNotice> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"><suostumus-notice .notice=${notice}></suostumus-notice></div>`);
  const el = wrapper.querySelector('suostumus-notice')!;
  await el.updateComplete;
  el.openAll();
  await el.updateComplete;
  return el;
}

/** The visible text of the rendered notice. */
function shown(el: SuostumusNotice): string {
  return el.shadowRoot!.textContent.replace(/\s+/g, ' ');
}

describe('importNotice: the five seeds', () => {
  const expected: Record<string, Record<string, string>> = {
    '000': {
      'REKISTERIN NIMI': 'register', 'REKISTERIN TIETOSISÄLTÖ': 'dataCategories', 'REKISTERIN KÄYTTÖTARKOITUS': 'purposes',
      'SÄÄNNÖNMUKAISET TIETOLÄHTEET': 'sources', 'TIETOJEN SUOJAUKSEN PERIAATTEET': 'security',
      'REKISTERITIETOJEN SÄILYTYS, ARKISTOINTI JA HÄVITTÄMINEN': 'retention', 'TARKASTUS-, KORJAUS- JA KIELTO-OIKEUS': 'rights',
    },
    '001': {
      'Rekisterin nimi': 'register', 'Henkilötietojen käsittelyn tarkoitus': 'purposes', 'Rekisterin tietosisältö': 'dataCategories',
      'Säännönmukaiset tietolähteet': 'sources', 'Tietojen säännönmukaiset luovutukset': 'recipients',
      'Tietojen siirto EU:n tai ETA:n ulkopuolelle': 'transfers', 'Evästeet': 'cookies', 'Tarkastusoikeus': 'rights',
    },
    '002': {
      'Rekisterinpitäjä': 'controller', 'Rekisterin nimi': 'register', 'Henkilötietojen käsittelyn oikeusperuste ja tarkoitus': 'purposes',
      'Tiedot, joita käsittelemme': 'dataCategories', 'Tietolähteet': 'sources', 'Tietojen luovuttaminen': 'recipients',
      'Tietojen suojaus ja säilyttäminen': 'security', 'Oikeutesi': 'rights', 'Evästeet': 'cookies',
      'Tietojen käsittelyn tarkoitus': 'sub:purposes', 'Tietosuojaselosteen muutokset': 'changes',
    },
    '003': {
      'Rekisterinpitäjä': 'controller', 'Yhteyshenkilö rekisteriä koskevissa asioissa': 'contact', 'Rekisterin nimi': 'register',
      'Kyseessä olevat henkilötietoryhmät': 'dataCategories', 'Vastaanottajat ja vastaanottajaryhmät': 'recipients',
      'Säännönmukaiset tietolähteet': 'sources', 'Henkilötietojen säilyttämisaika': 'retention',
      'Tietojen siirto EU:n tai ETA:n ulkopuolelle': 'transfers', 'Evästeet': 'cookies',
      'Oikeus tehdä valitus valvontaviranomaiselle': 'complaint',
    },
    '004': {
      'Rekisterin nimi': 'register', 'Kyseessä olevat henkilötietoryhmät': 'dataCategories', 'Evästeet': 'cookies',
      'Tietojen siirto EU:n tai ETA:n ulkopuolelle': 'transfers', 'Oikeus tehdä valitus valvontaviranomaiselle': 'complaint',
    },
  };

  for (const [name, headings] of Object.entries(expected)) {
    it(`seed ${name}: valid, every word kept, headings placed, rendered`, async () => {
      const source = await seed(name);
      const result = importNotice(source);
      expect(() => parseNotice(result.notice)).not.to.throw();
      expect(lost(source, result.notice), 'words of the source missing from the notice').to.deep.equal([]);
      const placed = placement(result);
      for (const [heading, where] of Object.entries(headings)) expect(placed[heading], heading).to.equal(where);
      expect(result.report.language).to.equal('fi');
      expect(formatReport(result.report)).to.contain('Headings:');
      const el = await render(result.notice);
      const text = shown(el);
      // Every heading the owner wrote is on the page, as written.
      for (const heading of Object.keys(headings).filter((h) => !placed[h]?.startsWith('sub:'))) expect(text, heading).to.contain(heading);
    });
  }

  it('seed 003: the date and its label, the controller as written and as fields, the order kept', async () => {
    const { notice, report } = importNotice(await seed('003'));
    expect(notice.updated).to.equal('2021-03-10');
    expect(notice.updatedLabel).to.deep.equal({ fi: 'Laatimispäivä' });
    expect(notice.controller).to.include({ name: 'JK-Log Oy', email: 'jarkko.kohtala@jk-log.fi', phone: '+358 40 567 9410' });
    expect(notice.controller?.asWritten).to.deep.equal({ fi: 'JK-Log Oy Kiskoväylä 1 +358 40 567 9410 jarkko.kohtala@jk-log.fi' });
    expect(notice.order?.slice(0, 4)).to.deep.equal(['controller', 'contact', 'register', 'purposes']);
    expect(report.contacts.map((c) => c.section)).to.deep.equal(['controller', 'contact']);
  });

  it('seed 002: numbered headings keep their order and numbering; the contact block read line by line', async () => {
    const { notice } = importNotice(await seed('002'));
    expect(notice.numbered).to.equal(true);
    expect(notice.title).to.deep.equal({ fi: 'Tietosuojaseloste' });
    expect(notice.order?.indexOf('rights')).to.be.lessThan(notice.order?.indexOf('cookies') ?? -1);
    expect(notice.controller).to.include({ name: 'Jesoy Oy', phone: '044 523 4645', email: 'info@jesoy.fi' });
    expect(notice.controller?.address).to.equal('Sienitie 18 B\n00760 Helsinki');
  });
});

describe('importNotice: notices of other layouts and languages', () => {
  it('English HTML from a CMS: h1–h4, p, ul, ol, table, dl, br, links', () => {
    const page = `<!doctype html><html><body><nav>Home | About</nav><h1>Privacy policy</h1>
      <p>Last updated: 2024-05-02</p>
      <p>This policy explains how Nordic Widgets Ltd handles personal data.</p>
      <h2>1. Data controller</h2><p>Nordic Widgets Ltd<br>Business ID 1234567-1<br>Esimerkkikatu 5 B<br>00100 Helsinki<br>privacy@widgets.example</p>
      <h2>2. What data we collect</h2><ul><li>Name and email</li><li>Order history<ol><li>items</li><li>prices</li></ol></li></ul>
      <h2>3. Purposes and legal basis</h2><table><tr><th>Purpose</th><td>Delivering orders (contract)</td></tr><tr><th>Newsletter</th><td>Consent</td></tr></table>
      <h3>Marketing</h3><p>We send offers only with your consent.</p>
      <h2>4. How long we keep your data</h2><dl><dt>Orders</dt><dd>6 years after the financial year</dd><dt>Newsletter</dt><dd>Until you unsubscribe</dd></dl>
      <h2>5. Our partners</h2><p>See <a href="https://widgets.example/partners">our partner list</a> and <a href="javascript:alert(1)">this</a>.</p>
      <h2>6. Your rights</h2><p>Write to privacy@widgets.example www.widgets.example/rights</p>
      <h4>Footnote</h4><p>Nothing else.</p></body></html>`;
    const { notice, report } = importNotice(page);
    expect(report.format).to.equal('html');
    expect(report.language).to.equal('en');
    expect(notice.title).to.deep.equal({ en: 'Privacy policy' });
    expect(notice.updated).to.equal('2024-05-02');
    expect(notice.updatedLabel).to.deep.equal({ en: 'Last updated' });
    expect(notice.numbered).to.equal(true);
    expect(notice.controller).to.include({ name: 'Nordic Widgets Ltd', businessId: '1234567-1', email: 'privacy@widgets.example' });
    const placed = placement({ notice, report });
    expect(placed).to.include({ 'Data controller': 'controller', 'What data we collect': 'dataCategories', 'Purposes and legal basis': 'purposes',
      Marketing: 'sub:purposes', 'How long we keep your data': 'retention', 'Our partners': 'own:our-partners', 'Your rights': 'rights', Footnote: 'sub:rights' });
    const text = strings(notice);
    for (const word of ['items', 'prices', 'Delivering orders (contract)', 'Until you unsubscribe', 'Orders', 'Nothing else.']) expect(text).to.contain(word);
    expect(text).not.to.contain('Home | About'); // navigation is not the notice
    const partners = notice.sections?.find((s) => s.id === 'our-partners');
    expect(JSON.stringify(partners)).to.contain('"href":"https://widgets.example/partners","text":"our partner list"');
    expect(JSON.stringify(partners)).not.to.contain('javascript');
    // Two links separated by a space only.
    expect(JSON.stringify(notice.rights)).to.contain('{"href":"mailto:privacy@widgets.example"}," ",{"href":"https://www.widgets.example/rights","text":"www.widgets.example/rights"}');
  });

  it('a Swedish CMS page (fixtures/cms-page.html) gives fixtures/cms-page.json, as the command line does with parse5', async () => {
    const page = await (await fetch(new URL('./fixtures/cms-page.html', import.meta.url))).text();
    const expected: unknown = await (await fetch(new URL('./fixtures/cms-page.json', import.meta.url))).json();
    const { notice, report } = importNotice(page);
    expect(notice).to.deep.equal(expected);
    expect(report.format).to.equal('html');
    expect(strings(notice)).not.to.contain('Hem'); // the page's navigation and footer are not the notice
    expect(strings(notice)).not.to.contain('Bageriet');
  });

  it('Swedish text: numbered "1." headings, • bullets, indented list, a change log', () => {
    const text = [
      'Dataskyddsbeskrivning', '', 'Senast uppdaterad 1.2.2024', '',
      '1. Personuppgiftsansvarig', '', 'Skärgårdens Båt Ab', 'Strandvägen 3', '21600 Pargas', 'tel. 02 123 4567', 'info@bat.example', '',
      '2. Ändamål och rättslig grund', '', 'Vi behandlar uppgifter för att leverera beställningar. Den rättsliga grunden är avtal.', '',
      '3. Vilka uppgifter vi behandlar', '', 'Vi behandlar:', '  namn', '  adress', '  telefonnummer', '',
      '4. Mottagare', '', '• bokföringsbyrån', '• transportföretaget', '',
      '5. Lagringstid', '', 'Uppgifterna sparas i sex år.', '',
      '6. Kundklubben', '', 'Medlemmar får erbjudanden.', '',
      '7. Ändringar', '', '1.2.2024 Kundklubben tillagd.', '15.6.2023 Beskrivningen publicerad.',
    ].join('\n');
    const { notice, report } = importNotice(text);
    expect(report.language).to.equal('sv');
    expect(notice.title).to.deep.equal({ sv: 'Dataskyddsbeskrivning' });
    expect(notice.updated).to.equal('2024-02-01');
    expect(notice.numbered).to.equal(true);
    expect(notice.controller).to.include({ name: 'Skärgårdens Båt Ab', phone: '02 123 4567', email: 'info@bat.example' });
    expect(notice.order).to.deep.equal(['controller', 'purposes', 'dataCategories', 'recipients', 'retention', 'kundklubben', 'changes']);
    expect(notice.dataCategories).to.deep.equal({ heading: { sv: 'Vilka uppgifter vi behandlar' }, text: { sv: ['Vi behandlar:', { list: ['namn', 'adress', 'telefonnummer'] }] } });
    expect(notice.recipients).to.deep.include({ text: { sv: [{ list: ['bokföringsbyrån', 'transportföretaget'] }] } });
    expect(notice.changes).to.deep.include({ entries: [
      { date: '2024-02-01', text: { sv: 'Kundklubben tillagd.' } }, { date: '2023-06-15', text: { sv: 'Beskrivningen publicerad.' } }] });
  });

  it('Finnish text in capitals, decomposed characters, leftover tags, a bare www. address, an own section', () => {
    const decomposed = 'REKISTERINPITÄJÄ'.normalize('NFD');
    const text = [
      decomposed, '', 'Kahvila Pönttö Oy, Y-tunnus 1234567-1, Torikatu 1, 40100 Jyväskylä, puh. 014 123 456, www.pontto.example', '',
      'KÄSITTELYN TARKOITUS', '', '<p>Asiakassuhteen hoitaminen.</p><p>Käsittelyn oikeusperusteena on sopimus.</p>', '',
      'KANTA-ASIAKKUUS', '', 'Kanta-asiakkaat saavat&nbsp;etuja &amp; tarjouksia.', '',
      'TIETOJEN SÄILYTYS', '', '- tilaukset kuusi vuotta', '- muut tiedot asiakkuuden ajan',
    ].join('\n');
    const { notice, report } = importNotice(text);
    expect(report.format).to.equal('text');
    expect(notice.controller?.heading).to.deep.equal({ fi: 'REKISTERINPITÄJÄ' });
    expect(notice.controller).to.include({ name: 'Kahvila Pönttö Oy', businessId: '1234567-1', website: 'https://www.pontto.example' });
    expect(notice.purposes).to.deep.include({ text: { fi: ['Asiakassuhteen hoitaminen.', 'Käsittelyn oikeusperusteena on sopimus.'] } });
    expect(notice.sections).to.deep.equal([{ id: 'kanta-asiakkuus', heading: { fi: 'KANTA-ASIAKKUUS' }, text: { fi: ['Kanta-asiakkaat saavat etuja & tarjouksia.'] } }]);
    expect(notice.retention).to.deep.include({ text: { fi: [{ list: ['tilaukset kuusi vuotta', 'muut tiedot asiakkuuden ajan'] }] } });
    expect(notice.order).to.deep.equal(['controller', 'purposes', 'kanta-asiakkuus', 'retention']);
  });

  it('English two-column "heading ⇥ text" table; a heading of its own that is not a standard section', () => {
    const text = [
      'Privacy notice', '',
      'Date\t3 March 2023', // not a date it can read: kept as text, never guessed
      'Controller\tFjord Apps Oy, Satamakatu 2, 33100 Tampere, hello@fjord.example',
      'Purpose of processing\tWe process data to provide the app. The legal basis is our contract with you.',
      'Beta testing\tTesters agree separately.',
      'Retention\tWe keep the data for 12 months after the account is closed.',
    ].join('\n');
    const { notice, report } = importNotice(text, { language: 'en' });
    const placed = placement({ notice, report });
    expect(placed).to.include({ Controller: 'controller', 'Purpose of processing': 'purposes', 'Beta testing': 'own:beta-testing', Retention: 'retention' });
    expect(notice.updated).to.equal(undefined);
    expect(strings(notice)).to.contain('3 March 2023');
    expect(notice.controller).to.include({ name: 'Fjord Apps Oy', email: 'hello@fjord.example' });
  });

  it('text before the first heading is the intro; a heading with nothing under it is reported, not invented', () => {
    const { notice, report } = importNotice('We care about privacy.\n\nCookies\n\nSources\n\nFrom you.\n\nConsent\n');
    expect(notice.intro).to.deep.equal({ en: ['We care about privacy.'] });
    expect(report.intro).to.equal(1);
    expect(notice.cookies).to.deep.equal({ heading: { en: 'Cookies' } }); // the shipped text fills it
    expect(report.headings.find((h) => h.heading === 'Consent')?.as).to.equal('empty');
  });

  it('format and language options; empty input and HTML without a parser are refused with a message', () => {
    expect(importNotice('<h2>Rekisterinpitäjä</h2><p>Oy Esimerkki Ab, info@esimerkki.example</p><h2>Säilytysaika</h2><p>Kaksi vuotta.</p>').report.format).to.equal('html');
    expect(importNotice('<h2>Title</h2>', { format: 'text' }).report.format).to.equal('text');
    expect(() => importNotice('   \n  ')).to.throw(NoticeImportError, /no text/);
    expect(() => importNotice('x', { format: 'pdf' as 'text' })).to.throw(NoticeImportError, /format/);
    expect(() => importNotice('x', { language: 'de' as 'fi' })).to.throw(NoticeImportError, /language/);
  });
});
