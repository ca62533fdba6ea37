// The page's consent store, for elements written in HTML that were not handed one.
// Kept on globalThis under a registered symbol so that lazily loaded chunks find the same store.

import type { ConsentStore } from '../core/consent.js';

const KEY = Symbol.for('suostumus.store');
type Holder = Record<typeof KEY, ConsentStore | undefined>;

export function setDefaultStore(store: ConsentStore | undefined): void {
  (globalThis as unknown as Holder)[KEY] = store;
}

export function getDefaultStore(): ConsentStore | undefined {
  return (globalThis as unknown as Holder)[KEY];
}
