// Activates `<script type="text/plain" data-category="…">` once its categories are granted.
// A gated script becomes a real one, with its other attributes, in document order, and runs once.
// Withdrawal cannot un-run a script that already ran: the page must reload for that.

import type { ConsentStore } from './consent.js';

const SELECTOR = 'script[type="text/plain"][data-category]';

export interface ScriptGate {
  /** Stops watching the page. */
  stop(): void;
  /** Resolves when every script allowed so far has run (or failed to load). */
  settled(): Promise<void>;
}

export function startScriptGate(store: ConsentStore, document: Document): ScriptGate {
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
        script.addEventListener('load', () => { resolve(); }, { once: true });
        script.addEventListener('error', () => { resolve(); }, { once: true });
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
