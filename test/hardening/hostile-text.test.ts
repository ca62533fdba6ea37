// Issue #9, scenario 8: hostile text in every config string that reaches the page, in fi, en and sv,
// through the script tag (the built bundle in an iframe page). The payloads (test/e2e/payloads.mjs) each
// set window.__pwned if they ever run; they must be shown as text and create no element, attribute or link.
import { expect } from '@open-wc/testing';
import { PAYLOADS } from './cases.mjs';
import { Frame, OFFLINE_CSP, clearCookies, markupHadItsChance, removeFrames, waitFor } from './frame.js';

const LANGUAGES = ['fi', 'en', 'sv'] as const;
type Language = (typeof LANGUAGES)[number];
type Text = Record<Language, string>;

const BANNER_HEADING: Text = { fi: 'Evästeet ja yksityisyys', en: 'Cookies and privacy', sv: 'Kakor och integritet' };
const DIALOG_HEADING: Text = { fi: 'Evästeasetukset', en: 'Cookie settings', sv: 'Cookieinställningar' };

/** Builds config values from the payloads, in turn, and remembers which strings each language must show. */
class Payloads {
  private next = 0;
  readonly expected: Record<Language, Set<string>> = { fi: new Set(), en: new Set(), sv: new Set() };
  uses = 0;

  /** A plain string: the same in every language. */
  plain(): string {
    const value = PAYLOADS[this.next++ % PAYLOADS.length]!;
    this.uses++;
    for (const language of LANGUAGES) this.expected[language].add(value);
    return value;
  }

  /** A text with a different payload in each language. */
  text(): Text {
    const value = {} as Text;
    for (const language of LANGUAGES) {
      value[language] = PAYLOADS[this.next++ % PAYLOADS.length]!;
      this.uses++;
      this.expected[language].add(value[language]);
    }
    return value;
  }

  /** A string every language shows (one that is not from the list). */
  own(value: string): string {
    this.uses++;
    for (const language of LANGUAGES) this.expected[language].add(value);
    return value;
  }

  /** Rich-text blocks per language: a paragraph and a list, each a payload. */
  blocks(): Record<Language, unknown[]> {
    const text = (): Text => this.text();
    const [a, b, c] = [text(), text(), text()];
    return {
      fi: [a.fi, { list: [b.fi, c.fi] }],
      en: [a.en, { list: [b.en, c.en] }],
      sv: [a.sv, { list: [b.sv, c.sv] }],
    };
  }
}

// Cookie names may not hold spaces, ";", "," or "=" (the config refuses them): hostile ones within that.
const COOKIE_NAMES = [
  '<script>window.__pwned++</script>',
  '</code><script>window.__pwned++</script>',
  '<!--<script>window.__pwned++</script>-->',
  '${window.__pwned++}',
  "{{constructor.constructor('window.__pwned++')()}}",
  '<svg><script>window.__pwned++</script></svg>',
];

function categories(p: Payloads): unknown[] {
  const list: unknown[] = [];
  for (let c = 0; c < 6; c++) {
    list.push({
      id: `c${c}`,
      title: p.text(),
      description: p.text(),
      services: [{
        name: p.plain(),
        provider: p.plain(),
        purpose: p.text(),
        cookies: [{ name: p.own(COOKIE_NAMES[c]!), purpose: p.text(), duration: p.text(), provider: p.plain() }],
      }],
    });
  }
  // A built-in category's shipped texts overridden, and a service added to it.
  list.push({
    id: 'analytics',
    title: p.text(),
    description: p.text(),
    services: [{ name: p.plain(), provider: p.plain(), purpose: p.text(), cookies: [{ name: '_x*', purpose: p.text(), duration: p.text(), provider: p.plain() }] }],
  });
  return list;
}

const HOSTILE_HREFS = [
  'javascript:window.__pwned=101',
  'JAVASCRIPT:window.__pwned=102',
  ' javascript:window.__pwned=103',
  'java\nscript:window.__pwned=104',
  'java\tscript:window.__pwned=105',
  'data:text/html,<script>parent.__pwned=106</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xMDc8L3NjcmlwdD4=',
  'vbscript:window.__pwned=108',
  '//evil.example/',
];

