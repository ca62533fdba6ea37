// Script-tag entry (dist/suostumus.js): reads the site's config from the page, registers the elements
// and starts consent. Fails closed: with a broken config nothing gated runs and Google is not loaded.

import { parseConfig, SuostumusConfigError } from './core/config.js';
import { createConsent } from './core/consent.js';
import type { ConsentStore } from './core/consent.js';
import { browserCookies } from './core/environment.js';
import { startGoogle } from './core/google.js';
import type { GoogleWindow } from './core/google.js';
import { startScriptGate } from './core/script-gate.js';
import type { SuostumusConfig } from './core/types.js';
import { defineElements } from './define.js';
import { startConsentUI } from './ui/mount.js';

const CONFIG_ID = 'suostumus-config';

/** The global API of the script-tag bundle. */
export interface SuostumusGlobal {
  get: ConsentStore['get'];
  acceptAll: () => void;
  rejectAll: () => void;
  set: (choices: Record<string, boolean>) => void;
  showPreferences: () => void;
  reset: () => void;
}

declare global {
  interface Window extends GoogleWindow {
    suostumus?: SuostumusGlobal;
  }
}

const script = document.currentScript as HTMLScriptElement | null;

async function readConfig(): Promise<unknown> {
  const url = script?.dataset.config ?? document.querySelector<HTMLScriptElement>('script[data-config]')?.dataset.config;
  if (url) {
    const response = await fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
    if (!response?.ok) throw new Error(`suostumus: could not load the config from ${url}`);
    return response.json();
  }
  const inline = document.getElementById(CONFIG_ID);
  if (!inline) return {};
  return JSON.parse(inline.textContent || '{}') as unknown;
}

function start(config: SuostumusConfig): void {
  const store = createConsent(config);
  defineElements();
  if (config.google) {
    startGoogle(store, config.google, { window, document, cookies: browserCookies, hostname: location.hostname });
  }
  startScriptGate(store, document);
  const ui = startConsentUI(store);
  window.suostumus = {
    get: () => store.get(),
    acceptAll: () => { store.acceptAll('api'); },
    rejectAll: () => { store.rejectAll('api'); },
    set: (choices) => { store.set(choices, 'api'); },
    showPreferences: () => { ui.showPreferences(); },
    reset: () => { store.reset(); },
  };
}

function whenBodyReady(run: () => void): void {
  if ((document.body as HTMLElement | null) !== null) run();
  else document.addEventListener('DOMContentLoaded', run, { once: true });
}

async function main(): Promise<void> {
  let config: SuostumusConfig;
  try {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    config = parseConfig(await readConfig());
  } catch (error) {
    // Fail closed: say what is wrong, start nothing.
    console.error(error instanceof SuostumusConfigError || error instanceof Error ? error.message : error);
    return;
  }
  whenBodyReady(() => { start(config); });
}

void main();
