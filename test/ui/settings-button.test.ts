import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SuostumusSettingsButton } from '../../src/loader/settings-button/settings-button.js';
import { defineElements } from '../../src/define.js';

defineElements();

describe('<suostumus-settings-button>', () => {
  for (const [lang, name] of [['fi', 'Evästeasetukset'], ['en', 'Cookie settings'], ['sv', 'Cookieinställningar']] as const) {
    it(`is an accessible button named "${name}" in ${lang}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><suostumus-settings-button></suostumus-settings-button></div>`);
      const el = wrapper.querySelector('suostumus-settings-button')!;
      expect(el).to.be.instanceOf(SuostumusSettingsButton);
      const button = el.shadowRoot!.querySelector('button')!;
      expect(button.textContent.trim()).to.equal(name);
      expect(button.getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
    });
  }

  it('asks the page to open the settings dialog, with an event that bubbles out of the shadow root', async () => {
    const el = await fixture<SuostumusSettingsButton>(html`<suostumus-settings-button></suostumus-settings-button>`);
    const opened = oneEvent(document, 'suostumus-open-preferences');
    el.shadowRoot!.querySelector('button')!.click();
    const event = await opened;
    expect(event.composed).to.equal(true);
  });

  it('is a target of at least 24×24 px (WCAG 2.5.8)', async () => {
    const el = await fixture<SuostumusSettingsButton>(html`<suostumus-settings-button></suostumus-settings-button>`);
    const box = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });
});
