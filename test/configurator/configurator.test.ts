// The configurator (configurator/app.ts) in a real browser: every value judged by the widget's own
// validation and shown at its field in owner words, the catalogue, the contrast check, the checklist's
// links, localStorage, the page's three languages, the live preview of the built script tag, axe, 375 px.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { version } from '../../package.json';
import { SuostumusConfigurator, STORAGE_KEY } from '../../configurator/app.js';
import { CATALOGUE } from '../../configurator/catalogue.js';
import { scriptFolder } from '../../configurator/output.js';
import { TEXTS } from '../../configurator/texts.js';
import { messages } from '../../locales/index.js';
import { parseConfig } from '../../src/core/config.js';
import { isValidBusinessId } from '../../src/notice/parse.js';
import { EMBED_PROVIDER_FACTS, EMBED_PROVIDER_WORDS } from '../../src/core/embed-providers.js';
import { EMBED_PROVIDERS } from '../../src/core/types.js';
import { resolveEmbed } from '../../src/embed/embed.js';

/**
 * How long a status message may take: the configurator says it in the frame after (`say`), and a
 * background page's frames come slowly while three browsers share two cores (WebKit missed 1,000 ms).
 */
const STATUS_WAIT = { timeout: 5000 };

if (!customElements.get('suostumus-configurator')) customElements.define('suostumus-configurator', SuostumusConfigurator);

/** A fresh configurator in Finnish whose preview loads the built script-tag files from /dist/. */
async function open(): Promise<SuostumusConfigurator> {
  localStorage.setItem('suostumus-configurator-language', 'fi');
  const element = document.createElement('suostumus-configurator');
  element.assetBase = new URL('/dist/', location.origin);
  return fixture<SuostumusConfigurator>(html`${element}`);
}

