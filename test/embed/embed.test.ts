// <suostumus-embed> in three browsers: the placeholder in fi/sv/en (axe, names with the title, 320 px),
// loading one and allowing the category, withdrawal, and attributes that are wrong. The iframes that
// load point at this test server (the `iframe` provider), so nothing leaves the machine; the built-in
// providers' addresses are checked without loading them, and the e2e test (test/e2e/embed.test.mjs)
// watches the network for them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import type { ConsentStore } from '../../src/core/consent.js';
import { EMBED_PROVIDER_FACTS } from '../../src/core/embed-providers.js';
import { defineElements } from '../../src/define.js';
import type { SuostumusEmbed } from '../../src/embed/embed.js';
import { gateIframes } from '../../src/embed/iframe-gate.js';
import { pageContext, setDefaultStore } from '../../src/page/context.js';
import { testEnvironment } from '../core/environment.js';

defineElements();

const LOCAL = new URL('/test/embed/frame.html', location.href).href;
const TITLE = 'Varauskalenteri';
const WORDS = {
  fi: { load: 'Näytä sisältö', play: 'Toista video', allow: 'Salli upotettu sisältö aina' },
  en: { load: 'Show content', play: 'Play video', allow: 'Always allow embedded content' },
  sv: { load: 'Visa innehållet', play: 'Spela upp videon', allow: 'Tillåt alltid inbäddat innehåll' },
} as const;
const isChromium = navigator.userAgent.includes('Chrome');
const canResize = isChromium || navigator.userAgent.includes('Firefox');

function store(config: unknown = { embeds: ['youtube'] }): ConsentStore {
  const created = createConsent(parseConfig(config), { ...testEnvironment(), document });
  setDefaultStore(created);
  return created;
}

function buttons(embed: SuostumusEmbed): HTMLButtonElement[] {
  return Array.from(embed.shadowRoot!.querySelectorAll('button'));
}

async function placeholder(embed: SuostumusEmbed): Promise<HTMLElement> {
  await waitUntil(() => embed.shadowRoot!.querySelector('[part="placeholder"]'), 'the placeholder appears');
  return embed.shadowRoot!.querySelector('[part="placeholder"]')!;
}

afterEach(() => {
  setDefaultStore(undefined);
  pageContext().chosenLanguage = undefined;
});

