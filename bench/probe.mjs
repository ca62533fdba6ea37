/* global MessageChannel, ShadowRoot */
// The in-page probe, installed with page.addInitScript() before any of the page's own code runs. It is
// the same function, with the same cost, on every page; only its options differ.
//
// Options:
//   button  text of a <button> to wait for (searched in the document and in every open shadow root)
//   global  name of a window property the library defines when it is ready (its assignment is timed)
//   event   name of a window event the library fires when it is ready
//   load    wait for the window load event (the baseline page, which has nothing else to wait for)
//
// It records, in window.__bench (times are performance.now(), i.e. ms since navigation start):
//   laidOutAt   first animation frame in which the button is in the DOM with a non-zero box
//   globalAt    when `global` was assigned; eventAt: when `event` fired
//   readyAt     first animation frame in which every condition holds, the button (if any) being
//               visible: in the viewport, non-zero box, `visibility: visible`, and no ancestor (across
//               shadow roots) at opacity 0
//   paintedAt   the end of that frame: a message posted from the requestAnimationFrame callback runs after
//               the frame has been rendered
//   longTasks   [startTime, duration] of every 'longtask' entry (> 50 ms)
//   longFrames  every 'long-animation-frame' entry (> 50 ms), with the scripts that ran in it
//   shifts      [startTime, value] of every 'layout-shift' entry without recent input
// and logs "bench:done" to the console once painted.
export function probe(options) {
  const state = { longTasks: [], longFrames: [], shifts: [] };
  window.__bench = state;

  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) record(entry); }).observe({ type, buffered: true });
    } catch {
      state[`${type}Unsupported`] = true;
    }
  };
  observe('longtask', (entry) => { state.longTasks.push([entry.startTime, entry.duration]); });
  // Long animation frames name the scripts that ran in them: used to tell which long tasks ran the
  // widget's code, and not only the page's parsing and layout.
  observe('long-animation-frame', (entry) => {
    state.longFrames.push({
      startTime: entry.startTime, duration: entry.duration,
      scripts: entry.scripts.map((script) => ({
        sourceURL: script.sourceURL, startTime: script.startTime, duration: script.duration, invokerType: script.invokerType, invoker: script.invoker,
      })),
    });
  });
  observe('layout-shift', (entry) => { if (!entry.hadRecentInput) state.shifts.push([entry.startTime, entry.value]); });

  if (options.global) {
    // Time the assignment exactly; the library sees an ordinary property afterwards.
    Object.defineProperty(window, options.global, {
      configurable: true,
      enumerable: true,
      get() { return undefined; },
      set(value) {
        state.globalAt = performance.now();
        Object.defineProperty(window, options.global, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
  if (options.event) window.addEventListener(options.event, () => { state.eventAt ??= performance.now(); });
  if (options.load) window.addEventListener('load', () => { state.loadAt = performance.now(); });

  // Every <button> with this text, in the document and in open shadow roots (a library may also have
  // the same label in a closed dialog: the probe looks at them all).
  const findButtons = (text) => {
    const found = [];
    const roots = [document];
    while (roots.length > 0) {
      const scope = roots.pop();
      for (const element of scope.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        if (element.localName === 'button' && element.textContent.trim() === text) found.push(element);
      }
    }
    return found;
  };
  const hasBox = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.bottom <= 0 || box.top >= window.innerHeight) return false;
    if (getComputedStyle(element).visibility !== 'visible') return false;
    for (let node = element; node;) {
      if (getComputedStyle(node).opacity === '0') return false;
      const parentRoot = node.getRootNode();
      node = node.parentElement ?? (parentRoot instanceof ShadowRoot ? parentRoot.host : null);
    }
    return true;
  };

  window.__benchVisibleButton = (text) => findButtons(text).some(visible);

  // From the next animation frame on, checks `ready(now)` once a frame; in the first frame where it holds,
  // records `record.readyAt`, and `record.paintedAt` at the end of that frame (a message posted from the
  // requestAnimationFrame callback runs after the frame has been rendered), then logs `signal`.
  window.__benchWhenPainted = (ready, record, signal) => {
    const frame = () => {
      const now = performance.now();
      if (!ready(now)) {
        requestAnimationFrame(frame);
        return;
      }
      record.readyAt = now;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        record.paintedAt = performance.now();
        console.debug(signal);
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  };

  window.__benchWhenPainted((now) => {
    const buttons = options.button ? findButtons(options.button) : [];
    if (state.laidOutAt === undefined && buttons.some(hasBox)) state.laidOutAt = now;
    // A library may have defined the global in a way the setter above did not see.
    if (options.global && state.globalAt === undefined && window[options.global] !== undefined) state.globalAt = now;
    return (!options.button || buttons.some(visible))
      && (!options.global || state.globalAt !== undefined)
      && (!options.event || state.eventAt !== undefined)
      && (!options.load || state.loadAt !== undefined);
  }, state, 'bench:done');
}

/** Read back at the end of a run, after the CDP metrics were taken. */
export function collect() {
  const resources = performance.getEntriesByType('resource').map((entry) => ({
    url: entry.name, encodedBodySize: entry.encodedBodySize, decodedBodySize: entry.decodedBodySize, transferSize: entry.transferSize,
    initiatorType: entry.initiatorType, startTime: entry.startTime, responseEnd: entry.responseEnd,
  }));
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    ...window.__bench,
    resources,
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    domContentLoaded: navigation?.domContentLoadedEventEnd,
    loadEventEnd: navigation?.loadEventEnd,
    // A returning visitor must not be asked again: this says whether the banner is up at the end.
    bannerVisibleAtEnd: window.__benchVisibleButton('Hylkää kaikki'),
  };
}

/**
 * Arms the settings-dialog timer (after the banner was painted, before the click): the first `click`
 * anywhere in the page (capture phase on window, so before any library's listener) starts it, and the
 * end of the first frame in which a `<button>` reading `text` is visible (as the probe's `visible`)
 * stops it. Records window.__bench.dialog = { clickAt, readyAt, paintedAt } and logs "bench:dialog".
 */
export function armDialog(text) {
  const dialog = {};
  window.__bench.dialog = dialog;
  window.addEventListener('click', () => {
    if (dialog.clickAt !== undefined) return;
    dialog.clickAt = performance.now();
    window.__benchWhenPainted(() => window.__benchVisibleButton(text), dialog, 'bench:dialog');
  }, { capture: true });
}

/**
 * Node side, not the page's: resolves when `page` logs `text` (the probe's signals, such as
 * "bench:done"); rejects after `timeoutMs`, saying `what` was waited for.
 */
export function probeSignal(page, text, what, timeoutMs) {
  let timer;
  return Promise.race([
    new Promise((resolve) => { page.on('console', (message) => { if (message.text() === text) resolve(); }); }),
    new Promise((_, reject) => {
      timer = setTimeout(() => { reject(new Error(`${what}: the probe did not report within ${timeoutMs / 1000} s`)); }, timeoutMs);
    }),
  ]).finally(() => { clearTimeout(timer); });
}
