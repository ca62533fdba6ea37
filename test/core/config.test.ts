import { expect } from '@open-wc/testing';
import { parseConfig, SuostumusConfigError } from '../../src/core/config.js';

function problemsOf(input: unknown): { path: string; message: string }[] {
  try {
    parseConfig(input);
  } catch (error) {
    expect(error).to.be.instanceOf(SuostumusConfigError);
    return [...(error as SuostumusConfigError).problems];
  }
  throw new Error('expected parseConfig to throw');
}

describe('config: defaults', () => {
  it('a measurement id alone yields the three built-in categories and every default', () => {
    const config = parseConfig({ google: { measurementId: 'G-ABC123XYZ' } });
    expect(config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'demographics']);
    expect(config.categories.map((c) => c.required)).to.deep.equal([true, false, false]);
    expect(config.google).to.deep.equal({ measurementId: 'G-ABC123XYZ', mode: 'basic' });
    expect(config.cookie).to.deep.equal({ name: 'suostumus', path: '/', days: 365, rejectDays: 182 });
    expect(config.revision).to.equal(1);
    expect(config.respectGpc).to.equal(true);
  });

  it('offers analytics and demographics only with something behind them: Google, or the site listing them (issue 14)', () => {
    expect(parseConfig({}).categories.map((c) => c.id), 'nothing configured').to.deep.equal(['necessary']);
    expect(parseConfig({ google: { tagManagerId: 'GTM-ABC1234' } }).categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'demographics']);
    expect(parseConfig({ categories: [{ id: 'analytics' }] }).categories.map((c) => c.id), 'listed by the site').to.deep.equal(['necessary', 'analytics']);
    expect(parseConfig({ categories: [{ id: 'marketing', title: 'M', description: 'D' }] }).categories.map((c) => c.id)).to.deep.equal(['necessary', 'marketing']);
  });

  it('accepts a site category with localized texts, services and cookies', () => {
    const config = parseConfig({
      categories: [{
        id: 'marketing',
        title: { fi: 'Markkinointi', en: 'Marketing' },
        description: 'Mainonta.',
        services: [{ name: 'Meta Pixel', provider: 'Meta Platforms Ireland', privacyUrl: 'https://example.test/p',
          cookies: [{ name: '_fbp', purpose: { fi: 'Mainonta' }, duration: '3 kk', thirdParty: true }] }],
      }],
    });
    const marketing = config.categories.find((c) => c.id === 'marketing');
    expect(marketing).to.deep.include({ id: 'marketing', required: false });
    expect(marketing!.services[0]!.cookies[0]!.name).to.equal('_fbp');
  });

  it('lets a site extend a built-in category without repeating its texts', () => {
    const config = parseConfig({ categories: [{ id: 'necessary', services: [{ name: 'Shop', provider: 'Us', cookies: [] }] }] });
    expect(config.categories[0]!.title).to.equal(undefined);
    expect(config.categories[0]!.services).to.have.length(1);
  });

  it('reports every problem at once, in one readable message', () => {
    const problems = problemsOf({ revision: -1, language: 'de', google: { measurementId: 'UA-1234-1' } });
    expect(problems.map((p) => p.path)).to.deep.equal(['revision', 'language', 'google.measurementId']);
    try {
      parseConfig({ google: { measurementId: 'UA-1234-1' } });
    } catch (error) {
      expect((error as Error).message).to.contain(
        'google.measurementId: expected "G-" followed by letters and digits, got "UA-1234-1"');
    }
  });
});