describe('<suostumus-embed>', function () {
  this.timeout(20_000);

  for (const language of ['fi', 'en', 'sv'] as const) {
    it(`${language}: the placeholder says who and what, its buttons' names include the title, and axe finds nothing`, async () => {
      store();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${language}>
        <suostumus-embed provider="youtube" src="dQw4w9WgXcQ" title="Esittely"></suostumus-embed>
        <suostumus-embed provider="iframe" src=${LOCAL} title=${TITLE}></suostumus-embed></div>`);
      const [video, other] = Array.from(wrapper.querySelectorAll('suostumus-embed'));
      const box = await placeholder(video!);
      await placeholder(other!);
      expect(box.lang).to.equal(language);
      expect(box.textContent).to.include('YouTube').and.include('Google Ireland Ltd');
      expect(box.querySelector('a')!.href).to.equal('https://policies.google.com/privacy');
      expect(buttons(video!).map((b) => b.getAttribute('aria-label'))).to.deep.equal([`${WORDS[language].play}: Esittely`, `${WORDS[language].allow} (Esittely)`]);
      expect(buttons(other!).map((b) => b.getAttribute('aria-label'))).to.deep.equal([`${WORDS[language].load}: ${TITLE}`, `${WORDS[language].allow} (${TITLE})`]);
      // The visible label starts the name (WCAG 2.5.3).
      for (const button of [...buttons(video!), ...buttons(other!)]) expect(button.getAttribute('aria-label')).to.match(new RegExp(`^${button.textContent}`));
      await expect(wrapper).to.be.accessible();
    });
  }

  it('"show content" loads only this one, titled and lazy, with the focus on it; nothing is stored', async () => {
    const s = store();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <suostumus-embed provider="iframe" src=${LOCAL} title=${TITLE}></suostumus-embed>
      <suostumus-embed provider="iframe" src=${LOCAL} title="Toinen"></suostumus-embed></div>`);
    const [first, second] = Array.from(wrapper.querySelectorAll('suostumus-embed'));
    await placeholder(first!);
    buttons(first!)[0]!.click();
    const frame = first!.shadowRoot!.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal(LOCAL);
    expect(frame.title).to.equal(TITLE);
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(document.activeElement).to.equal(first);
    expect(first!.shadowRoot!.activeElement).to.equal(frame);
    expect(second!.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(s.get().status).to.equal('undecided');
    await expect(wrapper).to.be.accessible();
  });

  it('"always allow" grants the category: every embed of it loads; withdrawal brings the placeholders back', async () => {
    const s = store();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <suostumus-embed provider="iframe" src=${LOCAL} title=${TITLE}></suostumus-embed>
      <suostumus-embed provider="iframe" src=${LOCAL} title="Toinen"></suostumus-embed></div>`);
    const embeds = Array.from(wrapper.querySelectorAll('suostumus-embed'));
    await placeholder(embeds[1]!);
    buttons(embeds[1]!)[1]!.click();
    expect(s.isGranted('embeds')).to.equal(true);
    expect(s.get().record?.source).to.equal('embed');
    for (const embed of embeds) expect(embed.shadowRoot!.querySelector('iframe')?.getAttribute('src')).to.equal(LOCAL);
    expect(embeds[1]!.shadowRoot!.activeElement).to.equal(embeds[1]!.shadowRoot!.querySelector('iframe'));
    s.set({ embeds: false });
    for (const embed of embeds) {
      expect(embed.shadowRoot!.querySelector('iframe')).to.equal(null);
      await placeholder(embed);
    }
  });

  it('keeps its box: the provider\'s aspect ratio, or the site\'s width and height, before and after loading', async () => {
    store();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px">
      <suostumus-embed provider="google-maps" src="https://www.google.com/maps/embed?pb=x" title="Kartta"></suostumus-embed>
      <suostumus-embed provider="iframe" src=${LOCAL} title=${TITLE} width="400" height="300"></suostumus-embed></div>`);
    const [map, sized] = Array.from(wrapper.querySelectorAll('suostumus-embed'));
    await placeholder(map!);
    await placeholder(sized!);
    const mapBox = map!.getBoundingClientRect();
    expect(mapBox.width / mapBox.height).to.be.closeTo(4 / 3, 0.02);
    const before = sized!.getBoundingClientRect();
    expect(before.width).to.be.closeTo(400, 1);
    expect(before.height).to.be.closeTo(300, 1);
    buttons(sized!)[0]!.click();
    expect(sized!.shadowRoot!.querySelector('iframe')).to.exist;
    const after = sized!.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
  });

  it('works at 320 px: nothing wider than the screen, every button in reach', async function () {
    if (!canResize) this.skip();
    await setViewport({ width: 320, height: 640 });
    try {
      store();
      const embed = await fixture<SuostumusEmbed>(html`<suostumus-embed provider="vimeo" src="76979871" title="Esittelyvideo pitkällä nimellä"></suostumus-embed>`);
      const box = await placeholder(embed);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const host = embed.getBoundingClientRect();
      for (const button of buttons(embed)) {
        const rect = button.getBoundingClientRect();
        expect(rect.right).to.be.at.most(320);
        expect(rect.bottom, 'inside the box, not cut off').to.be.at.most(host.bottom);
        expect(rect.height).to.be.at.least(24);
      }
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      await expect(embed).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the built-in providers\' privacy-friendlier addresses, from an id or the address a visitor copies', () => {
    const { youtube, vimeo } = EMBED_PROVIDER_FACTS;
    const id = 'dQw4w9WgXcQ';
    for (const src of [id, `https://www.youtube.com/watch?v=${id}`, `https://youtu.be/${id}`, `https://www.youtube.com/embed/${id}`, `https://www.youtube.com/shorts/${id}`]) {
      expect(youtube.url(src, false), src).to.equal(`https://www.youtube-nocookie.com/embed/${id}`);
    }
    expect(youtube.url(id, true)).to.equal(`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`);
    expect(youtube.url('https://evil.example/watch?v=dQw4w9WgXcQ', false)).to.equal(undefined);
    expect(vimeo.url('https://vimeo.com/76979871', false)).to.equal('https://player.vimeo.com/video/76979871?dnt=1');
    expect(vimeo.url('https://vimeo.com/76979871/abc123', true)).to.equal('https://player.vimeo.com/video/76979871?dnt=1&h=abc123&autoplay=1');
    expect(vimeo.url('http://vimeo.com/1', false)).to.equal(undefined);
    expect(EMBED_PROVIDER_FACTS['google-maps'].url('https://www.google.com/search?q=x', false)).to.equal(undefined);
  });

  it('wrong attributes: no content, the console says which attribute and what to do; a poster on the provider\'s servers is not fetched', async () => {
    store();
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => { errors.push(message); };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <suostumus-embed provider="youtube" src="not a video"  title="Video"></suostumus-embed>
        <suostumus-embed provider="vimeo" src="76979871"></suostumus-embed>
        <suostumus-embed provider="tiktok" src="1" title="T"></suostumus-embed>
        <suostumus-embed provider="youtube" src="dQw4w9WgXcQ" title="P" poster="https://i.ytimg.com/vi/dQw4w9WgXcQ/hq.jpg"></suostumus-embed></div>`);
      const embeds = Array.from(wrapper.querySelectorAll('suostumus-embed'));
      for (const embed of embeds.slice(0, 3)) {
        const box = await placeholder(embed);
        expect(box.querySelector('button')).to.equal(null);
      }
      await placeholder(embeds[3]!);
      expect(embeds[3]!.shadowRoot!.querySelector('img')).to.equal(null);
      expect(errors.join('\n')).to.include('src must be the video\'s id').and.include('title is required')
        .and.include('provider must be one of').and.include('the poster is on YouTube\'s servers');
    } finally {
      console.error = original;
    }
  });

  it('a category the config does not offer: only "load this one", and a warning with the fix', async () => {
    store({});
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => { warnings.push(message); };
    try {
      const embed = await fixture<SuostumusEmbed>(html`<suostumus-embed provider="iframe" src=${LOCAL} title=${TITLE} category="marketing"></suostumus-embed>`);
      await placeholder(embed);
      expect(buttons(embed)).to.have.length(1);
      expect(warnings.join('\n')).to.include('"marketing"').and.include('Add { "id": "marketing" }');
    } finally {
      console.warn = original;
    }
  });

  it('gated iframes of the site\'s own markup load while their categories are granted', async () => {
    const s = store({ categories: [{ id: 'maps', title: 'Kartat', description: 'Kartat' }] });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <iframe data-category="maps" data-src=${LOCAL} title="Kartta"></iframe>
      <iframe data-category="maps analytics" data-src=${LOCAL} title="Kaksi"></iframe></div>`);
    const [one, two] = Array.from(wrapper.querySelectorAll('iframe'));
    const stop = gateIframes(s, document);
    try {
      expect(one!.hasAttribute('src')).to.equal(false);
      s.set({ maps: true });
      expect(one!.getAttribute('src')).to.equal(LOCAL);
      expect(two!.hasAttribute('src'), 'every category it names must be granted').to.equal(false);
      s.set({ maps: false });
      expect(one!.getAttribute('src')).to.equal('about:blank');
    } finally {
      stop();
    }
  });
});