function notice(p: Payloads): unknown {
  const linkText = (): Text => p.text();
  return {
    title: p.text(),
    intro: p.blocks(),
    controller: { name: p.plain(), address: p.plain(), email: 'tietosuoja@kajo.example' },
    contact: { people: [{ name: p.plain(), role: p.text(), email: 'dpo@kajo.example' }] },
    register: p.text(),
    purposes: { items: [{ purpose: p.text(), basis: 'consent', detail: p.text() }], text: p.text() },
    dataCategories: p.blocks(),
    sources: { heading: p.text(), text: p.blocks() },
    // Links with hostile hrefs and payload texts: refused by the validation, shown as plain text.
    recipients: [
      { p: [p.text(), ...HOSTILE_HREFS.map((href) => ({ href, text: linkText() }))] },
      { list: HOSTILE_HREFS.map((href) => ({ href, text: linkText() })) },
      ...HOSTILE_HREFS.map((href) => ({ href, text: linkText() })),
      // Without a text: the refused address itself is shown, as text.
      { p: HOSTILE_HREFS.map((href) => ({ href })) },
      { subheading: p.text() },
      // A valid link whose text is a payload: a link, its text shown as text.
      { p: [{ href: 'https://example.test/tietosuoja', text: linkText() }] },
    ],
    transfers: p.text(),
    retention: p.blocks(),
    security: { manual: p.text(), electronic: p.text() },
    cookies: { text: p.text() },
    automatedDecisions: { none: true, text: p.text() },
    rights: { text: p.text() },
    complaint: { text: p.text() },
    changes: { entries: [{ date: '2024-01-01', text: p.text() }] },
    sections: [{ id: 'extra', heading: p.text(), text: p.blocks(), after: 'purposes' }],
  };
}

/** As a careful site (or its CMS) writes inline JSON: "<" escaped, so no "</script" or "<!--" ends the element. */
const inlineJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');

const dialogPayloads = new Payloads();
const DIALOG_CONFIG = inlineJson({ categories: categories(dialogPayloads) });
const noticePayloads = new Payloads();
const NOTICE_CONFIG = inlineJson({ categories: categories(noticePayloads), notice: notice(noticePayloads) });

