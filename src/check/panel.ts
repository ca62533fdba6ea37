// The development panel: every problem the check found, with its fix, in the page's language. An
// element with role "alert" (announced when it appears), dismissible, above the page's own content.
// Shown only on a development host or with `data-debug` (src/loader/main.ts decides).
import { CHECK_MESSAGES } from '../../locales/check/index.js';
import type { Language } from '../core/types.js';
import { shadowWithStyles } from '../page/shadow.js';
import type { Found } from './problems.js';

/** Fills a template's `{name}`s (locales/check). */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

const STYLES = `
:host { all: initial; position: fixed; z-index: 2147483647; inset: 0.5rem 0.5rem auto 0.5rem; max-height: 60vh; overflow: auto;
  box-sizing: border-box; padding: 1rem 1.25rem; background: #fff8f6; color: #1d1d1f; border: 3px solid #b3261e;
  border-radius: 8px; box-shadow: 0 4px 24px rgb(0 0 0 / 0.3); font: 15px/1.45 system-ui, sans-serif; }
h2 { margin: 0 2.5rem 0.5rem 0; font-size: 1.1rem; color: #8c1d18; }
p { margin: 0 0 0.5rem; }
.note { color: #4a4a4f; font-size: 0.85rem; }
ol { margin: 0; padding-left: 1.5rem; }
li { margin: 0.4rem 0; }
li.warning::marker { color: #8a5300; }
ul { margin: 0.25rem 0; padding-left: 1.25rem; font: 13px/1.4 ui-monospace, monospace; }
button { position: absolute; top: 0.75rem; right: 0.75rem; min-width: 44px; min-height: 44px; font: inherit; cursor: pointer;
  background: #fff; color: #1d1d1f; border: 2px solid #8c1d18; border-radius: 6px; }
button:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
`;

let panel: { host: HTMLElement; list: HTMLOListElement; heading: HTMLElement; count: number } | undefined;

/** Adds `found` to the page's panel in `language` (creating it on first use), each problem as text, never as HTML. */
export function showPanel(found: Found[], language: Language): void {
  const messages = CHECK_MESSAGES[language];
  if (!panel?.host.isConnected) {
    const host = document.createElement('div');
    host.setAttribute('role', 'alert');
    host.setAttribute('data-suostumus-check', '');
    host.lang = language;
    const root = shadowWithStyles(host, STYLES);
    const heading = element('h2', '');
    const close = element('button', messages.close);
    close.addEventListener('click', () => { host.remove(); });
    const list = element('ol', '');
    root.append(heading, close, list, element('p', fill(messages.note, { host: location.hostname }), 'note'));
    panel = { host, list, heading, count: 0 };
    document.body.prepend(host);
  }
  for (const item of found) {
    // The console's lines follow "suostumus: "; in the panel each is a sentence of its own. A template that
    // starts with a field's name ("{path} …", "noticeUrl …", "cookie.domain …") keeps it as written.
    const template = messages.problems[item.problem];
    const sentence = /^[a-zäöå]+ /.test(template) ? template.charAt(0).toUpperCase() + template.slice(1) : template;
    const text = fill(sentence, item.values);
    const li = element('li', text, item.error ? 'error' : 'warning');
    if (item.details?.length) {
      const details = element('ul', '');
      for (const line of item.details) details.append(element('li', line));
      li.append(details);
    }
    panel.list.append(li);
  }
  panel.count += found.length;
  panel.heading.textContent = fill(messages.heading, { count: panel.count });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}
