// Pages for the hardening suites: same-origin iframes that load a page made by the dev server
// (test/hardening/server.mjs) with the BUILT script-tag bundle, /dist/suostumus.js. The test reads the
// page through iframe.contentWindow: what page/capture.js recorded, window.suostumus, the shadow roots.

/** What page/capture.js records in the page. */
export interface Capture {
  errors: string[];
  warnings: string[];
  uncaught: string[];
  violations: string[];
  googleScripts: string[];
  pwned: string[];
}

/** The part of window.suostumus the tests use (README: JavaScript API). */
export interface SuostumusApi {
  get(): { status: 'undecided' | 'decided'; categories: Record<string, boolean>; record: { categories: Record<string, boolean> } | null };
  acceptAll(): unknown;
  rejectAll(): unknown;
  set(choices: Record<string, boolean>): unknown;
  showPreferences(): Promise<void>;
  reset(): void;
}

/** The page's globals. (Not an interface extending Window: src/loader/main.ts declares window.suostumus too.) */
export interface PageGlobals {
  Event: typeof Event;
  __hardening: Capture;
  __pwned?: unknown;
  __ownRan?: boolean;
  __gatedRan?: boolean;
  __gatedSrcRan?: boolean;
  suostumus?: SuostumusApi;
}

export type PageWindow = Window & PageGlobals;

export interface PageSpec {
  config?: string;
  csp?: string;
  gated?: ('inline' | 'nonce' | 'src')[];
  notice?: boolean;
  noCookies?: boolean;
  agent?: boolean;
  base?: string;
  lang?: string;
  long?: boolean;
}

/** A strict policy that still lets the test's pages run: nothing leaves localhost. */
export const OFFLINE_CSP = "default-src 'self' 'unsafe-inline'";
/** The policy of issue #9 (docs/reliability.md). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' https://www.googletagmanager.com; style-src 'self'; connect-src 'self' https://*.google-analytics.com";
/** Strict, and Google not allowed: the browser refuses gtag.js itself, as a blocker would, before any request. */
export const NO_GOOGLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

export const ACCEPT_FI = 'Hyväksy kaikki';

/** How often `waitFor` looks again, in ms. */
const POLL_MS = 20;

/** Polls until `check` returns something truthy; fails with `what` after `timeout` ms. */
export async function waitFor<T>(check: () => T | PromiseLike<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
  }
}

/** Rejects with `what` after `timeout` ms unless `promise` settles first: an event waited for, with a limit. */
function within<T>(promise: Promise<T>, what: string, timeout: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => { reject(new Error(`timed out after ${timeout} ms waiting for ${what}`)); }, timeout);
  });
  return Promise.race([promise, limit]).finally(() => { clearTimeout(timer); });
}

/**
 * Resolves after `count` animation frames of `win` (default 2): a render, an autofocus, the start of an
 * animation, a `srcdoc` frame's load have happened by then. Fails after `timeout` ms (default 5,000).
 */
export function nextFrames(win: Window = window, count = 2, timeout = 5000): Promise<void> {
  const frame = (left: number, resolve: () => void): void => {
    win.requestAnimationFrame(() => { if (left <= 1) resolve(); else frame(left - 1, resolve); });
  };
  return within(new Promise<void>((resolve) => { frame(count, resolve); }), `${count} animation frames`, timeout);
}

/**
 * Resolves once markup that slipped into `win`'s document as HTML would have run: an image of `src` (the
 * payloads' `<img src=x onerror>`) has failed or loaded — the same URL, so after any such image made
 * before it — and then two frames have passed (`<svg onload>`, autofocus, a `srcdoc` frame). The hostile
 * text tests call it, then check the canary. Fails after `timeout` ms (default 5,000).
 */
export async function markupHadItsChance(win: Window = window, src = 'x', timeout = 5000): Promise<void> {
  const image = new (win as Window & typeof globalThis).Image();
  const settled = new Promise<void>((resolve) => {
    image.addEventListener('error', () => { resolve(); }, { once: true });
    image.addEventListener('load', () => { resolve(); }, { once: true });
  });
  image.src = src;
  await within(settled, `an image of "${src}" to load or fail`, timeout);
  await nextFrames(win, 2, timeout);
}

/** Registers a page with the dev server; returns its URL. */
export async function createPage(spec: PageSpec): Promise<string> {
  const response = await fetch('/hardening/pages', { method: 'POST', body: JSON.stringify(spec) });
  if (!response.ok) throw new Error(`POST /hardening/pages: HTTP ${response.status} ${await response.text()}`);
  const { url } = (await response.json()) as { url: string };
  return url;
}

const frames = new Set<HTMLIFrameElement>();
let asked = 0;

function loaded(iframe: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => { iframe.addEventListener('load', () => { resolve(); }, { once: true }); });
}

/** The button in `root` whose text is `text` (after trimming). */
export function buttonByText(root: ParentNode | null | undefined, text: string): HTMLButtonElement | undefined {
  return [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === text);
}

export class Frame {
  private constructor(readonly iframe: HTMLIFrameElement) {}

  /** Opens the page at `url` in a new visible iframe and waits for its load event. */
  static async open(url: string, { sandbox }: { sandbox?: string } = {}): Promise<Frame> {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 800px; height: 600px; border: 0; display: block;';
    if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
    iframe.src = url;
    const ready = loaded(iframe);
    document.body.append(iframe);
    frames.add(iframe);
    await ready;
    return new Frame(iframe);
  }

