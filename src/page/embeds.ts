// What the loader needs to know of a page's embeds before any embed code is fetched: whether to fetch
// it, and whether an embed needs the built-in `embeds` category (so that it is offered: config-walk.ts).

/** A page with one of these fetches the embed chunk (src/embed/lazy.ts). */
export const EMBED_SELECTOR = 'suostumus-embed,iframe[data-category][data-src]';

/**
 * An embed that names no category of its own needs `embeds` (each built-in provider's default, and the
 * `iframe` provider's: src/core/embed-providers.ts). A site whose embeds name `embeds` themselves, or that
 * adds embeds after the page has loaded, lists the category in its config.
 */
export const EMBEDS_NEEDED = 'suostumus-embed:not([category])';
