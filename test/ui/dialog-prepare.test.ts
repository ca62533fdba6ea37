// The settings dialog readied ahead of opening (issue 15): `prepare()` renders the closed dialog a part
// at a time, so that the script tag's banner chunk can spread the work over idle tasks (src/ui/lazy.ts;
// the built bundle's side is test/hardening/dialog-ready.test.ts and test/e2e/dialog-ready.test.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, unmountAll } from './mount.js';
import type { Mounted } from './mount.js';

afterEach(() => { unmountAll(); });

/** Readies the whole dialog, one part a call; returns how many calls it took. */
async function prepareAll(m: Mounted): Promise<number> {
  let calls = 1;
  while (await m.preferences.prepare()) calls += 1;
  return calls;
}

const categories = (m: Mounted): number => m.preferences.shadowRoot!.querySelectorAll('li.category').length;
const switchOf = (m: Mounted, id: string): HTMLInputElement => m.inDialog<HTMLInputElement>(`#switch-${id}`)!;

describe('settings dialog: readied ahead of opening', () => {
  it('renders nothing until asked, then the dialog and one category a call, all closed', async () => {
    const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' } });
    expect(m.inDialog('dialog'), 'nothing rendered before it is asked for').to.equal(null);
    expect(await m.preferences.prepare(), 'parts left after the first').to.equal(true);
    expect(m.inDialog('dialog')).to.exist;
    expect(categories(m), 'the first part is the dialog without its categories').to.equal(0);
    expect(await m.preferences.prepare()).to.equal(true);
    expect(categories(m)).to.equal(1);
    // necessary, analytics, demographics: three categories, four parts in all.
    expect(1 + 1 + await prepareAll(m)).to.equal(4);
    expect(categories(m)).to.equal(3);
    expect(await m.preferences.prepare(), 'nothing left').to.equal(false);
    const dialog = m.inDialog<HTMLDialogElement>('dialog')!;
    expect(dialog.open).to.equal(false);
    expect(m.preferences.open).to.equal(false);
    // Closed, the dialog is not rendered: nothing of it is laid out, focusable or in the accessibility tree.
    expect(getComputedStyle(dialog).display).to.equal('none');
    expect(m.button(m.preferences, 'Tallenna valinnat').getClientRects().length).to.equal(0);
  });

  it('the readied dialog is out of the tab order: Tab moves through the banner and the page only', async () => {
    const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' } });
    await prepareAll(m);
    m.button(m.banner, 'Hyväksy kaikki').focus();
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      expect(m.preferences.shadowRoot!.activeElement, `Tab ${i + 1}`).to.equal(null);
    }
  });

  it('opens with the consent state of the moment it opens, not of its readying', async () => {
    const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' } });
    await prepareAll(m);
    expect(switchOf(m, 'analytics').checked).to.equal(false);
    expect(m.inDialog('code.consent-id')).to.equal(null);
    // Decided elsewhere (the API, another tab) after the dialog was readied. Closed, the dialog renders
    // that only when it opens (not in the task of the decision).
    m.store.set({ analytics: true }, 'api');
    await m.settle();
    expect(m.inDialog('code.consent-id'), 'rendered while closed').to.equal(null);
    await m.preferences.show();
    expect(m.preferences.open).to.equal(true);
    expect(switchOf(m, 'analytics').checked, 'analytics as decided').to.equal(true);
    expect(switchOf(m, 'demographics').checked).to.equal(false);
    expect(m.inDialog('code.consent-id')!.textContent, 'the decision\'s record').to.equal(m.store.get().record!.id);
    m.preferences.close();
  });

  it('opened halfway through its readying, it renders the rest at once', async () => {
    const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' } });
    await m.preferences.prepare();
    await m.preferences.prepare();
    await m.preferences.show();
    expect(categories(m)).to.equal(3);
    expect(await m.preferences.prepare(), 'nothing left to ready').to.equal(false);
    m.preferences.close();
  });

  it('a language switch after the readying: the dialog opens in the new language', async () => {
    const m = await mount({ language: 'fi', google: { measurementId: 'G-UITEST123' } });
    await prepareAll(m);
    expect(m.inDialog('h2')!.textContent).to.equal('Evästeasetukset');
    const select = m.inBanner<HTMLSelectElement>('select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => m.inBanner('h2')?.textContent === 'Cookies and privacy', 'the banner in English');
    await m.preferences.show();
    expect(m.inDialog('h2')!.textContent).to.equal('Cookie settings');
    expect(m.button(m.preferences, 'Save choices')).to.exist;
    expect(categories(m)).to.equal(3);
    m.preferences.close();
  });
});
