import { expect } from '@open-wc/testing';
import { SuostumusConfigError } from '../../src/core/config.js';
import { isValidBusinessId, parseNotice, readNotice, sectionIdForHash } from '../../src/notice/parse.js';
import { safeHref } from '../../src/notice/rich-text.js';
import { FIXTURES } from './fixtures/index.js';

function problemsOf(input: unknown): string[] {
  try {
    parseNotice(input);
  } catch (error) {
    expect(error).to.be.instanceOf(SuostumusConfigError);
    return (error as SuostumusConfigError).problems.map((p) => p.path);
  }
  throw new Error('parseNotice accepted the input');
}

describe('parseNotice', () => {
  for (const fixture of FIXTURES) {
    it(`accepts the fixture "${fixture.name}" as it is`, () => {
      const parsed = parseNotice(fixture.notice);
      // A round trip through JSON changes nothing: the model is JSON.
      expect(parseNotice(JSON.parse(JSON.stringify(fixture.notice)))).to.deep.equal(parsed);
    });
  }

  it('accepts a section written as its text alone and returns it in object form', () => {
    const parsed = parseNotice({
      sources: 'Asiakkaalta itseltään.',
      retention: { fi: ['Kaksi vuotta.'], en: 'Two years.' },
      rights: [{ subheading: 'Lisäksi' }, { p: ['Kirjoita: ', { href: 'mailto:a@b.example' }] }],
      transfers: { href: 'https://example.test/siirrot', text: 'Katso siirrot' },
    });
    expect(parsed.sources).to.deep.equal({ text: 'Asiakkaalta itseltään.' });
    expect(parsed.retention).to.deep.equal({ text: { fi: ['Kaksi vuotta.'], en: 'Two years.' } });
    expect(parsed.rights).to.deep.equal({ text: [{ subheading: 'Lisäksi' }, { p: ['Kirjoita: ', { href: 'mailto:a@b.example' }] }] });
    expect(parsed.transfers).to.deep.equal({ text: { href: 'https://example.test/siirrot', text: 'Katso siirrot' } });
  });

  const cases: [string, unknown, string[]][] = [
    ['a notice that is not an object', 'tietosuojaseloste', ['notice']],
    ['an unknown top-level key', { controler: { name: 'A' } }, ['notice.controler']],
    ['an invalid email', { controller: { name: 'A Oy', email: 'not an email' } }, ['notice.controller.email']],
    ['a controller without a name', { controller: { email: 'a@b.example' } }, ['notice.controller.name']],
    ['a business ID with a wrong check digit', { controller: { name: 'A Oy', businessId: '1234567-2' } }, ['notice.controller.businessId']],
    ['a phone number with letters', { controller: { name: 'A Oy', phone: 'call us' } }, ['notice.controller.phone']],
    ['a javascript: website', { controller: { name: 'A Oy', website: 'javascript:alert(1)' } }, ['notice.controller.website']],
    ['an unknown key in a contact person', { contact: { people: [{ name: 'B', onclick: 'x' }] } }, ['notice.contact.people[0].onclick']],
    ['an unknown legal basis', { purposes: { items: [{ purpose: 'Myynti', basis: 'because' }] } }, ['notice.purposes.items[0].basis']],
    ['a purpose without its text', { purposes: { items: [{ basis: 'consent' }] } }, ['notice.purposes.items[0].purpose']],
    ['a javascript: link', { recipients: { text: ['ok', { href: 'javascript:alert(1)', text: 'x' }] } }, ['notice.recipients.text[1].href']],
    ['a data: link', { sources: { p: ['a', { href: 'data:text/html,<script>alert(1)</script>' }] } }, ['notice.sources.p[1].href']],
    ['a protocol-relative link', { sources: [{ href: '//evil.example/' }] }, ['notice.sources[0].href']],
    ['a link with a backslash', { sources: [{ href: '/\\evil.example' }] }, ['notice.sources[0].href']],
    ['an empty list', { sources: { fi: ['a', { list: [] }] } }, ['notice.sources.fi[1].list']],
    ['a number in a paragraph', { sources: { p: ['a', 42] } }, ['notice.sources.p[1]']],
    ['a misspelt language', { sources: { fi: 'a', se: 'b' } }, ['notice.sources.se']],
    ['an empty text', { sources: '' }, ['notice.sources']],
    ['HTML given as a key', { sources: { html: '<b>x</b>' } }, ['notice.sources.html']],
    ['an unknown key in a section object', { retention: { text: 'x', until: 'forever' } }, ['notice.retention.until']],
    ['an impossible date', { updated: '2024-02-30' }, ['notice.updated']],
    ['a Finnish date', { changes: { entries: [{ date: '1.2.2024', text: 'x' }] } }, ['notice.changes.entries[0].date']],
    ['an extra section with a built-in id', { sections: [{ id: 'rights', heading: 'x', text: 'y' }] }, ['notice.sections[0].id']],
    ['an extra section with a Finnish alias id', { sections: [{ id: 'evasteet', heading: 'x', text: 'y' }] }, ['notice.sections[0].id']],
    ['an extra section after nothing known', { sections: [{ id: 'own', heading: 'x', text: 'y', after: 'nowhere' }] }, ['notice.sections[0].after']],
    ['two extra sections with one id', { sections: [{ id: 'own', heading: 'x', text: 'y' }, { id: 'own', heading: 'z', text: 'w' }] }, ['notice.sections[1].id']],
    ['a flag that is not true or false', { cookies: { standard: 'no' } }, ['notice.cookies.standard']],
    ['an empty paragraph array', { security: { manual: { p: [] } } }, ['notice.security.manual.p']],
    ['an own property named __proto__', JSON.parse('{"__proto__": {"polluted": true}}'), ['notice.__proto__']],
  ];
  for (const [what, input, paths] of cases) {
    it(`rejects ${what} at ${paths.join(', ')}`, () => {
      expect(problemsOf(input)).to.deep.equal(paths);
    });
  }

  it('reports every problem at once, and the message names each path', () => {
    const input = { controller: { name: 'A Oy', email: 'x' }, updated: 'eilen', purposes: { items: [{ purpose: 'p', basis: 'b' }] } };
    expect(problemsOf(input)).to.deep.equal(['notice.updated', 'notice.controller.email', 'notice.purposes.items[0].basis']);
    try {
      parseNotice(input);
    } catch (error) {
      expect((error as Error).message).to.contain('3 problems').and.contain('notice.controller.email');
    }
  });

  it('read leniently, keeps what is valid and turns a refused link into plain text', () => {
    const { notice, problems } = readNotice({
      controller: { name: 'A Oy', email: 'bad' },
      sources: ['Hyvä kappale.', { href: 'javascript:alert(1)', text: 'Klikkaa' }],
    });
    expect(problems.map((p) => p.path)).to.deep.equal(['notice.controller.email', 'notice.sources[1].href']);
    expect(notice?.controller).to.deep.equal({ name: 'A Oy' });
    expect(notice?.sources).to.deep.equal({ text: ['Hyvä kappale.', 'Klikkaa'] });
  });
});

