// Mounts the real consent UI on the test page over a real store; only the cookie jar is in memory.
import { parseConfig } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';
import type { ConsentStore } from '../../src/core/consent.js';
import { defineElements } from '../../src/define.js';
import { startConsentUI } from '../../src/ui/mount.js';
import type { ConsentUI } from '../../src/ui/mount.js';
import { pageContext, setDefaultStore } from '../../src/page/context.js';
import type { SuostumusBanner } from '../../src/ui/banner/banner.js';
import type { SuostumusPreferences } from '../../src/ui/preferences/preferences.js';
import { testEnvironment } from '../core/environment.js';
import type { TestEnvironment } from '../core/environment.js';

defineElements();

export interface Mounted {
  store: ConsentStore;
  env: TestEnvironment;
  ui: ConsentUI;
  banner: SuostumusBanner;
  preferences: SuostumusPreferences;
  /** The element inside a shadow root, by selector. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed querySelector, like the DOM's own
  inBanner<T extends Element = HTMLElement>(selector: string): T | null;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed querySelector, like the DOM's own
  inDialog<T extends Element = HTMLElement>(selector: string): T | null;
  button(host: Element, name: string): HTMLButtonElement;
  settle(): Promise<void>;
  unmount(): void;
}

const mounted: Mounted[] = [];

export async function mount(config: unknown = { google: { measurementId: 'G-UITEST123' } }, environment: Partial<TestEnvironment> = {}): Promise<Mounted> {
  const env = { ...testEnvironment(), ...environment, document };
  const store = createConsent(parseConfig(config), env);
  const ui = startConsentUI(store);
  const banner = document.querySelector('suostumus-banner')!;
  const preferences = document.querySelector('suostumus-preferences')!;
  const settle = async (): Promise<void> => {
    for (const element of document.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('suostumus-banner, suostumus-preferences, suostumus-settings-button')) {
      await element.updateComplete;
    }
  };
  await settle();
  const result: Mounted = {
    store, env, ui, banner, preferences, settle,
    inBanner: (selector) => banner.shadowRoot!.querySelector(selector),
    inDialog: (selector) => preferences.shadowRoot!.querySelector(selector),
    button(host, name) {
      const found = Array.from(host.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent.trim() === name);
      if (!found) throw new Error(`no button "${name}" in <${host.localName}>`);
      return found;
    },
    unmount() {
      ui.stop();
      setDefaultStore(undefined);
      pageContext().chosenLanguage = undefined;
      document.documentElement.style.removeProperty('scroll-padding-bottom');
    },
  };
  mounted.push(result);
  return result;
}

export function unmountAll(): void {
  while (mounted.length > 0) mounted.pop()!.unmount();
}
