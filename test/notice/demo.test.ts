// The demo's notice pages and the documented example: valid, complete, and they render.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { checkNotice } from '../../src/notice/check.js';
import { parseNotice } from '../../src/notice/parse.js';
import { importNotice } from '../../src/import/index.js';
import { SuostumusNotice } from '../../src/notice/notice.js';
import { loadAllTexts } from './texts.js';

before(loadAllTexts);

if (!customElements.get('suostumus-notice')) customElements.define('suostumus-notice', SuostumusNotice);

async function pageConfig(path: string): Promise<{ lang: string; config: unknown }> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const json = page.getElementById('suostumus-config')!.textContent;
  return { lang: page.documentElement.lang, config: JSON.parse(json) as unknown };
}

describe('demo notice pages', () => {
  for (const [path, lang] of [['/demo/tietosuojaseloste.html', 'fi'], ['/demo/en/privacy.html', 'en']] as const) {
    it(`${path}: the config and its notice are valid, complete (checkNotice) and render in ${lang}`, async () => {
      const page = await pageConfig(path);
      expect(page.lang).to.equal(lang);
      const config = parseConfig(page.config);
      const notice = parseNotice(config.notice);
      expect(checkNotice(notice)).to.deep.equal([]);
      const el = await fixture<SuostumusNotice>(html`<suostumus-notice .notice=${notice} .config=${config} language=${lang} heading-level="1"></suostumus-notice>`);
      // The config names embed providers: the notice renders once their facts are here (a chunk of their own, issue 15).
      await waitUntil(() => el.shadowRoot!.querySelector('details') !== null, 'the notice renders');
      expect(el.missing).to.deep.equal([]);
      const ids = [...el.shadowRoot!.querySelectorAll('details')].map((d) => d.id);
      expect(ids).to.deep.equal(['controller', 'contact', 'register', 'purposes', 'newsletter', 'data-categories', 'sources', 'recipients',
        'transfers', 'retention', 'security', 'cookies', 'automated-decisions', 'rights', 'complaint', 'changes']);
      expect(el.shadowRoot!.querySelector('h1')!.textContent.trim()).to.equal(lang === 'fi' ? 'Tietosuojaseloste' : 'Privacy notice');
    });
  }
});

describe('demo/tuotu-seloste.html (seed 002, imported)', () => {
  it('is the importer\'s output for the seed, valid, and renders the owner\'s numbered headings in the owner\'s order', async () => {
    const page = await pageConfig('/demo/tuotu-seloste.html');
    const config = parseConfig(page.config);
    const seed = await (await fetch('/test/notice/fixtures/seeds/002.txt')).text();
    // The page carries exactly what the importer makes of the seed today (regenerate it when the importer changes).
    expect(config.notice).to.deep.equal(importNotice(seed).notice);
    const notice = parseNotice(config.notice);
    const el = await fixture<SuostumusNotice>(html`<suostumus-notice .notice=${notice} .config=${config} language="fi" heading-level="1"></suostumus-notice>`);
    await el.updateComplete;
    const headings = [...el.shadowRoot!.querySelectorAll('summary')].map((s) => s.textContent.replace(/\s+/g, ' ').trim());
    expect(headings.slice(0, 3)).to.deep.equal(['1. Rekisterinpitäjä', '2. Rekisterin nimi', '3. Henkilötietojen käsittelyn oikeusperuste ja tarkoitus']);
    expect(headings).to.include('9. Evästeet');
    expect(el.shadowRoot!.querySelector('#controller .address')!.textContent).to.contain('p. 044 523 4645');
  });
});

describe('docs/notice.md', () => {
  it('has a complete example that is valid, passes checkNotice and renders every section it names', async () => {
    const markdown = await (await fetch('/docs/notice.md')).text();
    const block = /## A complete example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(markdown);
    expect(block, 'the example block').to.not.equal(null);
    const notice = parseNotice(JSON.parse(block![1]!));
    expect(checkNotice(notice)).to.deep.equal([]);
    const el = await fixture<SuostumusNotice>(html`<suostumus-notice .notice=${notice} language="en"></suostumus-notice>`);
    await el.updateComplete;
    el.openAll();
    const ids = [...el.shadowRoot!.querySelectorAll('details')].map((d) => d.id);
    expect(ids).to.deep.equal(['controller', 'contact', 'register', 'purposes', 'newsletter', 'data-categories', 'sources', 'recipients',
      'transfers', 'retention', 'security', 'cookies', 'automated-decisions', 'rights', 'complaint', 'changes']);
    const rights = el.shadowRoot!.querySelector('details#rights')!;
    expect(rights.textContent).to.contain('Send requests to tietosuoja@kajo.example.');
    expect(rights.querySelector('a')!.getAttribute('href')).to.equal('mailto:tietosuoja@kajo.example');
  });
});