describe('safeHref', () => {
  for (const href of ['https://tietosuoja.fi', 'http://example.test/a?b=c#d', 'mailto:tietosuoja@om.fi', 'tel:+358295666700', 'tel:029 566 6700', '/tietosuojaseloste#evasteet']) {
    it(`allows ${href}`, () => { expect(safeHref(href)).to.equal(href); });
  }
  for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x',
    '//evil.example', '/\\evil.example', 'file:///etc/passwd', 'mailto:', 'mailto:a@b.example"onmouseover=x', 'tel:abc', 'https://', 'ftp://example.test', 'evästeet']) {
    it(`refuses ${JSON.stringify(href)}`, () => { expect(safeHref(href)).to.equal(undefined); });
  }
});

describe('business ID and section ids', () => {
  it('checks the Y-tunnus check digit', () => {
    expect(isValidBusinessId('1234567-1')).to.equal(true);
    expect(isValidBusinessId('2345678-0')).to.equal(true);
    expect(isValidBusinessId('1234567-8')).to.equal(false);
    expect(isValidBusinessId('3456789-0')).to.equal(false); // remainder 1: never issued
  });

  it('maps a URL fragment to a section id: the id, a Finnish alias, an own section', () => {
    expect(sectionIdForHash('#retention', [])).to.equal('retention');
    expect(sectionIdForHash('#sailytysaika', [])).to.equal('retention');
    expect(sectionIdForHash('#Evasteet', [])).to.equal('cookies');
    expect(sectionIdForHash('#automated-decisions', [])).to.equal('automated-decisions');
    expect(sectionIdForHash('#newsletter', ['newsletter'])).to.equal('newsletter');
    expect(sectionIdForHash('#%72ights', [])).to.equal('rights');
    expect(sectionIdForHash('#nothing', [])).to.equal(undefined);
    expect(sectionIdForHash('#%E0%A4%A', [])).to.equal(undefined);
    expect(sectionIdForHash('', [])).to.equal(undefined);
  });
});
