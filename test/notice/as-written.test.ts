// Issue 16 §1: a notice rendered as its owner wrote it — own text replaces the shipped text of a section
// unless `standard: true`, the owner's order and numbering, the owner's date label and numeric dates,
// contact blocks as written, links separated by anything and bare www. addresses.
import { expect, fixture, html } from '@open-wc/testing';
import type { Language } from '../../src/core/types.js';
import { defineNotice } from '../../src/notice/lazy.js';
import type { SuostumusNotice } from '../../src/notice/notice.js';
import { parseNotice } from '../../src/notice/parse.js';
import { noticeMessages } from '../../locales/notice/index.js';
import { loadAllTexts } from './texts.js';

defineNotice();
before(loadAllTexts);

async function render(notice: unknown, lang: Language = 'fi'): Promise<SuostumusNotice> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><suostumus-notice .notice=${notice}></suostumus-notice></div>`);
  const el = wrapper.querySelector('suostumus-notice')!;
  await el.updateComplete;
  el.openAll();
  await el.updateComplete;
  return el;
}

const body = (el: SuostumusNotice, id: string): string => el.shadowRoot!.querySelector(`details[id="${id}"] .body`)!.textContent.replace(/\s+/g, ' ');
const ids = (el: SuostumusNotice): string[] => [...el.shadowRoot!.querySelectorAll('details')].map((d) => d.id);
const base = { controller: { name: 'Oy Esimerkki Ab', email: 'info@esimerkki.example' } };

describe('<suostumus-notice> as its owner wrote it', () => {
  it('own text replaces the shipped text of rights, complaint and cookies; standard: true shows both, false neither', async () => {
    const shippedRights = 'saada pääsy tietoihin'; // from the shipped Finnish rights text
    expect(JSON.stringify(noticeMessages.fi.rights)).to.contain(shippedRights);
    let el = await render({ ...base, rights: 'Tarkastusoikeus: voit pyytää tietosi.', complaint: 'Voit valittaa tietosuojavaltuutetulle.' });
    expect(body(el, 'rights')).to.contain('Tarkastusoikeus').and.not.contain(shippedRights);
    expect(body(el, 'complaint')).to.contain('Voit valittaa').and.not.contain('Lintulahdenkuja');
    el = await render({ ...base, rights: { standard: true, text: 'Lisäksi: kirjoita meille.' } });
    expect(body(el, 'rights')).to.contain(shippedRights).and.contain('Lisäksi');
    expect(body(el, 'complaint')).to.contain('Lintulahdenkuja'); // not written: the shipped text
    el = await render({ ...base, rights: { standard: false } });
    expect(ids(el)).not.to.contain('rights');
  });

  it('the sections come in the owner\'s order, own sections included, numbered in that order', async () => {
    const el = await render({
      ...base, numbered: true, retention: '2 vuotta.', dataCategories: 'Nimi.', purposes: 'Käsittelyn oikeusperuste on sopimus.',
      sections: [{ id: 'kanta-asiakkaat', heading: 'Kanta-asiakkaat', text: 'Etuja.' }],
      order: ['dataCategories', 'controller', 'kanta-asiakkaat', 'purposes', 'rights', 'retention'],
    });
    expect(ids(el)).to.deep.equal(['data-categories', 'controller', 'kanta-asiakkaat', 'purposes', 'rights', 'retention', 'complaint']);
    const headings = [...el.shadowRoot!.querySelectorAll('summary')].map((s) => s.textContent.replace(/\s+/g, ' ').trim());
    expect(headings[0]).to.match(/^1\. /);
    expect(headings[2]).to.equal('3. Kanta-asiakkaat');
    expect(() => parseNotice({ order: ['controller', 'nope'] })).to.throw(/notice\.order\[1\]/);
    expect(() => parseNotice({ order: ['controller', 'controller'] })).to.throw(/named twice/);
  });

  it('the date is numeric in Finnish and Swedish, long in English, with the owner\'s label', async () => {
    const notice = { ...base, updated: '2021-03-10', updatedLabel: { fi: 'Laatimispäivä', sv: 'Upprättad' }, changes: { entries: [{ date: '2021-03-10', text: 'Julkaistu.' }] } };
    let el = await render(notice, 'fi');
    expect(el.shadowRoot!.querySelector('[part="updated"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Laatimispäivä 10.3.2021');
    expect(body(el, 'changes').trim()).to.equal('10.3.2021 Julkaistu.');
    el = await render(notice, 'sv');
    expect(el.shadowRoot!.querySelector('[part="updated"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Upprättad 10.3.2021');
    el = await render(notice, 'en');
    expect(el.shadowRoot!.querySelector('[part="updated"] time')!.textContent).to.equal('10 March 2021');
  });

  it('a contact block is shown as written, its fields kept for the check', async () => {
    const asWritten = 'Jesoy Oy\nSienitie 18 B\n00760 Helsinki\np. 044 523 4645';
    const el = await render({ controller: { name: 'Jesoy Oy', phone: '044 523 4645', asWritten } });
    expect(el.shadowRoot!.querySelector('#controller .address')!.textContent).to.equal(asWritten);
    expect(body(el, 'controller')).not.to.contain('Puhelin');
    expect(el.missing.map((gap) => gap.element)).not.to.contain('controller');
  });

  it('never silently incomplete: no content, or a dropped value, is said in the console and on a development host', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const { warn, error } = console;
    console.warn = (message: string) => { warnings.push(message); };
    console.error = (message: string) => { errors.push(message); };
    try {
      // The tests run on localhost: a development host.
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"><suostumus-notice></suostumus-notice></div>`);
      const empty = wrapper.querySelector('suostumus-notice')!;
      await empty.updateComplete;
      expect(empty.shadowRoot!.querySelector('[part="debug"]')!.textContent).to.contain('no content');
      expect(warnings.join('\n')).to.contain('suostumus-notice: no content');
      const el = await render({ ...base, purposes: { items: [{ purpose: 'Tilaukset', basis: 'sopimuss' }, { purpose: 'Uutiskirje', basis: 'suostumus' }] } });
      const note = el.shadowRoot!.querySelector('[part="debug"]')!;
      expect(note.textContent).to.contain('left out: notice.purposes.items[0].basis');
      expect(errors.join('\n')).to.contain('notice.purposes.items[0].basis');
      // The rest still renders: the valid purpose and the controller.
      expect(body(el, 'purposes')).to.contain('Uutiskirje').and.not.contain('Tilaukset');
      expect(ids(el)).to.include('controller');
      // A valid notice has no note.
      expect((await render(base)).shadowRoot!.querySelector('[part="debug"]')).to.equal(null);
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });

  it('links separated by a space alone, and a bare www. address as an https link', async () => {
    const notice = parseNotice({ ...base, complaint: { p: [{ href: 'mailto:tietosuoja@om.fi' }, ' ', { href: 'www.tietosuoja.fi', text: 'www.tietosuoja.fi' }] } });
    const el = await render(notice);
    const links = [...el.shadowRoot!.querySelectorAll('#complaint .body a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([['mailto:tietosuoja@om.fi', 'tietosuoja@om.fi'], ['https://www.tietosuoja.fi', 'www.tietosuoja.fi']]);
  });
});
