// Entry of the embed chunk (src/delivery.ts: `embed`): <suostumus-embed> and the gate of the site's own
// `<iframe data-category data-src>`. The loader imports it only on a page that has one of them.
import type { ConsentStore } from '../core/consent.js';
import { EMBED_PROVIDER_FACTS } from '../core/embed-providers.js';
import type { EmbedProvider } from '../core/types.js';
import { register } from '../page/register.js';
import type { Elements } from '../page/register.js';
import { resolveEmbed, SuostumusEmbed } from './embed.js';
import type { EmbedProblem } from './embed.js';
import { gateIframes } from './iframe-gate.js';

/** The tags this chunk registers. */
export const elements = { 'suostumus-embed': SuostumusEmbed } satisfies Elements;

/**
 * Registers <suostumus-embed> (unless registered already), adds the built-in providers the page embeds
 * under their own category to `store.config.embeds` (so the dialog lists them as services), and gates the
 * page's `iframe[data-category][data-src]` on `store`.
 */
export function startEmbeds(store: ConsentStore, registry: CustomElementRegistry = customElements): void {
  const used = store.config.embeds;
  for (const embed of document.querySelectorAll('suostumus-embed')) {
    const provider = embed.getAttribute('provider') as EmbedProvider;
    const facts = Object.hasOwn(EMBED_PROVIDER_FACTS, provider) ? EMBED_PROVIDER_FACTS[provider] : undefined;
    if (!facts || used.includes(provider)) continue;
    if ((embed.getAttribute('category') ?? facts.category) === facts.category) used.push(provider);
  }
  register(elements, registry);
  gateIframes(store, document);
}

/**
 * What is wrong with the page's `<suostumus-embed>` elements, one entry each that has a problem: for the
 * check chunk's development panel (src/check/problems.ts), which words it in the page's language. The
 * element says the same in the console itself.
 */
export function embedProblems(root: ParentNode = document): { kind: EmbedProblem; provider: string; src: string; name: string }[] {
  return [...root.querySelectorAll('suostumus-embed')].flatMap((element) => {
    const { problem, name } = resolveEmbed(element);
    return problem ? [{ kind: problem.kind, provider: element.getAttribute('provider') ?? '', src: element.getAttribute('src') ?? '', name }] : [];
  });
}

export type EmbedModule = typeof import('./lazy.js');
