import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsentRecord } from '../../src/core/types.js';
import { mount, unmountAll } from './mount.js';

const LABELS = {
  fi: { accept: 'Hyväksy kaikki', reject: 'Hylkää kaikki', settings: 'Asetukset', save: 'Tallenna valinnat', button: 'Evästeasetukset' },
  en: { accept: 'Accept all', reject: 'Reject all', settings: 'Settings', save: 'Save choices', button: 'Cookie settings' },
  sv: { accept: 'Godkänn alla', reject: 'Avvisa alla', settings: 'Inställningar', save: 'Spara val', button: 'Cookieinställningar' },
} as const;
const LANGUAGES = ['fi', 'en', 'sv'] as const;

const isChromium = navigator.userAgent.includes('Chrome');
/** setViewport works for the puppeteer-driven browsers (Chromium, Firefox), not through WebKit's WebDriver. */
const canResize = isChromium || navigator.userAgent.includes('Firefox');
/** emulateMedia needs CDP: Chromium only (Firefox is driven over WebDriver BiDi). */
const canEmulate = isChromium;

function stored(env: { cookies: { values: Map<string, string> } }): ConsentRecord {
  return JSON.parse(env.cookies.values.get('suostumus')!) as ConsentRecord;
}

afterEach(() => { unmountAll(); });

describe('consent UI: states are accessible in every language', function () {
  // Four axe scans per test; WebKit's first scan also loads axe.
  this.timeout(20_000);
  for (const language of LANGUAGES) {
    it(`${language}: banner, dialog on a first visit, dialog with a decision, after the decision`, async () => {
      const m = await mount({ language, google: { measurementId: 'G-UITEST123' }, noticeUrl: '/tietosuoja' });
      const section = m.inBanner('section')!;
      expect(section.getAttribute('lang')).to.equal(language);
      expect(m.button(m.banner, LABELS[language].accept)).to.exist;
      await expect(m.banner).to.be.accessible();

      await m.preferences.show();
      await m.settle();
      expect(m.preferences.open).to.equal(true);
      await expect(m.preferences).to.be.accessible();
      m.preferences.close();

      m.button(m.banner, LABELS[language].reject).click();
      await m.settle();
      expect(m.inBanner('section')).to.equal(null);
      const settingsButton = document.querySelector('suostumus-settings-button')!;
      expect(m.button(settingsButton, LABELS[language].button)).to.exist;
      await expect(m.banner).to.be.accessible();
      await expect(settingsButton).to.be.accessible();

      await m.preferences.show();
      await m.settle();
      expect(m.inDialog('time')).to.exist;
      expect(m.inDialog('code.consent-id')!.textContent).to.equal(m.store.get().record!.id);
      await expect(m.preferences).to.be.accessible();
    });
  }
});

if (canEmulate) {
  describe('consent UI: dark colour scheme', () => {
    it('banner and dialog meet contrast (axe) with prefers-color-scheme: dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' }, noticeUrl: '/tietosuoja' });
        // The dark palette really applies (not the light one twice).
        expect(getComputedStyle(m.inBanner('section')!).backgroundColor).to.equal('rgb(31, 32, 35)');
        await expect(m.banner).to.be.accessible();
        await m.preferences.show();
        await m.settle();
        await expect(m.preferences).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });
}

if (canEmulate) {
  describe('consent UI: forced colours (Windows high contrast, issue 14)', () => {
    it('buttons keep their border; each switch keeps a visible knob, and on and off look different', async () => {
      expect(await executeServerCommand('emulate-forced-colors', { active: true }), 'Chromium can emulate it').to.equal(true);
      try {
        const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' } });
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours apply').to.equal(true);
        // The banner's buttons keep an outline of their own against the banner.
        const accept = m.inBanner('button[part="accept"]')!;
        expect(getComputedStyle(accept).borderTopColor, 'a button\'s border shows').to.not.equal(getComputedStyle(m.inBanner('section')!).backgroundColor);
        await m.preferences.show();
        await m.settle();
        const look = (id: string) => {
          const input = m.inDialog<HTMLInputElement>(`#switch-${id}`)!;
          return { track: getComputedStyle(input).backgroundColor, knob: getComputedStyle(input, '::before').backgroundColor, checked: input.checked };
        };
        const necessary = look('necessary');
        const analytics = look('analytics');
        expect([necessary.checked, analytics.checked]).to.deep.equal([true, false]);
        expect(necessary.knob, 'the knob of "always on" stands out from its track').to.not.equal(necessary.track);
        expect(analytics.knob, 'the knob of an off switch stands out from its track').to.not.equal(analytics.track);
        expect(necessary.track, 'on and off tracks differ').to.not.equal(analytics.track);
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });
  });
}

describe('consent UI: theme from the config', () => {
  it('sets the --suostumus-* properties on the elements', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'fi', theme: { accent: '#00573f', radius: '0px' } });
    expect(m.banner.style.getPropertyValue('--suostumus-accent')).to.equal('#00573f');
    expect(getComputedStyle(m.button(m.banner, 'Hylkää kaikki')).backgroundColor).to.equal('rgb(0, 87, 63)');
    expect(getComputedStyle(m.button(m.banner, 'Hylkää kaikki')).borderTopLeftRadius).to.equal('0px');
  });
});