/** Every element under `root`, through shadow roots. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

// Elements no payload may create (the UI itself uses none of them).
const FORBIDDEN = new Set([
  'script', 'img', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'form', 'video', 'audio', 'source', 'marquee',
  'textarea', 'keygen', 'isindex', 'link', 'meta', 'base', 'style', 'template', 'noscript', 'body', 'title', 'x',
  'animate', 'use', 'image', 'mglyph', 'mtext', 'lit$123$',
]);
const BAD_HREF = /^\s*(?:javascript|data|vbscript):|^\/\/|^\s*j\s*a\s*v\s*a/i;

function expectInert(root: ParentNode, where: string): void {
  for (const element of allElements(root)) {
    expect(FORBIDDEN.has(element.localName), `<${element.localName}> in ${where}`).to.equal(false);
    for (const attribute of element.getAttributeNames()) {
      expect(/^on/i.test(attribute), `${element.localName}[${attribute}] in ${where}`).to.equal(false);
      expect(['src', 'srcdoc', 'formaction', 'xlink:href', 'action', 'style'].includes(attribute), `${element.localName}[${attribute}] in ${where}`).to.equal(false);
    }
    if (element.localName === 'a') {
      const href = element.getAttribute('href') ?? '';
      expect(BAD_HREF.test(href), `<a href="${href}"> in ${where}`).to.equal(false);
      expect(['http:', 'https:', 'mailto:', 'tel:'], `<a href="${href}"> in ${where}`).to.include((element as HTMLAnchorElement).protocol);
    }
  }
}

function expectShown(root: ParentNode, expected: Set<string>, where: string): void {
  const shown = root.textContent ?? '';
  const missing = [...expected].filter((value) => !shown.includes(value));
  expect(missing, `payloads not shown as text in ${where}`).to.deep.equal([]);
}

interface TopWindow extends Window { __pwned?: unknown }
const topPwned: unknown[] = [];

describe(`hardening: hostile text (${PAYLOADS.length} payloads)`, () => {
  before(() => {
    // A payload running in the page and reaching for its parent would land here.
    Object.defineProperty(window, '__pwned', { configurable: true, get: () => undefined, set: (value: unknown) => { topPwned.push(value); } });
    clearCookies();
  });
  afterEach(() => {
    removeFrames();
    clearCookies();
    expect(topPwned, 'the canary of the test page').to.deep.equal([]);
  });
  after(() => {
    delete (window as TopWindow).__pwned;
  });

  it('every payload is used at least twice, and every one is expected on screen in some language', () => {
    for (const p of [dialogPayloads, noticePayloads]) {
      expect(p.uses).to.be.at.least(PAYLOADS.length * 2);
      const union = new Set(LANGUAGES.flatMap((language) => [...p.expected[language]]));
      expect(PAYLOADS.filter((payload) => !union.has(payload))).to.deep.equal([]);
    }
  });

  it(`banner and settings dialog, every <details> open, in fi → en → sv via the banner's language select (${dialogPayloads.uses} uses)`, async function () {
    this.timeout(20_000);
    const frame = await Frame.page({ config: DIALOG_CONFIG, csp: OFFLINE_CSP });
    const win = frame.win;
    for (const language of LANGUAGES) {
      const banner = await frame.bannerShown();
      if (language !== 'fi') {
        const select = banner.querySelector('select');
        expect(select, 'the language select in the banner').to.not.equal(null);
        select!.value = language;
        select!.dispatchEvent(new win.Event('change', { bubbles: true }));
      }
      await waitFor(() => frame.bannerRegion()?.querySelector('h2')?.textContent.trim() === BANNER_HEADING[language], `the banner in ${language}`);
      const dialog = await frame.openSettings();
      await waitFor(() => dialog.textContent.includes(DIALOG_HEADING[language]), `the dialog in ${language}`);
      const root = frame.shadow('suostumus-preferences')!;
      const details = [...root.querySelectorAll('details')];
      expect(details.length, 'a <details> per category with services').to.equal(8);
      for (const element of details) element.open = true;
      await markupHadItsChance(win);
      expect(frame.capture.pwned, `the canary (${language})`).to.deep.equal([]);
      expect(win.__pwned).to.equal(undefined);
      expectShown(root, dialogPayloads.expected[language], `the dialog (${language})`);
      expectInert(root, `the dialog (${language})`);
      expectInert(frame.shadow('suostumus-banner')!, `the banner (${language})`);
      dialog.close();
      await waitFor(() => frame.openDialog() === null, 'the dialog to close');
    }
    expect(frame.capture.uncaught).to.deep.equal([]);
    expect(frame.capture.errors).to.deep.equal([]);
    expect(frame.capture.violations).to.deep.equal([]);
    expect(win.suostumus!.get().status, 'nothing decided on the way').to.equal('undecided');
  });

  it(`privacy notice: section and link texts, javascript:/data: links, the generated cookie list, in fi → en → sv (${noticePayloads.uses} uses)`, async function () {
    this.timeout(20_000);
    const frame = await Frame.page({ config: NOTICE_CONFIG, csp: OFFLINE_CSP, notice: true });
    const win = frame.win;
    const element = frame.doc.querySelector('suostumus-notice')!;
    const root = await waitFor(() => (element.shadowRoot?.querySelector('article') ? element.shadowRoot : null), 'the notice to render');
    root.querySelector<HTMLButtonElement>('button[part="toggle-all"]')!.click();
    for (const language of LANGUAGES) {
      if (language !== 'fi') frame.doc.documentElement.lang = language;
      await waitFor(() => root.querySelector('article')?.getAttribute('lang') === language, `the notice in ${language}`);
      for (const details of root.querySelectorAll('details')) details.open = true;
      await markupHadItsChance(win);
      expect(frame.capture.pwned, `the canary (${language})`).to.deep.equal([]);
      expect(win.__pwned).to.equal(undefined);
      expectShown(root, noticePayloads.expected[language], `the notice (${language})`);
      expectInert(root, `the notice (${language})`);
      // The refused links are text; the one valid link is a link, its payload text shown as text.
      const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(links.filter((href) => BAD_HREF.test(href)), 'hostile links').to.deep.equal([]);
      expect(links, 'the valid link').to.include('https://example.test/tietosuoja');
      for (const href of HOSTILE_HREFS.filter((h) => !/\s/.test(h))) {
        expect(root.textContent, `the refused address ${href} shown as text`).to.include(href);
      }
    }
    // The validation says what it refused; nothing else is logged, nothing escapes.
    expect(frame.capture.errors.length, 'the notice reports its invalid links').to.be.at.least(1);
    expect(frame.capture.errors.every((e) => e.startsWith('suostumus')), frame.capture.errors.join(' | ')).to.equal(true);
    expect(frame.capture.uncaught).to.deep.equal([]);
    expect(frame.capture.violations).to.deep.equal([]);
  });
});
