// Script-tag entry (dist/suostumus.js): reads the site's config from the page, registers the elements
// and starts consent. Works in <head> or <body>, with defer, async or neither, before or after
// DOMContentLoaded. Fails closed: with a broken config nothing gated runs and Google is not loaded,
// and no exception escapes to the page.

import { acceptConfig } from '../core/config-walk.js';
import type { GoogleWindow } from '../core/google.js';
import { CONFIG_CHECK_FILE, EMBED_FILE, NOTICE_FILE, textsFile, UI_FILE } from '../delivery.js';
import type { EmbedModule } from '../embed/lazy.js';
import type { NoticeModule } from '../notice/lazy.js';
import { pageContext, pageLanguage } from '../page/context.js';
import { EMBEDS_NEEDED } from '../page/embeds.js';
import type { UIModule } from '../ui/lazy.js';
import { startSuostumus } from './start.js';
import type { SuostumusGlobal } from './start.js';

export type { SuostumusGlobal } from './start.js';

const CONFIG_ID = 'suostumus-config';

/** parseConfig with its messages: fetched only to explain a config the loader refused. */
type ConfigCheckModule = typeof import('../core/config.js');

declare global {
  interface Window extends GoogleWindow {
    suostumus?: SuostumusGlobal;
    /** Set by the development server, where the bundle is imported as a module. */
    __suostumusScript?: HTMLScriptElement | null;
  }
}

async function readConfig(script: HTMLScriptElement | null): Promise<unknown> {
  const url = script?.dataset.config ?? document.querySelector<HTMLScriptElement>('script[data-config]')?.dataset.config;
  if (url) {
    let response: Response | undefined;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch {
      // Reported below.
    }
    if (!response?.ok) throw new Error(`suostumus: could not load the config from ${url}${response ? ` (HTTP ${response.status})` : ''}; nothing that needs consent was started.`);
    try {
      return await response.json();
    } catch {
      throw new Error(`suostumus: the config at ${url} is not valid JSON; nothing that needs consent was started.`);
    }
  }
  const inline = document.getElementById(CONFIG_ID);
  if (!inline) return {};
  if (inline.textContent.trim() === '') {
    throw new Error(`suostumus: the config in <script id="${CONFIG_ID}"> is empty; write {} for the defaults. Nothing that needs consent was started.`);
  }
  try {
    return JSON.parse(inline.textContent) as unknown;
  } catch (error) {
    throw new Error(`suostumus: the config in <script id="${CONFIG_ID}"> is not valid JSON (${(error as Error).message}); nothing that needs consent was started.`);
  }
}

/** A chunk resolved against this script's own URL, so a site can serve suostumus from any folder. */
function chunk<T>(script: HTMLScriptElement | null, file: string): () => Promise<T> {
  // An inline or module-loaded copy has no src: the page's own URL is the base then.
  const base = script && script.src !== '' ? script.src : document.baseURI;
  return () => import(/* @vite-ignore */ new URL(file, base).href) as Promise<T>;
}

function report(error: unknown): void {
  console.error(error instanceof Error ? error.message : error);
}

/** Says what is wrong with a config the loader refused, path by path (the messages are fetched first). */
async function explain(input: unknown, script: HTMLScriptElement | null): Promise<void> {
  const stopped = 'nothing that needs consent was started';
  let module: ConfigCheckModule;
  try {
    module = await chunk<ConfigCheckModule>(script, CONFIG_CHECK_FILE)();
  } catch {
    console.error(`suostumus: invalid config, ${stopped} (${CONFIG_CHECK_FILE}, which explains the problems, could not be loaded).`);
    return;
  }
  try {
    module.parseConfig(input);
    console.error(`suostumus: invalid config, ${stopped}.`);
  } catch (error) {
    if (!(error instanceof module.SuostumusConfigError)) throw error;
    const count = error.problems.length;
    console.error(`suostumus: invalid config, ${stopped} (${count} ${count === 1 ? 'problem' : 'problems'}):`);
    for (const problem of error.problems) console.error(`suostumus: config ${problem.path}: ${problem.message}`);
  }
}

async function main(script: HTMLScriptElement | null): Promise<void> {
  try {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    // A task of its own: the browser's work on the page and ours never add up to one long task (> 50 ms)
    // on a slow phone. Nothing is granted meanwhile; Google and gated scripts wait for the decision.
    await new Promise((resolve) => { setTimeout(resolve, 0); });
    const input = await readConfig(script);
    const config = acceptConfig(input, !!document.querySelector(EMBEDS_NEEDED));
    if (!config) {
      await explain(input, script);
      return;
    }
    window.suostumus = startSuostumus(config, {
      loadUI: () => {
        // The banner's texts are fetched alongside the banner, not after it: one round trip less.
        chunk(script, textsFile('banner', pageLanguage()))().catch(() => undefined);
        return chunk<UIModule>(script, UI_FILE)();
      },
      loadNotice: chunk<NoticeModule>(script, NOTICE_FILE),
      loadEmbed: chunk<EmbedModule>(script, EMBED_FILE),
      loadMessages: chunk<ConfigCheckModule>(script, CONFIG_CHECK_FILE),
    }).api;
  } catch (error) {
    // Fail closed: say what is wrong, start nothing, let nothing escape to the page.
    report(error);
  }
}

const context = pageContext();
if (context.loaded) {
  console.warn('suostumus: the script is loaded twice on this page; the second copy does nothing.');
} else {
  context.loaded = true;
  // currentScript exists only while the classic script first runs; keep it for data-config.
  void main((document.currentScript as HTMLScriptElement | null) ?? window.__suostumusScript ?? null);
}
