// The browser refuses cookies as a privacy setting does: document.cookie reads "" and writes are dropped
// without an error. Loaded before the bundle. (A sandboxed, opaque-origin frame is the browser's own
// refusal; there document.cookie throws instead.)
/* global window */
Object.defineProperty(window.Document.prototype, 'cookie', {
  configurable: true,
  get: () => '',
  set() { /* refused */ },
});