  /** Registers `spec` and opens it. */
  static async page(spec: PageSpec): Promise<Frame> {
    return Frame.open(await createPage(spec));
  }

  get win(): PageWindow {
    const win = this.iframe.contentWindow;
    if (!win) throw new Error('the iframe has no window (removed?)');
    return win as PageWindow;
  }

  get doc(): Document {
    return this.win.document;
  }

  get capture(): Capture {
    return this.win.__hardening;
  }

  /** The element's shadow root in the page. */
  shadow(tag: string): ShadowRoot | null {
    return this.doc.querySelector(tag)?.shadowRoot ?? null;
  }

  /** The open banner region, when it is rendered and has a size. */
  bannerRegion(): HTMLElement | null {
    const region = this.shadow('suostumus-banner')?.querySelector<HTMLElement>('[part="banner"]') ?? null;
    return region && region.getBoundingClientRect().height > 0 ? region : null;
  }

  async bannerShown(): Promise<HTMLElement> {
    return waitFor(() => this.bannerRegion(), 'the banner to be shown');
  }

  /** The settings dialog's <dialog>, when it is open. */
  openDialog(): HTMLDialogElement | null {
    const dialog = this.shadow('suostumus-preferences')?.querySelector('dialog') ?? null;
    return dialog?.open ? dialog : null;
  }

  /** Clicks "Hyväksy kaikki" in the banner (found by its part, checked by its text). */
  async acceptInBanner(): Promise<void> {
    const region = await this.bannerShown();
    const button = region.querySelector<HTMLButtonElement>('button[part="accept"]');
    if (button?.textContent.trim() !== ACCEPT_FI) throw new Error(`no "${ACCEPT_FI}" button in the banner`);
    button.click();
  }

  /** Opens the settings dialog with the banner's Settings button, or else the persistent settings button. */
  async openSettings(): Promise<HTMLDialogElement> {
    const fromBanner = this.bannerRegion()?.querySelector<HTMLButtonElement>('button[part="settings"]');
    if (fromBanner) fromBanner.click();
    else {
      const button = await waitFor(() => this.shadow('suostumus-settings-button')?.querySelector<HTMLButtonElement>('button[part="button"]'), 'the settings button');
      button.click();
    }
    return waitFor(() => this.openDialog(), 'the settings dialog to open');
  }

  /**
   * Resolves once every script the page had queued to run in order has run: a script of our own
   * (page/after.js) added with `async = false` runs after the ones added before it, as the script gate adds
   * a gated `src` script. Inline gated scripts run as the gate adds them. Fails after `timeout` ms.
   */
  async afterScripts(timeout = 5000): Promise<void> {
    const script = this.doc.createElement('script');
    script.async = false;
    const ran = new Promise<void>((resolve, reject) => {
      script.addEventListener('load', () => { resolve(); }, { once: true });
      script.addEventListener('error', () => { reject(new Error('page/after.js did not load')); }, { once: true });
    });
    script.src = '/test/hardening/page/after.js';
    this.doc.head.append(script);
    await within(ran, 'the scripts queued before page/after.js to run', timeout);
  }

  /** Reloads the page and waits for its load event. */
  async reload(): Promise<void> {
    const ready = loaded(this.iframe);
    this.win.location.reload();
    await ready;
  }

  /** Asks page/agent.js in the page (for a frame the test cannot reach into, such as a sandboxed one). */
  ask<T>(command: 'state' | 'click', args: Record<string, string> = {}, timeout = 3000): Promise<T> {
    const id = ++asked;
    const target = this.iframe.contentWindow;
    if (!target) return Promise.reject(new Error('the iframe has no window (removed?)'));
    return new Promise<T>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no answer from the page to "${command}" within ${timeout} ms`));
      }, timeout);
      const onMessage = (event: MessageEvent): void => {
        const reply = event.data as { hardening?: unknown; result?: T; error?: string } | null;
        if (event.source !== target || reply?.hardening !== id) return;
        done();
        if (reply.error !== undefined) reject(new Error(reply.error));
        else resolve(reply.result as T);
      };
      window.addEventListener('message', onMessage);
      target.postMessage({ hardening: id, command, args }, '*');
    });
  }

  remove(): void {
    this.iframe.remove();
    frames.delete(this.iframe);
  }
}

export function removeFrames(): void {
  for (const iframe of frames) iframe.remove();
  frames.clear();
}

/** Deletes every cookie the pages can see (the pages live under /hardening/, the test page at /). */
export function clearCookies(): void {
  const names = document.cookie.split(/;\s*/).filter(Boolean).map((pair) => pair.split('=')[0] ?? '');
  for (const name of new Set([...names, 'suostumus'])) {
    for (const path of ['/', '/hardening', '/hardening/', '/hardening/page']) {
      document.cookie = `${name}=; max-age=0; path=${path}`;
    }
  }
}

/** The suostumus cookie as the page sees it, decoded; undefined when there is none. */
export function storedRecord(): { categories: Record<string, boolean> } | undefined {
  const pair = document.cookie.split(/;\s*/).find((p) => p.startsWith('suostumus='));
  return pair ? (JSON.parse(decodeURIComponent(pair.slice('suostumus='.length))) as { categories: Record<string, boolean> }) : undefined;
}
