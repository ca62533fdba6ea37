// Activates `<script type="text/plain" data-category="…">` once its categories are granted.
// A gated script becomes a real one, with its other attributes, in document order, and runs once.
// Withdrawal cannot un-run a script that already ran: the page must reload for that.
// The queue never stalls: a script the page removed before its turn is skipped, and a `src` script that
// fires neither `load` nor `error` in `timeout` ms lets the next one go (it may still run when it arrives).

import type { ConsentStore } from './consent.js';

const SELECTOR = 'script[type="text/plain"][data-category]';

export interface ScriptGate {
  /** Stops watching the page. */
  stop(): void;
  /** Resolves when every script allowed so far has run (or failed to load). */
  settled(): Promise<void>;
}

export interface ScriptGateOptions {
  /** How long a gated `src` script may take to load before the next one runs, in ms. Default 10,000. */
  timeout?: number;
}

/** Watches `document` for gated scripts and runs each once `store` grants every category it names. */
export function startScriptGate(store: ConsentStore, document: Document, options: ScriptGateOptions = {}): ScriptGate {
  const timeout = options.timeout ?? 10_000;
  let queue: Promise<void> = Promise.resolve();
  const claimed = new WeakSet<Element>();

  function allowed(script: HTMLScriptElement): boolean {
    const categories = (script.dataset.category ?? '').split(/\s+/).filter(Boolean);
    // Every named category must be granted; an empty list is never allowed (fail closed).
    return categories.length > 0 && categories.every((id) => store.isGranted(id));
  }

  function scan(): void {
    for (const script of document.querySelectorAll<HTMLScriptElement>(SELECTOR)) {
      if (claimed.has(script) || !allowed(script)) continue;
      claimed.add(script);
      queue = queue.then(() => activate(script));
    }
  }

  function activate(gated: HTMLScriptElement): Promise<void> {
    if (!gated.isConnected) {
      // Removed while earlier scripts loaded: nothing to run. Should the page put it back, it is queued anew.
      claimed.delete(gated);
      return Promise.resolve();
    }
    const script = document.createElement('script');
    for (const { name, value } of Array.from(gated.attributes)) {
      if (name === 'type' || name === 'data-type') continue;
      script.setAttribute(name, value);
    }
    // `data-type="module"` keeps a module a module once it is allowed.
    const type = gated.getAttribute('data-type');
    if (type) script.type = type;
    // The nonce attribute is hidden once parsed; the property still has it (strict CSP pages need it).
    if (gated.nonce) script.nonce = gated.nonce;
    script.setAttribute('data-suostumus-activated', '');
    if (gated.src) {
      script.async = false;
      const done = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          console.warn(`suostumus: the gated script ${script.src} did not load in ${timeout} ms; the scripts after it run now.`);
          resolve();
        }, timeout);
        const finish = (): void => { clearTimeout(timer); resolve(); };
        script.addEventListener('load', finish, { once: true });
        script.addEventListener('error', finish, { once: true });
      });
      gated.replaceWith(script);
      return done;
    }
    script.text = gated.text;
    gated.replaceWith(script);
    return Promise.resolve();
  }

  const unsubscribe = store.subscribe(scan);
  const observer = new MutationObserver((records) => {
    if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeType === 1))) scan();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan();

  return {
    stop() {
      unsubscribe();
      observer.disconnect();
    },
    settled: () => queue,
  };
}