describe('consent UI: banner', () => {
  it('shows while undecided, hides after a decision and confirms it in a polite live region', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'fi' });
    expect(m.inBanner('section')).to.exist;
    expect(m.inBanner('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    m.button(m.banner, 'Hyväksy kaikki').click();
    await m.settle();
    expect(m.inBanner('section')).to.equal(null);
    expect(m.inBanner('[role="status"]')!.textContent).to.equal('Kaikki evästeet hyväksytty.');
    expect(stored(m.env).source).to.equal('banner');
  });

  it('is not modal: the page behind stays usable (no cookie wall)', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'fi' });
    const pageButton = document.createElement('button');
    pageButton.textContent = 'Page';
    let clicked = false;
    pageButton.addEventListener('click', () => { clicked = true; });
    document.body.prepend(pageButton);
    try {
      pageButton.focus();
      expect(document.activeElement).to.equal(pageButton);
      pageButton.click();
      expect(clicked).to.equal(true);
      expect(m.inBanner('section')!.getAttribute('aria-modal')).to.equal(null);
    } finally {
      pageButton.remove();
    }
  });

  it('links the privacy notice and says when GPC was honoured', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'en', noticeUrl: '/privacy' }, { globalPrivacyControl: true });
    expect(m.inBanner('a')!.getAttribute('href')).to.equal('/privacy');
    expect(m.inBanner('.gpc')!.textContent).to.contain('Global Privacy Control');
  });

  it('keeps focused content clear of it with scroll-padding-bottom (WCAG 2.4.11)', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'fi' });
    // Set from the banner's first resize observation, after layout (never by forcing one).
    await waitUntil(() => document.documentElement.style.scrollPaddingBottom !== '', 'scroll-padding-bottom is set');
    const padding = parseFloat(document.documentElement.style.scrollPaddingBottom);
    expect(padding).to.be.closeTo(m.inBanner('section')!.offsetHeight, 1);
    m.store.rejectAll();
    await m.settle();
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
  });

  it('paints its first frame before it makes room for itself (no second layout in that frame)', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'fi' });
    // The bar is built in mount's task when its texts are cached; else watch for it.
    if (!m.inBanner('section')) {
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => { if (m.inBanner('section')) { observer.disconnect(); resolve(); } });
        observer.observe(m.banner.shadowRoot!, { childList: true, subtree: true });
      });
    }
    // A task after the bar's first frame: a resize observation in that frame would have set the padding.
    await new Promise((resolve) => { requestAnimationFrame(() => { setTimeout(resolve); }); });
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    await waitUntil(() => document.documentElement.style.scrollPaddingBottom !== '', 'scroll-padding-bottom is set a frame later');
    expect(parseFloat(document.documentElement.style.scrollPaddingBottom)).to.be.closeTo(m.inBanner('section')!.offsetHeight, 1);
  });

  it('lets the visitor switch language, and the record keeps it', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' } });
    const select = m.inBanner<HTMLSelectElement>('select')!;
    select.value = 'sv';
    select.dispatchEvent(new Event('change'));
    await m.settle();
    expect(m.inBanner('section')!.getAttribute('lang')).to.equal('sv');
    m.button(m.banner, 'Avvisa alla').click();
    expect(stored(m.env).language).to.equal('sv');
  });
});

