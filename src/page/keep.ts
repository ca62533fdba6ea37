// Elements suostumus put on the page stay there when the page swaps its body: Turbo Drive and
// `document.body.replaceWith()`, htmx's boost (the body's children replaced), a framework re-rendering
// <body>. Each element that left the document comes back, the same instance with its state.

/**
 * Watches `root` and appends each of `elements()` that is no longer in the document to the current body,
 * unless the new body brings an element of the same tag itself. Returns the function that stops watching.
 */
export function keepInBody(root: Document, elements: () => Iterable<Element>): () => void {
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => record.removedNodes.length > 0)) return;
    for (const element of elements()) {
      if (!element.isConnected && !root.querySelector(element.localName)) root.body.append(element);
    }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return () => { observer.disconnect(); };
}
