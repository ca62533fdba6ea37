import { expect } from '@open-wc/testing';
import { checkNotice } from '../../src/notice/check.js';
import type { Notice } from '../../src/notice/types.js';
import { parseNotice } from '../../src/notice/parse.js';
import { FIXTURES, kajoNotice } from './fixtures/index.js';

const elements = (notice: Notice | undefined): string[] => checkNotice(notice).map((gap) => gap.element);

function without(key: keyof Notice): Notice {
  const copy: Notice = structuredClone(kajoNotice);
  Reflect.deleteProperty(copy, key);
  return copy;
}

describe('checkNotice', () => {
  it('finds nothing missing in a complete notice', () => {
    expect(checkNotice(parseNotice(kajoNotice))).to.deep.equal([]);
  });

  for (const fixture of FIXTURES) {
    it(`finds ${fixture.gaps.length > 0 ? fixture.gaps.join(', ') : 'nothing'} missing in "${fixture.name}"`, () => {
      expect(elements(parseNotice(fixture.notice))).to.deep.equal(fixture.gaps);
    });
  }

  it('finds everything but the shipped texts missing in an empty notice', () => {
    expect(elements({})).to.deep.equal(['controller', 'purposes', 'recipients', 'retention']);
    expect(elements(undefined)).to.deep.equal(['controller', 'purposes', 'recipients', 'retention']);
  });

  for (const key of ['controller', 'purposes', 'recipients', 'retention'] as const) {
    it(`finds ${key} missing when it is left out, with its article and path`, () => {
      const gaps = checkNotice(without(key));
      expect(gaps.map((gap) => gap.element)).to.deep.equal([key]);
      expect(gaps[0]!.path).to.match(new RegExp(`^notice\\.${key}`));
      expect(gaps[0]!.article).to.match(/^13\(\d\)\([a-f]\)$/);
    });
  }

  it('finds the controller missing when there is no way to reach it', () => {
    const gaps = checkNotice({ ...kajoNotice, controller: { name: 'Paahtimo Kajo Oy', businessId: '1234567-1' } });
    expect(gaps.map((gap) => gap.element)).to.deep.equal(['controller']);
    expect(gaps[0]!.message).to.contain('contact details');
  });

  it('counts a legal basis stated in prose, in fi, sv and en; prose that names none is reported', () => {
    for (const prose of ['Käsittelyn oikeusperusteena on sopimus.', 'Käsittelemme tietoja suostumuksesi perusteella.',
      'Den rättsliga grunden är avtal.', 'We process the data based on our legitimate interest.']) {
      expect(elements({ ...kajoNotice, purposes: { text: prose } }), prose).to.deep.equal([]);
    }
    const gaps = checkNotice({ ...kajoNotice, purposes: 'Käsittelemme tietoja asiakassuhteen hoitamiseksi.' });
    expect(gaps.map((gap) => gap.element)).to.deep.equal(['purposes']);
    expect(gaps[0]!.message).to.contain('legal basis');
  });

  it('accepts the Finnish, Swedish and English names of a legal basis in purposes.items', () => {
    const items = [{ purpose: 'Tilaukset', basis: 'sopimus' }, { purpose: 'Uutiskirje', basis: 'Suostumus' },
      { purpose: 'Turvallisuus', basis: 'oikeutettu etu' }, { purpose: 'Kirjanpito', basis: 'lakisääteinen velvoite' }, { purpose: 'Nyhetsbrev', basis: 'samtycke' }];
    expect(parseNotice({ purposes: { items } }).purposes).to.deep.equal({ items: [
      { purpose: 'Tilaukset', basis: 'contract' }, { purpose: 'Uutiskirje', basis: 'consent' }, { purpose: 'Turvallisuus', basis: 'legitimate-interests' },
      { purpose: 'Kirjanpito', basis: 'legal-obligation' }, { purpose: 'Nyhetsbrev', basis: 'consent' }] });
  });

  it('asks retention for a period or a criterion, in fi, sv and en', () => {
    for (const text of ['Säilytämme tiedot kuusi vuotta.', 'Tiedot säilytetään asiakkuuden ajan.', 'Until you unsubscribe.', '12 months.',
      'Uppgifterna sparas så länge kundrelationen pågår.', 'Sparas i två år.']) {
      expect(elements({ ...kajoNotice, retention: text }), text).to.deep.equal([]);
    }
    const gaps = checkNotice({ ...kajoNotice, retention: 'Tiedot hävitetään asianmukaisesti.' });
    expect(gaps.map((gap) => gap.element)).to.deep.equal(['retention']);
    expect(gaps[0]!.message).to.contain('no period or criterion');
  });

  it('counts rights and complaint as present with the shipped texts, also when the keys are left out', () => {
    expect(elements(without('rights'))).to.deep.equal([]);
    expect(elements(without('complaint'))).to.deep.equal([]);
    expect(elements({ ...kajoNotice, rights: 'Lisäksi voit…' })).to.deep.equal([]);
  });

  for (const key of ['rights', 'complaint'] as const) {
    it(`finds ${key} missing when the shipped text is turned off and none is given`, () => {
      expect(elements({ ...kajoNotice, [key]: { standard: false } })).to.deep.equal([key]);
      expect(elements({ ...kajoNotice, [key]: { standard: false, text: { fi: 'Oma teksti.' } } })).to.deep.equal([]);
    });
  }

  it('counts text in any language, and a text of only whitespace as missing', () => {
    expect(elements({ ...kajoNotice, retention: { text: { en: 'Two years.' } } })).to.deep.equal([]);
    expect(elements({ ...kajoNotice, retention: { text: [{ list: ['  '] }] } })).to.deep.equal(['retention']);
  });
});
