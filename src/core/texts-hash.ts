// A short, stable fingerprint of what the visitor was asked, sent with each proof-of-consent record so a
// decision can be tied to its exact wording (GDPR art. 7(1): the site must be able to show what was
// agreed to). The receiver keeps each fingerprint it sees.
//
// What it covers: the config's `revision`, the record's `language`, and the config's `categories` as
// parseConfig orders them (the order they are shown), each with its id, `required`, and the site's own
// title, description, services and cookies in every language given. The banner's and the dialog's
// standard texts ship in `locales/` with the package and are not in the core when a decision is sent:
// they are identified by the suostumus version the site serves; change `revision` when you change it.
//
// How: FNV-1a (32 bit) over the UTF-16 code units of `JSON.stringify([revision, language, categories])`.
// Keys are not sorted (bytes): the same config always gives the same fingerprint, and reordering keys in
// the site's JSON at most gives a new fingerprint for the same wording, never one for different wordings.
// Not SHA-256: crypto.subtle exists only in secure contexts (not on a plain http page) and is
// asynchronous, which would delay the beacon past a page unload; and every byte here is in the loader
// each page view downloads. A fingerprint, not a security measure: it tells a site's wordings apart; it
// does not stop anyone forging a record.

import type { Language, SuostumusConfig } from './types.js';

/** The texts fingerprint of `config` shown in `language`: 8 lowercase hex digits. Pure; never throws. */
export function textsHash(config: SuostumusConfig, language: Language): string {
  const json = JSON.stringify([config.revision, language, config.categories]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; ) hash = Math.imul(hash ^ json.charCodeAt(i++), 0x1000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
