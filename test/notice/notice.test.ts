import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import { testEnvironment } from '../core/environment.js';
import type { Language, SuostumusConfig } from '../../src/core/types.js';
import { defineNotice } from '../../src/notice/lazy.js';
import { SuostumusNotice } from '../../src/notice/notice.js';
import { loadAllTexts } from './texts.js';
import { pageContext, setDefaultStore } from '../../src/page/context.js';
import { chooseLanguage } from '../../src/page/events.js';
import { uiTexts } from '../../src/page/texts.js';
import { noticeMessages } from '../../locales/notice/index.js';
import { FIXTURES, kajoNotice } from './fixtures/index.js';

defineNotice();
defineNotice(); // a second call leaves the definition alone

const demoConfig = (): SuostumusConfig => parseConfig({ revision: 1, google: { measurementId: 'G-DEMO12345' } });

async function renderNotice(notice: unknown, options: { lang?: Language; config?: SuostumusConfig; level?: number } = {}): Promise<SuostumusNotice> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'fi'}>
    <suostumus-notice .notice=${notice} .config=${options.config} heading-level=${options.level ?? 2}></suostumus-notice>
  </div>`);
  const el = wrapper.querySelector('suostumus-notice')!;
  await el.updateComplete;
  return el;
}

const root = (el: SuostumusNotice): ShadowRoot => el.shadowRoot!;
const details = (el: SuostumusNotice): HTMLDetailsElement[] => [...root(el).querySelectorAll('details')];
const section = (el: SuostumusNotice, id: string): HTMLDetailsElement => root(el).querySelector<HTMLDetailsElement>(`details[id="${id}"]`)!;
const openIds = (el: SuostumusNotice): string[] => details(el).filter((d) => d.open).map((d) => d.id);
const toggled = (d: HTMLDetailsElement): Promise<Event> => oneEvent(d, 'toggle');

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

before(loadAllTexts);

describe('<suostumus-notice>', () => {
  let warn: typeof console.warn;
  let warnings: unknown[][];
  beforeEach(() => {
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => { warnings.push(args); };
  });
  afterEach(() => {
    console.warn = warn;
    clearHash();
  });

  describe('renders every section of each fixture', () => {
    for (const fixtureNotice of FIXTURES) {
      for (const lang of ['fi', 'en'] as const) {
        it(`${fixtureNotice.name}, in ${lang}`, async () => {
          const el = await renderNotice(fixtureNotice.notice, { lang });
          expect(details(el).map((d) => d.id)).to.deep.equal(fixtureNotice.sections);
          // Table of contents: one link per section, to its id.
          const toc = [...root(el).querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.getAttribute('href'));
          expect(toc).to.deep.equal(fixtureNotice.sections.map((id) => `#${id}`));
          for (const d of details(el)) {
            expect(d.querySelector('summary h3')!.textContent.trim(), `heading of ${d.id}`).to.not.equal('');
            expect(d.querySelector('.body')!.children.length, `content of ${d.id}`).to.be.above(0);
          }
          el.openAll();
          const shown = root(el).textContent;
          for (const sample of fixtureNotice.samples[lang]) expect(shown).to.contain(sample);
          // Headings the fixture does not replace are the shipped ones, in the language.
          const rights = section(el, 'complaint').querySelector('summary')!.textContent;
          expect(rights).to.contain(noticeMessages[lang].headings.complaint);
          expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal(lang);
        });
      }
    }
  });

  it('renders the title, the last-updated date in the language, and numbers when asked', async () => {
    let el = await renderNotice(kajoNotice, { lang: 'fi' });
    expect(root(el).querySelector('h2[part="title"]')!.textContent.trim()).to.equal('Tietosuojaseloste');
    const time = root(el).querySelector('[part="updated"] time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-01-15');
    // Numeric, as Finnish notices write it (issue 16: "10. maaliskuuta 2021" was not what the owner wrote).
    expect(time.textContent).to.equal('15.1.2025');
    el = await renderNotice({ ...kajoNotice, numbered: true }, { lang: 'en' });
    expect(root(el).querySelector('[part="title"]')!.textContent.trim()).to.equal('Privacy notice');
    expect(section(el, 'controller').querySelector('summary')!.textContent.trim()).to.match(/^1\.\s+Controller$/);
    expect(root(el).querySelector('nav a')!.textContent.trim()).to.match(/^1\.\s+Controller$/);
  });

  it('forms an outline under the page heading: title at heading-level, sections and subheadings below', async () => {
    let el = await renderNotice(kajoNotice, { config: demoConfig() });
    expect(root(el).querySelector('[part="title"]')!.tagName).to.equal('H2');
    expect(new Set(details(el).map((d) => d.querySelector('summary > [part="heading"]')!.tagName))).to.deep.equal(new Set(['H3']));
    expect(new Set([...root(el).querySelectorAll('[part="subheading"]')].map((h) => h.tagName))).to.deep.equal(new Set(['H4']));
    el = await renderNotice(kajoNotice, { level: 1 });
    expect(root(el).querySelector('[part="title"]')!.tagName).to.equal('H1');
    expect(section(el, 'security').querySelector('summary > [part="heading"]')!.tagName).to.equal('H2');
    expect(section(el, 'security').querySelector('[part="subheading"]')!.tagName).to.equal('H3');
  });

  describe('opening sections', () => {
    it('starts with the first section open and the others closed, so its text is on the first screen (issue 16)', async () => {
      const el = await renderNotice(kajoNotice);
      expect(openIds(el)).to.deep.equal(['controller']);
    });

    it('opens the section a URL points to (#id) when the page loads', async () => {
      history.replaceState(null, '', '#retention');
      const el = await renderNotice(kajoNotice);
      expect(openIds(el)).to.deep.equal(['retention']);
    });

    it('opens the section of a Finnish alias (#evasteet) and of an own section (#newsletter)', async () => {
      history.replaceState(null, '', '#evasteet');
      let el = await renderNotice(kajoNotice);
      expect(openIds(el)).to.deep.equal(['cookies']);
      history.replaceState(null, '', '#newsletter');
      el = await renderNotice(kajoNotice);
      expect(openIds(el)).to.deep.equal(['newsletter']);
    });

    it('opens and focuses the section on hashchange', async () => {
      const el = await renderNotice(kajoNotice);
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#rights';
      await changed;
      expect(openIds(el)).to.deep.equal(['controller', 'rights']);
      expect(root(el).activeElement).to.equal(section(el, 'rights').querySelector('summary'));
    });

    it('opens a section from its link in the table of contents, also when the hash is already there', async () => {
      const el = await renderNotice(kajoNotice);
      const link = root(el).querySelector<HTMLAnchorElement>('nav a[href="#transfers"]')!;
      const page = location.pathname + location.search;
      // With <base href> elsewhere, a plain "#id" link would leave the page: the click is handled in place.
      const base = document.createElement('base');
      base.href = '/elsewhere/';
      document.head.prepend(base);
      try {
        link.click();
      } finally {
        base.remove();
      }
      expect(openIds(el)).to.deep.equal(['controller', 'transfers']);
      expect(location.pathname + location.search + location.hash).to.equal(`${page}#transfers`);
      section(el, 'transfers').open = false;
      link.click();
      expect(section(el, 'transfers').open).to.equal(true);
    });

    it('opens and closes all sections with the toggle button, whose label follows', async () => {
      const el = await renderNotice(kajoNotice, { lang: 'en' });
      const button = root(el).querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
      expect(button.textContent.trim()).to.equal('Open all sections');
      button.click();
      await el.updateComplete;
      expect(details(el).every((d) => d.open)).to.equal(true);
      expect(button.textContent.trim()).to.equal('Close all sections');
      button.click();
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([]);
      expect(button.textContent.trim()).to.equal('Open all sections');
    });

    it('says "close all" once the visitor has opened every section by hand', async () => {
      const el = await renderNotice({ controller: kajoNotice.controller });
      expect(details(el).map((d) => d.id)).to.deep.equal(['controller', 'rights', 'complaint']);
      // The first is open from the start; the visitor opens the others.
      for (const d of details(el).filter((section) => !section.open)) {
        const done = toggled(d);
        d.open = true;
        await done;
      }
      await el.updateComplete;
      expect(root(el).querySelector('[part="toggle-all"]')!.textContent.trim()).to.equal('Sulje kaikki kohdat');
    });

    it('opens and closes a section from the keyboard (Enter and Space on its summary)', async () => {
      const el = await renderNotice(kajoNotice);
      const d = section(el, 'sources');
      d.querySelector('summary')!.focus();
      expect(root(el).activeElement).to.equal(d.querySelector('summary'));
      // Counted, so that the wait for the second toggle event cannot be met by the first.
      let toggles = 0;
      d.addEventListener('toggle', () => { toggles += 1; });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => toggles === 1, 'Enter toggles the section', { timeout: 2000 });
      expect(d.open).to.equal(true);
      // ' ' rather than 'Space': the name every driver (CDP, WebDriver BiDi and classic) knows.
      await sendKeys({ press: ' ' });
      await waitUntil(() => toggles === 2, 'Space toggles it again', { timeout: 2000 });
      expect(d.open).to.equal(false);
    });

    it('prints everything: opens all sections before printing and restores them after', async () => {
      const el = await renderNotice(kajoNotice);
      section(el, 'rights').open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect(details(el).every((d) => d.open)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(openIds(el)).to.deep.equal(['controller', 'rights']);
    });
  });

  describe('language', () => {
    it('follows the language property over the page', async () => {
      const el = await renderNotice(kajoNotice, { lang: 'fi' });
      el.language = 'sv';
      await el.updateComplete;
      expect(root(el).querySelector('[part="title"]')!.textContent.trim()).to.equal('Dataskyddsbeskrivning');
      expect(section(el, 'rights').querySelector('summary')!.textContent.trim()).to.equal('Dina rättigheter');
    });

    it('follows a change of the page language', async () => {
      const el = await renderNotice(kajoNotice, { lang: 'fi' });
      el.parentElement!.setAttribute('lang', 'en');
      await waitUntil(() => root(el).querySelector('[part="title"]')?.textContent.trim() === 'Privacy notice', 'the title follows the page language');
    });

    it('follows the visitor\'s language switch in the banner or dialog (issue 13: one language rule)', async () => {
      const el = await renderNotice(kajoNotice, { lang: 'fi', config: parseConfig({ language: 'fi' }) });
      expect(root(el).querySelector('[part="title"]')!.textContent.trim()).to.equal('Tietosuojaseloste');
      try {
        await chooseLanguage('en', undefined, uiTexts());
        await el.updateComplete;
        expect(root(el).querySelector('[part="title"]')!.textContent.trim()).to.equal('Privacy notice');
      } finally {
        pageContext().chosenLanguage = undefined;
      }
    });

    it('marks a text that falls back to another language with its lang', async () => {
      const el = await renderNotice({ ...kajoNotice, sources: { fi: 'Vain suomeksi.' } }, { lang: 'sv' });
      const p = section(el, 'sources').querySelector('.body p')!;
      expect(p.textContent).to.equal('Vain suomeksi.');
      expect(p.getAttribute('lang')).to.equal('fi');
      // Shipped text is in the element's language: no lang of its own.
      expect(section(el, 'rights').querySelector('.body p')!.hasAttribute('lang')).to.equal(false);
    });
  });

  it('marks a Finnish name in the English standard text with lang="fi"', async () => {
    const el = await renderNotice(kajoNotice, { lang: 'en' });
    const span = section(el, 'complaint').querySelector('li span[lang="fi"]')!;
    expect(span.textContent).to.equal('Tietosuojavaltuutetun toimisto');
  });

  for (const lang of ['fi', 'en', 'sv'] as const) {
    it(`reflows at 320 px without scrolling sideways, all sections open, in ${lang} (WCAG 1.4.10)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size: 320px; font-size: 16px">
        <suostumus-notice .notice=${kajoNotice} .config=${demoConfig()} heading-level="1"></suostumus-notice></div>`);
      const el = wrapper.querySelector('suostumus-notice')!;
      await el.updateComplete;
      el.openAll();
      await el.updateComplete;
      const article = root(el).querySelector('article')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      expect(wrapper.scrollWidth).to.be.at.most(320);
      // Tables that do not fit scroll inside a focusable, labelled region (WCAG exempts data tables).
      for (const region of root(el).querySelectorAll('.table-scroll')) {
        expect(region.getAttribute('tabindex')).to.equal('0');
        expect(root(el).getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.not.equal('');
      }
    });
  }

  describe('cookie section', () => {
    it('lists the config\'s categories, services and cookies, and explains Google Analytics', async () => {
      const config = parseConfig({
        google: { measurementId: 'G-DEMO12345' },
        categories: [{ id: 'necessary', services: [{ name: 'Verkkokauppa', provider: 'Paahtimo Kajo Oy', cookies: [{ name: 'cart', purpose: { fi: 'Ostoskori', en: 'Basket' }, duration: { fi: 'istunto', en: 'session' } }] }] }],
      });
      const el = await renderNotice(kajoNotice, { lang: 'en', config });
      const cookies = section(el, 'cookies');
      const text = cookies.textContent;
      for (const expected of ['Necessary', 'Analytics', 'Demographics and advertising', 'Verkkokauppa', 'Basket', 'session', '_ga', '_ga_DEMO12345', 'Google Ireland Ltd', 'adssettings.google.com']) {
        expect(text).to.contain(expected);
      }
      const hrefs = [...cookies.querySelectorAll('a')].map((a) => a.href);
      expect(hrefs).to.include.members(['https://adssettings.google.com/', 'https://tools.google.com/dlpage/gaoptout', 'https://policies.google.com/privacy']);
      const rows = [...cookies.querySelectorAll('table.cookies tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
      expect(rows).to.include.members(['suostumus', 'cart', '_ga', '_ga_DEMO12345']);
    });

    it('lists the embed providers the config names once their facts are here, and one found later with its section left open', async () => {
      // Their facts are a chunk of their own (issue 15), fetched beside the texts: the notice shows them at once.
      const config = parseConfig({ embeds: ['youtube'] });
      const el = await renderNotice(kajoNotice, { lang: 'en', config });
      await waitUntil(() => root(el).querySelector('details#cookies') !== null, 'the notice renders');
      const text = (): string => section(el, 'cookies').textContent;
      for (const expected of ['Embedded content', 'YouTube', 'Google Ireland Ltd', 'YSC', 'Tells viewing sessions apart in YouTube\'s statistics.', 'session']) {
        expect(text()).to.contain(expected);
      }
      expect(text()).not.to.contain('Vimeo');
      // The embed chunk adds a provider it finds on the page: listed, and the open section stays open.
      section(el, 'cookies').open = true;
      config.embeds.push('vimeo');
      el.requestUpdate();
      await el.updateComplete;
      expect(text()).to.contain('Vimeo.com, Inc.');
      expect(section(el, 'cookies').open).to.equal(true);
    });

    it('has a button that asks the page to open the cookie settings', async () => {
      const el = await renderNotice(kajoNotice, { config: demoConfig() });
      const button = section(el, 'cookies').querySelector<HTMLButtonElement>('[part="settings-button"]')!;
      expect(button.textContent.trim()).to.equal('Avaa evästeasetukset');
      const opened = oneEvent(document, 'suostumus-open-preferences');
      button.click();
      const event = await opened;
      expect(event.composed).to.equal(true);
      expect(event.bubbles).to.equal(true);
    });

    it('is generated even when the notice does not mention cookies, once there is a config', async () => {
      const notice = { ...kajoNotice };
      delete notice.cookies;
      expect(details(await renderNotice(notice)).map((d) => d.id)).to.not.include('cookies');
      expect(details(await renderNotice(notice, { config: demoConfig() })).map((d) => d.id)).to.include('cookies');
    });

    it('leaves out the standard texts and the list when the site writes its own', async () => {
      const el = await renderNotice({ ...kajoNotice, cookies: { standard: false, generated: false, text: 'Vain oma teksti.' } }, { config: demoConfig() });
      const body = section(el, 'cookies').querySelector('.body')!;
      expect(body.textContent).to.contain('Vain oma teksti.');
      expect(body.textContent).to.not.contain('Evästeet ovat pieniä');
      expect(body.querySelector('table')).to.equal(null);
    });

    it('works on a page with no consent store: no list, no settings button', async () => {
      const el = await renderNotice(kajoNotice);
      expect(section(el, 'cookies').querySelector('table, button')).to.equal(null);
    });
  });

  it('takes the notice and the config from the page\'s consent store (script-tag bundle)', async () => {
    const config = parseConfig({ google: { measurementId: 'G-DEMO12345' }, notice: kajoNotice });
    setDefaultStore(createConsent(config, testEnvironment()));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suostumus-notice></suostumus-notice></div>`);
      const el = wrapper.querySelector('suostumus-notice')!;
      await el.updateComplete;
      expect(root(el).textContent).to.contain('Paahtimo Kajo Oy');
      expect(section(el, 'cookies').querySelector('table.cookies')).to.not.equal(null);
    } finally {
      setDefaultStore(undefined);
    }
  });

  it('is registered by defineNotice() as SuostumusNotice', () => {
    expect(customElements.get('suostumus-notice')).to.equal(SuostumusNotice);
  });

  it('renders nothing without content', async () => {
    const el = await renderNotice(undefined);
    expect(root(el).querySelector('article')).to.equal(null);
  });

  describe('problems in the content', () => {
    it('warns once per element with every missing GDPR article 13 element', async () => {
      const el = await renderNotice(FIXTURES[0]!.notice);
      el.language = 'en';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.length).to.equal(1);
      const message = String(warnings[0]![0]);
      expect(message).to.contain('notice.controller').and.contain('notice.purposes').and.contain('13(1)(a)');
      await renderNotice(FIXTURES[0]!.notice);
      expect(warnings.length).to.equal(2);
    });

    it('does not warn about a complete notice', async () => {
      await renderNotice(kajoNotice, { config: demoConfig() });
      expect(warnings).to.deep.equal([]);
    });

    it('reports invalid content with its paths and still shows what is valid', async () => {
      const error = console.error;
      const errors: unknown[] = [];
      console.error = (...args: unknown[]) => { errors.push(args[0]); };
      try {
        const el = await renderNotice({ ...kajoNotice, controller: { ...kajoNotice.controller, email: 'ei osoite' }, colour: 'red' });
        expect(errors.length).to.equal(1);
        expect(String(errors[0])).to.contain('notice.controller.email').and.contain('notice.colour');
        expect(section(el, 'controller').textContent).to.contain('Paahtimo Kajo Oy').and.not.contain('ei osoite');
      } finally {
        console.error = error;
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['fi', 'en', 'sv'] as const) {
      for (const expanded of [false, true]) {
        it(`is accessible ${expanded ? 'expanded' : 'collapsed'} in ${lang}`, async function () {
          // axe over the whole notice takes a few seconds when three browsers share two cores.
          this.timeout(30_000);
          const el = await renderNotice({ ...kajoNotice, numbered: true }, { lang, config: demoConfig() });
          if (expanded) {
            el.openAll();
            await el.updateComplete;
          }
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