describe('consent UI: equal prominence of accept and reject', () => {
  for (const scheme of canEmulate ? ['light', 'dark'] as const : ['light'] as const) {
    for (const language of LANGUAGES) {
      it(`${language}, ${scheme}: same font size, weight and box within 2 px`, async () => {
        if (canEmulate) await emulateMedia({ colorScheme: scheme });
        try {
          const m = await mount({ google: { measurementId: 'G-UITEST123' }, language });
          const [accept, reject, settings] = [LABELS[language].accept, LABELS[language].reject, LABELS[language].settings].map((n) => m.button(m.banner, n));
          for (const other of [reject, settings]) {
            const a = getComputedStyle(accept!);
            const b = getComputedStyle(other!);
            expect(b.fontSize).to.equal(a.fontSize);
            expect(b.fontWeight).to.equal(a.fontWeight);
            expect(b.backgroundColor).to.equal(a.backgroundColor);
            expect(b.color).to.equal(a.color);
            const boxA = accept!.getBoundingClientRect();
            const boxB = other!.getBoundingClientRect();
            expect(Math.abs(boxA.width - boxB.width)).to.be.at.most(2);
            expect(Math.abs(boxA.height - boxB.height)).to.be.at.most(2);
          }
        } finally {
          if (canEmulate) await emulateMedia({ colorScheme: 'light' });
        }
      });
    }
  }
});

describe('consent UI: keyboard', () => {
  it('the banner is reached by Tab from the top of the page, and Enter on Reject all decides', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'fi' });
    const start = document.createElement('button');
    start.textContent = 'start';
    document.body.prepend(start);
    try {
      start.focus();
      const reject = m.button(m.banner, 'Hylkää kaikki');
      let found = false;
      for (let i = 0; i < 10 && !found; i++) {
        await sendKeys({ press: 'Tab' });
        found = m.banner.shadowRoot!.activeElement === reject;
      }
      expect(found, 'Reject all reached by Tab').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await m.settle();
      expect(m.store.get().status).to.equal('decided');
      expect(stored(m.env).categories.analytics).to.equal(false);
    } finally {
      start.remove();
    }
  });

  it('the dialog keeps focus inside, Escape closes it without a decision, focus returns to the opener', async () => {
    const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' } });
    const opener = m.button(m.banner, 'Asetukset');
    opener.focus();
    opener.click();
    await m.settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(m.preferences.open).to.equal(true);
    const dialog = m.inDialog('dialog')!;
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = m.preferences.shadowRoot!.activeElement;
      // Outside the dialog is inert: focus is inside it, or (between wraps) on no page element at all.
      if (active) expect(dialog.contains(active), `Tab ${i + 1}`).to.equal(true);
      else expect(document.activeElement === m.preferences || document.activeElement === document.body, `Tab ${i + 1}`).to.equal(true);
    }
    // Firefox may have tabbed from the modal dialog into its own toolbar; Tab brings focus back to the page
    // (otherwise it stays in the toolbar for every later test file).
    for (let i = 0; i < 3 && !document.hasFocus(); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await m.settle();
    expect(m.preferences.open).to.equal(false);
    expect(m.store.get().status).to.equal('undecided');
    expect(m.env.cookies.writes).to.have.length(0);
    expect(m.banner.shadowRoot!.activeElement).to.equal(opener);
  });

  it('the close button records nothing', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'en' });
    await m.preferences.show();
    m.inDialog<HTMLButtonElement>('button.close')!.click();
    await m.settle();
    expect(m.preferences.open).to.equal(false);
    expect(m.store.get().status).to.equal('undecided');
  });
});

