// Keeps a page's store in step with the stored choice for the whole life of the document. The stored
// choice is the single source of truth for every open document of the site (DESIGN §4): a page restored
// from the back/forward cache, another tab, a sibling subdomain sharing `cookie.domain` all follow it —
// a withdrawal in one tab silences Google in all of them.
import type { ConsentStore } from './consent.js';

export interface FollowEnvironment {
  window: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

export interface FollowOptions {
  /** How often the stored choice is read again, in ms, for changes no event announces (a sibling subdomain). Default 1,000. */
  interval?: number;
}

/**
 * Calls `store.refresh()` when the page is restored from the back/forward cache (`pageshow` with
 * `persisted`), when it becomes visible again, when another tab of this origin decides (a
 * `BroadcastChannel` message, at once), and every `interval` ms. Decisions made here are announced to the
 * other tabs. Returns the function that stops all of it.
 */
export function followStoredChoice(store: ConsentStore, env: FollowEnvironment, options: FollowOptions = {}): () => void {
  const refresh = (): void => { store.refresh(); };

  // Same-origin tabs hear of a decision at once; the channel is named after the cookie it announces. It is
  // closed while the page sits in the back/forward cache: a message to a cached page makes the browser
  // evict it (Chromium), and the page reads the choice again when it is restored anyway.
  let channel: BroadcastChannel | undefined;
  const open = (): void => {
    if (typeof BroadcastChannel !== 'function' || channel) return;
    channel = new BroadcastChannel(`suostumus:${store.config.cookie.name}`);
    channel.onmessage = refresh;
  };
  const close = (): void => {
    channel?.close();
    channel = undefined;
  };
  open();

  const onPageShow = (event: Event): void => {
    if (!(event as PageTransitionEvent).persisted) return;
    open();
    refresh();
  };
  const onPageHide = (event: Event): void => { if ((event as PageTransitionEvent).persisted) close(); };
  const onVisibility = (): void => { if (env.document.visibilityState === 'visible') refresh(); };
  env.window.addEventListener('pageshow', onPageShow);
  env.window.addEventListener('pagehide', onPageHide);
  env.document.addEventListener('visibilitychange', onVisibility);
  const timer = env.window.setInterval(refresh, options.interval ?? 1000);

  // Every change is announced; a tab that already follows it finds nothing new (refresh() compares).
  const unsubscribe = store.subscribe(() => { channel?.postMessage('changed'); });

  return () => {
    env.window.removeEventListener('pageshow', onPageShow);
    env.window.removeEventListener('pagehide', onPageHide);
    env.document.removeEventListener('visibilitychange', onVisibility);
    env.window.clearInterval(timer);
    close();
    unsubscribe();
  };
}
