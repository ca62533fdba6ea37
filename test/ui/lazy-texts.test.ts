// The script-tag path: texts arrive one language at a time, as chunks. Nothing here registers all three
// languages (as `suostumus/define` does), so each element must fetch what it shows, and only that.
// This file runs in a page of its own: no other test has loaded any texts into it.
import { expect, waitUntil } from '@open-wc/testing';
import { bannerTexts, noticeTexts, uiTexts } from '../../src/page/texts.js';
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import { defineNotice } from '../../src/notice/lazy.js';
import type { SuostumusNotice } from '../../src/notice/notice.js';
import { mountUI } from '../../src/ui/lazy.js';
import { setDefaultStore } from '../../src/page/context.js';
import { testEnvironment } from '../core/environment.js';

describe('texts fetched per language', () => {
  after(() => {
    setDefaultStore(undefined);
    document.querySelectorAll('suostumus-banner, suostumus-preferences, suostumus-settings-button, suostumus-notice').forEach((el) => { el.remove(); });
    document.documentElement.style.removeProperty('scroll-padding-bottom');
  });

  it('the banner fetches its own texts in the page language only; switching fetches the next; the dialog brings its texts', async () => {
    expect([bannerTexts().get('fi'), bannerTexts().get('en'), bannerTexts().get('sv'), uiTexts().get('sv')]).to.deep.equal([undefined, undefined, undefined, undefined]);
    const store = createConsent(parseConfig({ language: 'sv' }), { ...testEnvironment(), document });
    const ui = await mountUI(store);
    const banner = document.querySelector('suostumus-banner')!;
    const heading = (): string | undefined => banner.shadowRoot!.querySelector('h2')?.textContent;
    expect(heading()).to.equal('Kakor och integritet');
    expect(bannerTexts().get('fi'), 'no Finnish banner texts').to.equal(undefined);
    expect(uiTexts().get('sv'), 'no dialog texts before the dialog').to.equal(undefined);

    const select = banner.shadowRoot!.querySelector('select')!;
    select.focus();
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => heading() === 'Cookies and privacy', 'the banner in English');
    expect(banner.shadowRoot!.activeElement?.tagName, 'the focus stays on the language switch').to.equal('SELECT');
    expect(bannerTexts().get('fi'), 'still no Finnish').to.equal(undefined);

    await ui.showPreferences();
    const dialog = document.querySelector('suostumus-preferences')!.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Cookie settings');
    expect(uiTexts().get('en'), 'the dialog texts of the chosen language').to.not.equal(undefined);
    expect(uiTexts().get('fi')).to.equal(undefined);
    dialog.close();
  });

  it('the notice renders once its standard texts in its language have arrived', async () => {
    expect(noticeTexts().get('fi')).to.equal(undefined);
    defineNotice();
    const notice: SuostumusNotice = document.createElement('suostumus-notice');
    notice.language = 'fi';
    notice.notice = { controller: { name: 'Esimerkki Oy' } };
    document.body.append(notice);
    await waitUntil(() => notice.shadowRoot?.querySelector('h2')?.textContent === 'Tietosuojaseloste', 'the notice in Finnish');
    expect(noticeTexts().get('fi')).to.not.equal(undefined);
    expect(noticeTexts().get('sv')).to.equal(undefined);
  });
});