describe('consent UI: decisions through the dialog', () => {
  function toggle(m: Awaited<ReturnType<typeof mount>>, id: string): HTMLInputElement {
    const input = m.inDialog<HTMLInputElement>(`#switch-${id}`)!;
    input.click();
    return input;
  }

  it('nothing is pre-ticked on a first visit; necessary is on and disabled', async () => {
    const m = await mount({ language: 'en', google: { measurementId: 'G-UITEST123' } });
    await m.preferences.show();
    await m.settle();
    expect(m.inDialog<HTMLInputElement>('#switch-necessary')!.checked).to.equal(true);
    expect(m.inDialog<HTMLInputElement>('#switch-necessary')!.disabled).to.equal(true);
    expect(m.inDialog<HTMLInputElement>('#switch-analytics')!.checked).to.equal(false);
    expect(m.inDialog<HTMLInputElement>('#switch-demographics')!.checked).to.equal(false);
    expect(m.inDialog('#switch-analytics')!.getAttribute('role')).to.equal('switch');
  });

  it('demographics on turns analytics on; analytics off turns demographics off', async () => {
    const m = await mount({ language: 'en', google: { measurementId: 'G-UITEST123' } });
    await m.preferences.show();
    await m.settle();
    toggle(m, 'demographics');
    await m.settle();
    expect(m.inDialog<HTMLInputElement>('#switch-analytics')!.checked).to.equal(true);
    toggle(m, 'analytics');
    await m.settle();
    expect(m.inDialog<HTMLInputElement>('#switch-demographics')!.checked).to.equal(false);
  });

  it('accept, custom save, reopen and withdraw: the stored record matches each click', async () => {
    const m = await mount({ language: 'en', google: { measurementId: 'G-UITEST123' } });
    m.button(m.banner, 'Accept all').click();
    expect(stored(m.env)).to.deep.include({ source: 'banner', categories: { necessary: true, analytics: true, demographics: true } });
    const id = stored(m.env).id;

    await m.preferences.show();
    await m.settle();
    expect(m.inDialog<HTMLInputElement>('#switch-demographics')!.checked, 'the dialog shows the current choice').to.equal(true);
    toggle(m, 'demographics');
    await m.settle();
    m.button(m.preferences, 'Save choices').click();
    expect(stored(m.env)).to.deep.include({ source: 'preferences', id, categories: { necessary: true, analytics: true, demographics: false } });

    const settingsButton = document.querySelector('suostumus-settings-button')!;
    await m.settle();
    m.button(settingsButton, 'Cookie settings').click();
    await m.settle();
    expect(m.preferences.open).to.equal(true);
    m.button(m.preferences, 'Reject all').click();
    await m.settle();
    expect(stored(m.env)).to.deep.include({ source: 'preferences', id, categories: { necessary: true, analytics: false, demographics: false } });
    expect(m.preferences.open).to.equal(false);
    expect(m.inDialog('[role="status"]')!.textContent).to.equal('Optional cookies rejected.');
  });

  it('a [data-suostumus-open] link opens the dialog', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'fi' });
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.suostumusOpen = '';
    link.textContent = 'Evästeasetukset';
    document.body.append(link);
    try {
      link.click();
      await m.settle();
      expect(m.preferences.open).to.equal(true);
      expect(window.location.hash).to.equal('');
    } finally {
      link.remove();
    }
  });

  it('lists services and cookies with purpose, duration, provider and party', async () => {
    const m = await mount({
      language: 'en',
      google: { measurementId: 'G-UITEST123' },
      categories: [{ id: 'marketing', title: 'Marketing', description: 'Ads.', services: [{ name: 'Pixel', provider: 'Ads Ltd', cookies: [{ name: '_px', purpose: 'Tracking', duration: '3 months', thirdParty: true }] }] }],
    });
    await m.preferences.show();
    await m.settle();
    const text = m.inDialog('ul.categories')!.textContent;
    for (const expected of ['_ga', '_ga_UITEST123', 'Google Ireland Ltd', '_px', 'Tracking', '3 months', 'Ads Ltd', 'Third party', 'suostumus']) {
      expect(text).to.contain(expected);
    }
  });
});

describe('consent UI: the embed providers a site uses', () => {
  it('the dialog opens listing the providers the config names, their cookies in the visitor\'s language, and keeps them through a language switch', async () => {
    // Their facts are a chunk of their own (issue 15), fetched when the dialog is shown: it opens once they are here.
    const m = await mount({ language: 'sv', embeds: ['vimeo'] });
    await m.preferences.show();
    expect(m.preferences.open).to.equal(true);
    const listed = (): string => m.inDialog('ul.categories')!.textContent;
    for (const expected of ['Inbäddat innehåll', 'Vimeo', 'Vimeo.com, Inc.', '__cf_bm', 'Skiljer människor från botar (Cloudflare).', '30 minuter']) {
      expect(listed()).to.contain(expected);
    }
    expect(listed()).not.to.contain('YouTube');
    const select = m.inDialog<HTMLSelectElement>('select')!;
    select.value = 'fi';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => listed().includes('Upotettu sisältö'), 'the dialog follows the switch');
    for (const expected of ['Vimeo', '__cf_bm', 'Erottaa ihmiset boteista (Cloudflare).', '30 minuuttia']) expect(listed()).to.contain(expected);
  });
});

describe('consent UI: small screens and targets', () => {
  it('every button is at least 24×24 px', async () => {
    const m = await mount({ google: { measurementId: 'G-UITEST123' }, language: 'fi' });
    await m.preferences.show();
    await m.settle();
    for (const host of [m.banner, m.preferences]) {
      for (const button of host.shadowRoot!.querySelectorAll('button, input')) {
        const box = button.getBoundingClientRect();
        expect(box.width, button.outerHTML).to.be.at.least(24);
        expect(box.height, button.outerHTML).to.be.at.least(24);
      }
    }
  });

  if (canResize) {
    it('reflows to 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' } });
        const banner = m.inBanner('section')!;
        expect(banner.scrollWidth).to.be.at.most(banner.clientWidth + 1);
        expect(banner.getBoundingClientRect().width).to.be.at.most(320);
        await m.preferences.show();
        await m.settle();
        const dialog = m.inDialog('dialog')!;
        expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
        expect(dialog.getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