async function type(element: SuostumusConfigurator, selector: string, value: string): Promise<void> {
  const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`no field ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

/** The config in the "Liitä sivuillesi" text area, parsed. */
function pasted(element: SuostumusConfigurator): Record<string, unknown> {
  const text = element.querySelector<HTMLTextAreaElement>('#take-snippet')?.value ?? '';
  const json = /<script type="application\/json" id="suostumus-config">\n([\s\S]*)\n<\/script>/.exec(text)?.[1] ?? 'null';
  return JSON.parse(json) as Record<string, unknown>;
}

describe('configurator', () => {
  beforeEach(() => { localStorage.removeItem(STORAGE_KEY); });

  it('checks the measurement ID as the widget does and says what is wrong at the field, in owner words', async () => {
    const element = await open();
    await type(element, '#f-google-measurementId', 'UA-12345');
    const field = element.querySelector('#f-google-measurementId')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = element.querySelector('#f-google-measurementId-error')!;
    expect(error.textContent).to.contain('alkaa G-');
    expect(field.getAttribute('aria-describedby')).to.contain('f-google-measurementId-error');
    expect(() => parseConfig({ google: { measurementId: 'UA-12345' } })).to.throw();

    await type(element, '#f-google-measurementId', 'G-ABC123XYZ9');
    expect(element.querySelector('#f-google-measurementId-error')).to.equal(null);
    const config = pasted(element);
    expect(config.google).to.deep.equal({ measurementId: 'G-ABC123XYZ9' });
    expect(() => parseConfig(config)).not.to.throw();
    expect(element.querySelector('#take-snippet')!.textContent).to.equal('');
    // In a folder of its version by default, as the README's release is laid out (an upgrade goes beside it).
    expect(element.querySelector<HTMLTextAreaElement>('#take-snippet')!.value).to.contain(`<script src="/suostumus/${version}/suostumus.js" defer></script>`);
  });

  it('puts the zip\'s script files in the folder the script address names, when it is on the site', () => {
    expect(scriptFolder(`/suostumus/${version}/suostumus.js`)).to.equal(`suostumus/${version}/`);
    expect(scriptFolder('/suostumus.js')).to.equal('');
    expect(scriptFolder('/js/../assets/suostumus.js?v=2')).to.equal('assets/');
    expect(scriptFolder('/oma%20kansio/suostumus.js')).to.equal('oma kansio/');
    for (const outside of ['/a%2F..%2F..%2Fetc/suostumus.js', '/%2Fetc/suostumus.js', '/a//b/suostumus.js', '/C%3A/suostumus.js', '/a%5C..%5Cb/suostumus.js']) {
      expect(scriptFolder(outside), `${outside}: no way out of the site's folder`).to.equal('');
    }
    // Another host's address: the files go to the zip's root, for the owner to upload there.
    expect(scriptFolder('https://cdn.example.fi/suostumus/suostumus.js')).to.equal('');
    expect(scriptFolder('//cdn.example.fi/suostumus.js')).to.equal('');
  });

  it('keeps an address of the owner\'s own, and moves an earlier version\'s default folder to this one\'s', async () => {
    const snippetSrc = (element: SuostumusConfigurator): string | undefined => /<script src="([^"]*)" defer>/.exec(element.querySelector<HTMLTextAreaElement>('#take-snippet')!.value)?.[1];
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ config: {}, languages: ['fi'], scriptUrl: '/suostumus/0.0.9/suostumus.js' }));
    expect(snippetSrc(await open())).to.equal(`/suostumus/${version}/suostumus.js`);
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ config: {}, languages: ['fi'], scriptUrl: '/js/suostumus.js' }));
    const element = await open();
    expect(snippetSrc(element)).to.equal('/js/suostumus.js');
    // The default itself is not kept, so that a later version's configurator gives its own.
    await type(element, '#script-url', `/suostumus/${version}/suostumus.js`);
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { scriptUrl: string }).scriptUrl).to.equal('');
  });

  it('checks the Y-tunnus check digit through the notice model', async () => {
    const element = await open();
    await type(element, '#f-notice-controller-businessId', '1234567-2');
    expect(element.querySelector('#f-notice-controller-businessId-error')?.textContent).to.contain('tarkistusnumeron');
    await type(element, '#f-notice-controller-businessId', '1234567-1');
    expect(element.querySelector('#f-notice-controller-businessId-error')).to.equal(null);
  });

  it('adds a catalogue service with its provider, privacy link and cookies, in a category of its own, and removes it', async () => {
    const element = await open();
    const box = element.querySelector<HTMLInputElement>('#service-meta-pixel')!;
    box.click();
    await element.updateComplete;
    const config = pasted(element);
    const categories = config.categories as { id: string; services: { name: string; provider: string; privacyUrl: string; cookies: { name: string }[] }[] }[];
    expect(categories.map((c) => c.id)).to.deep.equal(['marketing']);
    expect(categories[0]!.services[0]!.provider).to.equal('Meta Platforms Ireland Ltd');
    expect(categories[0]!.services[0]!.cookies.map((c) => c.name)).to.include('_fbp');
    expect(() => parseConfig(config)).not.to.throw();
    box.click();
    await element.updateComplete;
    expect(pasted(element).categories).to.equal(undefined);
  });

  it('every catalogue service makes a config the widget accepts', async () => {
    const element = await open();
    for (const box of element.querySelectorAll<HTMLInputElement>('.catalogue input[type=checkbox]')) {
      box.click();
      await element.updateComplete;
    }
    const config = pasted(element);
    expect((config.categories as { id: string }[]).map((c) => c.id)).to.deep.equal(['marketing', 'analytics']);
    expect(config.embeds).to.deep.equal(['youtube', 'vimeo', 'google-maps']);
    expect(() => parseConfig(config)).not.to.throw();
  });

  it('makes the <suostumus-embed> tag of a picked provider from its address or embed code, by the widget\'s rule', async () => {
    const element = await open();
    expect(element.querySelector('#embed-address'), 'nothing to embed yet').to.equal(null);
    element.querySelector<HTMLInputElement>('#service-youtube')!.click();
    element.querySelector<HTMLInputElement>('#service-google-maps')!.click();
    await element.updateComplete;
    const tag = (): string | undefined => element.querySelector<HTMLTextAreaElement>('#embed-tag')?.value;
    /** The tag as a page would hold it, read by the element's own rule. */
    const resolved = (text: string) => {
      const holder = document.createElement('div');
      holder.innerHTML = text;
      return { element: holder.firstElementChild!, ...resolveEmbed(holder.firstElementChild!) };
    };

    // A watch address: right, but no title yet, so no tag; the title field says so once the owner has been there.
    await type(element, '#embed-address', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(tag()).to.equal(undefined);
    expect(element.querySelector('#embed-address-error')).to.equal(null);
    expect(element.querySelector('#embed-title-error'), 'no error on a field not reached yet').to.equal(null);
    await type(element, '#embed-title', ' ');
    expect(element.querySelector('#embed-title')!.getAttribute('aria-invalid')).to.equal('true');
    expect(element.querySelector('#embed-title-error')!.textContent).to.equal(TEXTS.fi.takeAway.embedTitleProblem);
    await type(element, '#embed-title', 'Kahvila "Paahto" & <kartta>');
    await waitUntil(() => element.querySelector('[role="status"]')?.textContent === TEXTS.fi.takeAway.embedReady, 'the tag\'s arrival is announced', STATUS_WAIT);
    expect(tag()).to.equal('<suostumus-embed provider="youtube" src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Kahvila &quot;Paahto&quot; &amp; &lt;kartta>"></suostumus-embed>');
    const video = resolved(tag()!);
    expect(video.url).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(video.element.getAttribute('title')).to.equal('Kahvila "Paahto" & <kartta>');

    // YouTube's own embed code: its src is taken, its generic title is not; nothing in it runs (its
    // image, `x`, is answered at once, so a live copy's onerror would have run by the end of this test).
    (window as unknown as { pwned?: boolean }).pwned = false;
    await type(element, '#embed-address', '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x1" title="YouTube video player" onload="window.pwned = true" allowfullscreen></iframe><img src="x" onerror="window.pwned = true">');
    await type(element, '#embed-title', 'Esittelyvideo');
    expect(tag()).to.equal('<suostumus-embed provider="youtube" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x1" title="Esittelyvideo"></suostumus-embed>');
    expect(resolved(tag()!).url).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');

    // Google Maps: a short share link cannot be embedded, and the field says where the right code is.
    const provider = element.querySelector<HTMLSelectElement>('#embed-provider')!;
    expect([...provider.options].map((option) => option.textContent)).to.deep.equal(['YouTube', 'Google Maps']);
    provider.value = 'google-maps';
    provider.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(tag(), 'a video address is no map').to.equal(undefined);
    await type(element, '#embed-address', 'https://maps.app.goo.gl/AbCdEf123');
    expect(element.querySelector('#embed-address')!.getAttribute('aria-invalid')).to.equal('true');
    expect(element.querySelector('#embed-address-error')!.textContent).to.equal(TEXTS.fi.takeAway.embedMapProblem);
    await type(element, '#embed-address', '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d1984!2d24.94!3d60.17" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy"></iframe>');
    await type(element, '#embed-title', 'Paahtimomme kartalla');
    expect(element.querySelector('#embed-address-error')).to.equal(null);
    const map = resolved(tag()!);
    expect(map.problem).to.equal(undefined);
    expect(map.url).to.equal('https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d1984!2d24.94!3d60.17');
    expect((window as unknown as { pwned?: boolean }).pwned, 'the pasted code ran').to.equal(false);
  });

  it('turns a built-in embed provider on in the config\'s `embeds` list, not in a category of the catalogue, and off again', async () => {
    const element = await open();
    const youtube = element.querySelector<HTMLInputElement>('#service-youtube')!;
    youtube.click();
    await element.updateComplete;
    const config = pasted(element);
    expect(config.embeds).to.deep.equal(['youtube']);
    expect(config.categories).to.equal(undefined);
    expect(youtube.checked).to.equal(true);
    // The widget offers its built-in `embeds` category for it, the one `<suostumus-embed>` waits for.
    expect(parseConfig(config).categories.map((c) => c.id)).to.deep.equal(['necessary', 'embeds']);
    const maps = element.querySelector<HTMLInputElement>('#service-google-maps')!;
    maps.click();
    await element.updateComplete;
    expect(pasted(element).embeds).to.deep.equal(['youtube', 'google-maps']);
    youtube.click();
    await element.updateComplete;
    expect(pasted(element).embeds).to.deep.equal(['google-maps']);
    expect(youtube.checked).to.equal(false);
    maps.click();
    await element.updateComplete;
    expect(pasted(element)).to.deep.equal({});
  });

  it('shows each embed provider with what the widget says of it: purpose, category, company, cookies, lifetimes, privacy policy', async () => {
    const element = await open();
    const words = EMBED_PROVIDER_WORDS.fi;
    for (const id of EMBED_PROVIDERS) {
      const facts = EMBED_PROVIDER_FACTS[id];
      const about = element.querySelector(`#service-${id}-about`)!;
      const text = about.textContent.replace(/\s+/g, ' ');
      expect(text, id).to.contain(words[facts.purpose]);
      expect(text, id).to.contain(messages.fi.categories.embeds.title);
      expect(text, id).to.contain(facts.company);
      const cookies = /Evästeet: (.*?) ·/.exec(text)?.[1];
      expect(cookies, id).to.equal(facts.cookies.map((cookie) => `${cookie.name} (${words[cookie.duration]})`).join(', '));
      expect(about.querySelector('a')!.getAttribute('href'), id).to.equal(facts.privacyUrl);
    }
  });

  it('an older draft\'s `media` category stays the owner\'s own: kept as it was, never added to', async () => {
    // What an earlier configurator wrote for YouTube (a category of the catalogue's, with its own cookie list).
    const media = {
      id: 'media',
      title: { fi: 'Upotetut sisällöt', sv: 'Inbäddat innehåll', en: 'Embedded content' },
      description: { fi: 'Videot ja kartat.', sv: 'Videor och kartor.', en: 'Videos and maps.' },
      services: [{ name: 'YouTube', provider: 'Google Ireland Ltd', purpose: { fi: 'Upotetut videot' }, privacyUrl: 'https://policies.google.com/privacy', cookies: [{ name: 'YSC', thirdParty: true, purpose: { fi: 'Tunnistaa katselukerran' }, duration: { fi: 'istunto' } }] }],
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ config: { categories: [media] }, languages: ['fi'], scriptUrl: '/suostumus.js' }));
    const element = await open();
    const youtube = element.querySelector<HTMLInputElement>('#service-youtube')!;
    const vimeo = element.querySelector<HTMLInputElement>('#service-vimeo')!;
    expect(youtube.checked, 'the built-in provider is not on until picked').to.equal(false);
    // The owner is told why the category is there, and that it is left as it is.
    expect(element.querySelector('#services-former')?.textContent).to.contain('YouTube');
    for (const box of [youtube, vimeo]) {
      box.click();
      await element.updateComplete;
    }
    expect(pasted(element).embeds).to.deep.equal(['youtube', 'vimeo']);
    expect(pasted(element).categories).to.deep.equal([media]);
    for (const box of [youtube, vimeo]) {
      box.click();
      await element.updateComplete;
    }
    expect(pasted(element)).to.deep.equal({ categories: [media] });
    const pixel = element.querySelector<HTMLInputElement>('#service-meta-pixel')!;
    pixel.click();
    await element.updateComplete;
    pixel.click();
    await element.updateComplete;
    expect(pasted(element)).to.deep.equal({ categories: [media] });
    expect(() => parseConfig(pasted(element))).not.to.throw();
  });

  it('names the built-in categories in the widget\'s own words, and the catalogue\'s in the catalogue\'s', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      for (const [id, texts] of Object.entries(messages[language].categories)) {
        expect(TEXTS[language].categories[id], `${language} ${id}`).to.equal(texts.title);
      }
      for (const [id, category] of Object.entries(CATALOGUE.categories)) {
        expect(TEXTS[language].categories[id], `${language} ${id}`).to.equal(category.title[language]);
      }
    }
  });

  it('shows a category\'s problems at that category only (the 2nd is not the 11th)', async () => {
    const category = (n: number) => ({ id: `own${n}`, title: { fi: `Oma ${n}` }, description: { fi: 'Kuvaus.' } });
    const categories: Record<string, unknown>[] = Array.from({ length: 11 }, (_, n) => category(n));
    // The 11th (index 10) is wrong: a service's cookies are a list.
    categories[10] = { ...category(10), services: [{ name: 'Palvelu', cookies: 'monta' }] };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ config: { categories }, languages: ['fi'], scriptUrl: '/suostumus.js' }));
    const element = await open();
    const rows = [...element.querySelectorAll('#services-h ~ ul:not(.catalogue) > li')];
    expect(rows.map((row) => row.textContent.trim().split(':')[0])).to.deep.equal(categories.map((_, n) => `Oma ${n}`));
    expect(rows.map((row) => row.querySelector('.error') !== null)).to.deep.equal(categories.map((_, n) => n === 10));
  });

  it('moves the providers from an older category to the built-in one with one button, pressed before or after picking them', async () => {
    const youtube = { name: 'YouTube', provider: 'Google Ireland Ltd', purpose: { fi: 'Upotetut videot' }, privacyUrl: 'https://policies.google.com/privacy', cookies: [] };
    const maps = { ...youtube, name: 'Google Maps', purpose: { fi: 'Kartat' } };
    const own = { name: 'Oma videopalvelu', provider: 'Videot Oy', purpose: { fi: 'Videot' }, privacyUrl: 'https://videot.example/tietosuoja', cookies: [] };
    const media = { id: 'media', title: { fi: 'Upotetut sisällöt' }, description: { fi: 'Videot.' }, services: [youtube, maps] };
    const shows = { id: 'shows', title: { fi: 'Esitykset' }, description: { fi: 'Videot.' }, services: [youtube, own] };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ config: { categories: [media, shows] }, languages: ['fi'], scriptUrl: '/suostumus.js' }));
    const element = await open();
    const buttons = (): HTMLButtonElement[] => [...element.querySelectorAll<HTMLButtonElement>('#services-former button')];
    expect(buttons().map((button) => button.textContent)).to.deep.equal([
      'Siirrä YouTube ja Google Maps luokkaan ”Upotettu sisältö”', 'Siirrä YouTube luokkaan ”Upotettu sisältö”',
    ]);
    // Pressed before anything is picked: the providers are picked by it, never lost.
    buttons()[0]!.click();
    await element.updateComplete;
    expect(pasted(element)).to.deep.equal({ categories: [shows], embeds: ['youtube', 'google-maps'] });
    const box = element.querySelector<HTMLInputElement>('#service-youtube')!;
    expect(box.checked).to.equal(true);
    // The owner sees and hears what happened; the focus goes to the first provider moved, now ticked.
    await waitUntil(() => element.querySelector('[role="status"]')?.textContent.includes('YouTube ja Google Maps'), 'the move is announced', STATUS_WAIT);
    expect(element.querySelector('[role="status"]')!.textContent).to.contain('Upotettu sisältö');
    expect(document.activeElement).to.equal(box);
    // The other category keeps its own service; YouTube, picked already, is not added twice.
    expect(buttons().map((button) => button.textContent)).to.deep.equal(['Siirrä YouTube luokkaan ”Upotettu sisältö”']);
    buttons()[0]!.click();
    await element.updateComplete;
    expect(pasted(element)).to.deep.equal({ categories: [{ ...shows, services: [own] }], embeds: ['youtube', 'google-maps'] });
    expect(element.querySelector('#services-former')).to.equal(null);
    expect(parseConfig(pasted(element)).categories.map((c) => c.id)).to.deep.equal(['necessary', 'embeds', 'shows']);
  });

  it('gives a business ID example that the check accepts, in every language', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const examples = [TEXTS[language].company.businessIdHelp, TEXTS[language].company.businessIdBad].map((text) => /\d{7}-\d/.exec(text)?.[0]);
      for (const example of examples) expect(example && isValidBusinessId(example), `${language}: ${example}`).to.equal(true);
    }
  });

  it('previews the embed providers picked in the dialog\'s built-in embeds category, with the widget\'s facts', async function () {
    this.timeout(30_000);
    const element = await open();
    for (const id of ['youtube', 'vimeo']) {
      element.querySelector<HTMLInputElement>(`#service-${id}`)!.click();
      await element.updateComplete;
    }
    element.querySelector<HTMLInputElement>('#preview-view-dialog')!.click();
    await element.updateComplete;
    const frame = element.querySelector<HTMLIFrameElement>('#preview-frame')!;
    const dialog = (): ShadowRoot | null | undefined => frame.contentDocument?.querySelector('suostumus-preferences')?.shadowRoot;
    await waitUntil(() => dialog()?.querySelector('dialog[open] #switch-embeds'), 'the dialog opens with the embeds category', { timeout: 8000 });
    const categories = [...dialog()!.querySelectorAll('li.category')];
    expect(categories.map((li) => li.querySelector('input')?.id)).to.deep.equal(['switch-necessary', 'switch-embeds']);
    const embeds = categories[1]!.textContent;
    for (const expected of ['YouTube', 'YSC', 'VISITOR_INFO1_LIVE', 'Vimeo', '__cf_bm', EMBED_PROVIDER_WORDS.fi.thirtyMinutes]) expect(embeds).to.contain(expected);
    expect(embeds).not.to.contain('vuid');
  });

  it('imports a pasted notice (a seed) into the fields and reports where each heading went', async () => {
    const element = await open();
    const seed = await (await fetch('/test/notice/fixtures/seeds/000.txt')).text();
    await type(element, '#start-notice', seed);
    [...element.querySelectorAll('button')].find((b) => b.textContent.includes('Tuo seloste'))!.click();
    await element.updateComplete;
    const report = element.querySelector('[role=region][aria-labelledby=report-h]')!;
    expect(report.textContent).to.contain('REKISTERIN NIMI → Rekisterin nimi');
    expect(element.querySelector<HTMLTextAreaElement>('#f-notice-register-text')!.value).to.contain('JSP-IT Solutions Oy:n asiakasrekisteri');
    const noticePage = element.querySelector<HTMLTextAreaElement>('#take-notice')!.value;
    expect(noticePage).to.contain('<suostumus-notice></suostumus-notice>');
    expect(noticePage).to.contain('JSP-IT Solutions Oy');
  });

  it('an empty paste is said, not imported', async () => {
    const element = await open();
    [...element.querySelectorAll('button')].find((b) => b.textContent.includes('Tuo seloste'))!.click();
    await waitUntil(() => element.querySelector('[role=status]')?.textContent.includes('Selostetta ei voitu tuoda'), 'the empty paste is said', STATUS_WAIT);
    expect(element.querySelector('[aria-labelledby=report-h]')).to.equal(null);
  });

  it('orders the sections with buttons that keep the focus on the section moved', async () => {
    const element = await open();
    const down = element.querySelector<HTMLButtonElement>('#order-controller-down')!;
    down.focus();
    down.click();
    await element.updateComplete;
    await waitUntil(() => document.activeElement?.id === 'order-controller-down');
    const order = [...element.querySelectorAll('.order li span')].map((span) => span.textContent);
    expect(order.slice(0, 2)).to.deep.equal(['Yhteyshenkilö ja tietosuojavastaava', 'Rekisterinpitäjä']);
    expect(element.querySelector<HTMLTextAreaElement>('#take-notice')!.value).to.match(/"order": \[\s*"contact",\s*"controller"/);
  });

  it('checks the contrast of the chosen colours live against WCAG AA', async () => {
    const element = await open();
    expect(element.querySelectorAll('.colour ~ div .error').length).to.equal(0);
    await type(element, '#f-theme-accent', '#ffff00');
    const failing = [...element.querySelectorAll('.colour ~ div .error')].map((p) => p.textContent);
    expect(failing.length).to.equal(2);
    expect(failing[0]).to.contain('4,5:1');
    await type(element, '#f-theme-accent', 'red; background: url(x)');
    expect(element.querySelector('#f-theme-accent-error')?.textContent).to.contain('#0b57a4');
  });

  it('the checklist links to the field to fill, and the link moves the focus there', async () => {
    const element = await open();
    const link = [...element.querySelectorAll<HTMLAnchorElement>('.checklist a')].find((a) => a.getAttribute('href') === '#f-notice-retention-text')!;
    link.click();
    expect(document.activeElement?.id).to.equal('f-notice-retention-text');
    await type(element, '#f-notice-retention-text', 'Kaksi vuotta asiakkuuden päättymisestä.');
    expect([...element.querySelectorAll('.checklist a')].some((a) => a.getAttribute('href') === '#f-notice-retention-text')).to.equal(false);
  });

  it('keeps the work in localStorage until it is cleared', async () => {
    const first = await open();
    await type(first, '#f-notice-controller-name', 'Paahtimo Kajo Oy');
    first.remove();
    const second = await open();
    expect(second.querySelector<HTMLInputElement>('#f-notice-controller-name')!.value).to.equal('Paahtimo Kajo Oy');
    [...second.querySelectorAll('button')].find((b) => b.textContent.includes('Tyhjennä'))!.click();
    await second.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(second.querySelector<HTMLInputElement>('#f-notice-controller-name')!.value).to.equal('');
  });

  it('opens a pasted config, and a broken one is said in owner words', async () => {
    const element = await open();
    await type(element, '#start-config', '{ "google": { "measurementId": "G-ABCDEF12" }, }');
    [...element.querySelectorAll('button')].find((b) => b.textContent.includes('Käytä näitä'))!.click();
    await waitUntil(() => element.querySelector('[role=status]')?.textContent.includes('JSON'), 'the problem is said', STATUS_WAIT);
    await type(element, '#start-config', '{ "google": { "measurementId": "G-ABCDEF12" }, "language": "sv" }');
    [...element.querySelectorAll('button')].find((b) => b.textContent.includes('Käytä näitä'))!.click();
    await element.updateComplete;
    expect(element.querySelector<HTMLInputElement>('#f-google-measurementId')!.value).to.equal('G-ABCDEF12');
  });

  it('speaks Finnish, Swedish and English', async () => {
    const element = await open();
    expect(element.querySelector('h1')!.textContent).to.contain('asetusten tekijä');
    for (const [language, words] of [['sv', 'inställningsverktyg'], ['en', 'configurator']] as const) {
      const select = element.querySelector<HTMLSelectElement>('#page-language')!;
      select.value = language;
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.querySelector('h1')!.textContent).to.contain(words);
      expect(document.documentElement.lang).to.equal(language);
    }
    expect(element.querySelector('label[for=take-snippet]')!.textContent).to.equal('Paste into your pages');
  });

  it('previews the real banner and dialog from the built script tag, following what is typed', async function () {
    this.timeout(30_000);
    const element = await open();
    await type(element, '#f-google-measurementId', 'G-ABC123XYZ9');
    const frame = element.querySelector<HTMLIFrameElement>('#preview-frame')!;
    const banner = (): Element | null | undefined => frame.contentDocument?.querySelector('suostumus-banner')?.shadowRoot?.querySelector('section');
    await waitUntil(() => banner(), 'the banner appears in the preview', { timeout: 8000 });
    expect(banner()!.textContent).to.contain('Hyväksy kaikki');
    element.querySelector<HTMLInputElement>('#preview-language-en')!.click();
    await element.updateComplete;
    await waitUntil(() => banner()?.textContent.includes('Accept all'), 'the preview follows the language', { timeout: 8000 });
    element.querySelector<HTMLInputElement>('#preview-view-dialog')!.click();
    await element.updateComplete;
    await waitUntil(() => frame.contentDocument?.querySelector('suostumus-preferences')?.shadowRoot?.querySelector('dialog[open]'), 'the dialog opens', { timeout: 8000 });

    // Typing on while the dialog is previewed: the modal dialog opening in the frame does not take the focus.
    const field = element.querySelector<HTMLInputElement>('#f-google-measurementId')!;
    field.focus();
    const before = frame.contentDocument;
    await type(element, '#f-google-measurementId', 'G-ABC123XYZ8');
    await waitUntil(() => frame.contentDocument !== before && frame.contentDocument?.querySelector('suostumus-preferences')?.shadowRoot?.querySelector('dialog[open]'), 'the dialog opens again', { timeout: 8000 });
    await waitUntil(() => document.activeElement === field, 'the field keeps the focus', { timeout: 3000 });
  });

  // The 375 px width is checked end to end (test/e2e/configurator.test.mjs): WebDriver cannot resize here.
  it('is accessible (axe), with a mistake shown and every part open', async function () {
    // axe walks the whole form (several hundred nodes).
    this.timeout(30_000);
    const element = await open();
    await type(element, '#f-google-measurementId', 'wrong');
    element.querySelector<HTMLInputElement>('#service-youtube')!.click();
    element.querySelector<HTMLButtonElement>('#f-notice-purposes-items-0-purpose')!.click();
    await element.updateComplete;
    // The embed-tag maker (YouTube picked) with an address it cannot embed.
    await type(element, '#embed-address', 'https://maps.app.goo.gl/AbCdEf123');
    expect(element.querySelector('#embed-address-error')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });
});
