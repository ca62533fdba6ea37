// Hostile content must render inert: shown as text, never as markup, never as a script or a live link.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { RichText } from '../../src/notice/types.js';
import { SuostumusNotice } from '../../src/notice/notice.js';
import { richText } from '../../src/notice/render.js';
import { markupHadItsChance } from '../hardening/frame.js';
import { loadAllTexts } from './texts.js';

if (!customElements.get('suostumus-notice')) customElements.define('suostumus-notice', SuostumusNotice);

before(loadAllTexts);

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
  '"><a href="javascript:window.__pwned=1" onclick="window.__pwned=1">x</a>',
  '<details open ontoggle="window.__pwned = \'toggle\'">',
  '${window.__pwned = "template"}',
  '{{constructor.constructor("window.__pwned=1")()}}',
];

const HOSTILE_HREFS = [
  'javascript:window.__pwned="link"',
  'JAVASCRIPT:window.__pwned="link"',
  ' javascript:window.__pwned="link"',
  'java\nscript:window.__pwned="link"',
  'data:text/html,<script>parent.__pwned="data"</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '/\\evil.example/',
  'mailto:a@b.example"><img src=x onerror=window.__pwned=1>',
];

const hostile = {
  title: PAYLOADS[0],
  intro: PAYLOADS,
  controller: { name: PAYLOADS[1], address: PAYLOADS[2], email: 'x@y.example" onmouseover="window.__pwned=1', website: HOSTILE_HREFS[0] },
  contact: { people: [{ name: PAYLOADS[3], role: PAYLOADS[4] }] },
  purposes: { items: [{ purpose: PAYLOADS[5], basis: 'consent', detail: PAYLOADS[6] }] },
  sources: { fi: [{ list: HOSTILE_HREFS.map((href) => ({ href, text: `link ${href}` })) }] },
  recipients: [{ p: HOSTILE_HREFS.map((href) => ({ href })) }, { subheading: PAYLOADS[7] }],
  retention: { fi: PAYLOADS[1], en: PAYLOADS[2] },
  changes: { entries: [{ date: '2024-01-01', text: PAYLOADS[0] }] },
  sections: [{ id: 'extra', heading: PAYLOADS[3], text: PAYLOADS[4] }],
  onclick: 'window.__pwned = "attribute"',
};

/** Every element inside `root`, through shadow roots. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

function expectInert(root: ParentNode): void {
  const elements = allElements(root);
  const tags = new Set(elements.map((el) => el.localName));
  for (const tag of ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'form', 'input']) {
    expect(tags.has(tag), `<${tag}> rendered`).to.equal(false);
  }
  // Only the one <details> per section: none from the content.
  for (const el of elements) {
    for (const attribute of el.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${el.localName}[${attribute}]`).to.equal(false);
    }
    if (el instanceof HTMLAnchorElement) {
      expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(el.protocol);
      expect(el.getAttribute('href')).to.not.match(/^\s*(javascript|data|vbscript):|^\/\/|^\/\\/i);
    }
  }
}

describe('hostile content', () => {
  let error: typeof console.error;
  let warn: typeof console.warn;
  beforeEach(() => {
    delete window.__pwned;
    error = console.error;
    warn = console.warn;
    console.error = () => undefined;
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.error = error;
    console.warn = warn;
  });

  it('renders inert in the element: markup is shown as text, refused links are plain text', async () => {
    const el = await fixture<SuostumusNotice>(html`<suostumus-notice .notice=${hostile}></suostumus-notice>`);
    await el.updateComplete;
    el.openAll();
    await markupHadItsChance();
    expect(window.__pwned).to.equal(undefined);
    const shadow = el.shadowRoot!;
    expectInert(shadow);
    const text = shadow.textContent;
    for (const payload of PAYLOADS) expect(text).to.contain(payload);
    expect(text).to.contain('link javascript:window.__pwned="link"');
    expect(text).to.contain('vbscript:msgbox(1)');
    expect(shadow.querySelectorAll('details').length).to.equal(10);
    expect(el.hasAttribute('onclick')).to.equal(false);
  });

  it('renders inert from unvalidated rich text too (the renderer checks links again)', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const content = [
        ...PAYLOADS,
        { p: HOSTILE_HREFS.map((href) => ({ href, text: 'x' })) },
        { list: HOSTILE_HREFS.map((href) => [{ href }]) },
        ...HOSTILE_HREFS.map((href) => ({ href })),
        { subheading: PAYLOADS[0] },
        { html: PAYLOADS[1] },
        { p: [{ href: 'https://example.test/', text: { fi: PAYLOADS[2] } }] },
      ] as unknown as RichText;
      render(richText(content, { language: 'fi', level: 3 }), container);
      await markupHadItsChance();
      expect(window.__pwned).to.equal(undefined);
      expectInert(container);
      expect(container.querySelectorAll('a').length).to.equal(1);
      expect(container.querySelector('a')!.textContent).to.equal(PAYLOADS[2]);
      for (const payload of PAYLOADS) expect(container.textContent).to.contain(payload);
    } finally {
      container.remove();
    }
  });

  it('would notice a payload that ran: the sentinel waits for an <img onerror> of the same address', async () => {
    // The check the tests above rely on, shown able to fail: the payload put on the page as markup on purpose.
    const container = document.createElement('div');
    document.body.append(container);
    try {
      container.innerHTML = PAYLOADS[1] ?? '';
      await markupHadItsChance();
      expect(window.__pwned).to.equal('img');
    } finally {
      container.remove();
    }
  });

  it('does not let a section id or heading reach the page outside the element', async () => {
    const el = await fixture<SuostumusNotice>(html`<suostumus-notice .notice=${{ sections: [{ id: 'x" onmouseover="window.__pwned=1', heading: 'h', text: 't' }] }}></suostumus-notice>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details[id^="x"]')).to.equal(null);
    expectInert(el.shadowRoot!);
  });
});
