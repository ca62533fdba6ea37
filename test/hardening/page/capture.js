// Loaded first by every hardening page, as a file so that it runs under a strict CSP. Records what the
// tests read through the iframe: console errors and warnings, uncaught errors and rejections, CSP
// violations, every Google script element ever added, and the canary window.__pwned.
/* global window, document, MutationObserver, Element */
(function capture() {
  const h = { errors: [], warnings: [], uncaught: [], violations: [], googleScripts: [], pwned: [] };
  window.__hardening = h;

  const describe = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  for (const [level, list] of [['error', h.errors], ['warn', h.warnings]]) {
    const original = console[level];
    console[level] = function record(...args) {
      list.push(args.map(describe).join(' '));
      return original.apply(this, args);
    };
  }

  // Bubble phase on window: uncaught exceptions only (a failed <script> load does not bubble here).
  window.addEventListener('error', (event) => {
    h.uncaught.push(`${event.message} (${event.filename}:${event.lineno})`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    h.uncaught.push(`unhandled rejection: ${describe(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    h.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });

  // Every insertion of a Google script, even one removed at once (a retry would insert another).
  const isGoogle = (node) => node.localName === 'script' && /googletagmanager/.test(node.getAttribute('src') ?? '');
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const script of [node, ...node.querySelectorAll('script')]) {
          if (isGoogle(script)) h.googleScripts.push(script.getAttribute('src'));
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });

  // The canary: any payload that runs sets it.
  let pwned;
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => pwned,
    set: (value) => {
      pwned = value;
      h.pwned.push(String(value));
    },
  });
})();