describe('config: invalid configs name the path', () => {
  const cases: [string, unknown, string][] = [
    ['not an object', 'hello', '(config)'],
    ['an array', [], '(config)'],
    ['null', null, '(config)'],
    ['unknown top-level key (typo)', { revison: 2 }, 'revison'],
    ['revision as a string', { revision: '2' }, 'revision'],
    ['fractional revision', { revision: 1.5 }, 'revision'],
    ['negative revision', { revision: -1 }, 'revision'],
    ['unknown language', { language: 'de' }, 'language'],
    ['language not a string', { language: 1 }, 'language'],
    ['javascript: notice URL', { noticeUrl: 'javascript:alert(1)' }, 'noticeUrl'],
    ['protocol-relative notice URL', { noticeUrl: '//evil.test/x' }, 'noticeUrl'],
    ['respectGpc as a string', { respectGpc: 'yes' }, 'respectGpc'],
    ['Universal Analytics id', { google: { measurementId: 'UA-1234-1' } }, 'google.measurementId'],
    ['lowercase measurement id', { google: { measurementId: 'g-abc123' } }, 'google.measurementId'],
    ['bad GTM id', { google: { tagManagerId: 'GTM_123' } }, 'google.tagManagerId'],
    ['unknown Google mode', { google: { measurementId: 'G-ABC1234', mode: 'full' } }, 'google.mode'],
    ['Google without any id', { google: { mode: 'basic' } }, 'google'],
    ['unknown Google key', { google: { measurementId: 'G-ABC1234', anonymizeIp: true } }, 'google.anonymizeIp'],
    ['cookie not an object', { cookie: 'suostumus' }, 'cookie'],
    ['cookie name with a space', { cookie: { name: 'my consent' } }, 'cookie.name'],
    ['cookie domain with a path', { cookie: { domain: 'example.fi/x' } }, 'cookie.domain'],
    ['cookie path without slash', { cookie: { path: 'x' } }, 'cookie.path'],
    ['cookie days zero', { cookie: { days: 0 } }, 'cookie.days'],
    ['cookie days over 13 months', { cookie: { days: 400 } }, 'cookie.days'],
    ['rejectDays as a string', { cookie: { rejectDays: '30' } }, 'cookie.rejectDays'],
    ['unknown cookie key', { cookie: { sameSite: 'None' } }, 'cookie.sameSite'],
    ['record endpoint as data: URL', { record: { endpoint: 'data:text/plain,x' } }, 'record.endpoint'],
    ['unknown record key', { record: { url: '/x' } }, 'record.url'],
    ['categories not an array', { categories: { marketing: {} } }, 'categories'],
    ['category without id', { categories: [{ title: 'x', description: 'y' }] }, 'categories[0].id'],
    ['category id with capitals', { categories: [{ id: 'Marketing', title: 'x', description: 'y' }] }, 'categories[0].id'],
    ['duplicate category', { categories: [{ id: 'ads', title: 'x', description: 'y' }, { id: 'ads', title: 'x', description: 'y' }] }, 'categories[1].id'],
    ['site category without title', { categories: [{ id: 'ads', description: 'y' }] }, 'categories[0].title'],
    ['empty description', { categories: [{ id: 'ads', title: 'x', description: '' }] }, 'categories[0].description'],
    ['title in an unknown language', { categories: [{ id: 'ads', title: { de: 'Werbung' }, description: 'y' }] }, 'categories[0].title.de'],
    ['title as HTML object', { categories: [{ id: 'ads', title: { fi: 42 }, description: 'y' }] }, 'categories[0].title.fi'],
    ['services not an array', { categories: [{ id: 'ads', title: 'x', description: 'y', services: 'Meta' }] }, 'categories[0].services'],
    ['service without provider', { categories: [{ id: 'ads', title: 'x', description: 'y', services: [{ name: 'Meta', cookies: [] }] }] }, 'categories[0].services[0].provider'],
    ['service privacy URL javascript:', { categories: [{ id: 'ads', title: 'x', description: 'y', services: [{ name: 'M', provider: 'P', privacyUrl: 'javascript:x', cookies: [] }] }] }, 'categories[0].services[0].privacyUrl'],
    ['cookie without duration', { categories: [{ id: 'necessary', services: [{ name: 'M', provider: 'P', cookies: [{ name: 'a', purpose: 'b' }] }] }] }, 'categories[0].services[0].cookies[0].duration'],
    ['cookie thirdParty as a string', { categories: [{ id: 'necessary', services: [{ name: 'M', provider: 'P', cookies: [{ name: 'a', purpose: 'b', duration: 'c', thirdParty: 'yes' }] }] }] }, 'categories[0].services[0].cookies[0].thirdParty'],
    ['too many categories', { categories: Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, title: 'x', description: 'y' })) }, 'categories'],
  ];

  for (const [name, input, path] of cases) {
    it(`${name} → ${path}`, () => {
      const problems = problemsOf(input);
      expect(problems.map((p) => p.path)).to.include(path);
      expect(problems.find((p) => p.path === path)!.message).to.match(/^(expected|unknown key|duplicate)/);
    });
  }
});
