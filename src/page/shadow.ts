// Shadow roots for the plain-DOM elements (settings button, banner, embed), which ship without Lit, and
// `h`, which builds their content.
const sheets = new Map<string, CSSStyleSheet>();

/** An open shadow root with `cssText` as a constructed sheet, shared by every instance. */
export function shadowWithStyles(host: HTMLElement, cssText: string, init: Partial<ShadowRootInit> = {}): ShadowRoot {
  const root = host.attachShadow({ mode: 'open', ...init });
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    // A constructed sheet is not inline style: it works under a strict style-src CSP.
    let sheet = sheets.get(cssText);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
      sheets.set(cssText, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = cssText;
    root.append(style);
  }
  return root;
}

// Outside a browser (SSR) there is no HTMLElement to extend; such a class is then never defined.
export const PlainElement: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (Object as unknown as typeof HTMLElement) : HTMLElement;

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
