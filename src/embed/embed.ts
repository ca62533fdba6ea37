// <suostumus-embed>: content from another service (a YouTube or Vimeo video, a Google map, any iframe)
// that waits for consent. Until its category is granted the page shows a placeholder of the same size
// that says who the provider is and what loading means, and nothing is requested from the provider
// (no thumbnail either: `poster` is an image the site hosts). Plain DOM, no Lit: a page with a video
// should not download a framework for two buttons.

import type { EmbedMessages } from '../../locales/embed/messages.js';
import type { ConsentStore } from '../core/consent.js';
import { EMBED_PROVIDER_FACTS, onHosts } from '../core/embed-providers.js';
import type { EmbedProviderFacts } from '../core/embed-providers.js';
import { toLanguage } from '../core/language.js';
import { EMBEDS_CATEGORY } from '../core/types.js';
import type { EmbedProvider, Language } from '../core/types.js';
import { boundTexts, ElementBinding } from '../page/binding.js';
import { h, PlainElement, shadowWithStyles } from '../page/shadow.js';
import { embedTexts } from '../page/texts.js';
import { tokensCss } from '../ui/styles/tokens-css.js';
import { embedCss } from './embed.styles.js';

/** What the attributes say, resolved: the iframe's address, the category, or what is wrong. */
interface Resolved {
  facts?: EmbedProviderFacts;
  /** The provider's name, or the host of an iframe suostumus does not know. */
  name: string;
  url?: string;
  category: string;
  /** The first problem with the attributes: its kind (the check panel words it) and the console's line. */
  problem?: { kind: EmbedProblem; message: string };
}

/**
 * What can be wrong with an embed's attributes, each named by the development panel in the page's
 * language (locales/check/) and said in the console in English.
 */
export type EmbedProblem = 'embedProvider' | 'embedTitle' | 'embedVideoSrc' | 'embedMapSrc' | 'embedHttps';

/**
 * Reads an embed's attributes: the iframe's address (started at once when `play`), its category, or the
 * first thing wrong with them. The one rule for the element and for the check chunk (`embedProblems`).
 */
export function resolveEmbed(element: Element, play = false): Resolved {
  const provider = element.getAttribute('provider') ?? '';
  const src = element.getAttribute('src') ?? '';
  const facts = Object.hasOwn(EMBED_PROVIDER_FACTS, provider) ? EMBED_PROVIDER_FACTS[provider as EmbedProvider] : undefined;
  const category = element.getAttribute('category') ?? facts?.category ?? EMBEDS_CATEGORY;
  const fail = (kind: EmbedProblem, problem: string): Resolved => ({
    facts, name: facts?.name ?? provider, category,
    problem: { kind, message: `suostumus: <suostumus-embed provider="${provider}" src="${src}">: ${problem}; it shows no content until this is fixed.` },
  });
  if (!facts && provider !== 'iframe') return fail('embedProvider', 'provider must be one of "youtube", "vimeo", "google-maps", "iframe"');
  if (!element.getAttribute('title')?.trim()) return fail('embedTitle', 'title is required: a few words naming the content (the visitor hears it with the buttons)');
  if (facts) {
    const url = facts.url(src, play && facts.video);
    if (url) return { facts, name: facts.name, url, category };
    return facts.video
      ? fail('embedVideoSrc', `src must be the video's id or its https address at ${facts.name}`)
      : fail('embedMapSrc', 'src must be the https address that Google Maps\' "Share → Embed a map" gives');
  }
  let url: URL | undefined;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    // Reported below.
  }
  // https, or the site's own page (which needs no other host's consent but may still be gated).
  return url && (url.protocol === 'https:' || url.origin === location.origin) ? { name: url.hostname, url: url.href, category } : fail('embedHttps', 'src must be an https address');
}

/** Told once per page, so a page of many embeds does not fill the console. */
const told = new Set<string>();
function tell(message: string, error = true): void {
  if (told.has(message)) return;
  told.add(message);
  if (error) console.error(message);
  else console.warn(message);
}

/**
 * Content from another service, loaded only with consent.
 *
 * @attr provider - `youtube`, `vimeo`, `google-maps`, or `iframe` for any other site.
 * @attr src - The video's id or address (YouTube, Vimeo), the address of "Share → Embed a map" (Google Maps), or the iframe's https address.
 * @attr title - Required: names the content (the iframe's title and the buttons' names).
 * @attr poster - An image the site hosts, shown behind the placeholder (never fetched from the provider).
 * @attr category - The consent category it needs; by default the provider's (`embeds`).
 * @attr width - With `height`: the box's aspect ratio, and its largest width in CSS pixels.
 * @attr height - See `width`.
 * @attr language - Force a language (`fi`, `en`, `sv`).
 * @csspart placeholder - The box shown before consent.
 * @csspart load - "Play video" / "Show content": loads this one, this time.
 * @csspart allow - "Always allow embedded content": grants the category.
 * @csspart iframe - The loaded content.
 */
export class SuostumusEmbed extends PlainElement {
  static readonly observedAttributes = ['provider', 'src', 'title', 'poster', 'category', 'width', 'height', 'language'];

  /** The consent store; by default the page's. */
  store?: ConsentStore;
  readonly #root: ShadowRoot;
  readonly #binding = new ElementBinding(this, () => { this.#render(); });
  /** Loaded with "Play video" / "Show content": for this page view, until the category is withdrawn. */
  #once = false;
  /** The visitor clicked this one: a video starts and the focus goes into the iframe. */
  #chosen = false;
  #wasGranted = false;
  #frame: HTMLIFrameElement | undefined;

  constructor() {
    super();
    this.#root = shadowWithStyles(this, tokensCss + embedCss);
  }

  /** Force a language; by default the config's, the page's, then the browser's. */
  get language(): Language | undefined {
    return toLanguage(this.getAttribute('language'));
  }

  connectedCallback(): void {
    this.#binding.connect();
    this.#render();
  }

  disconnectedCallback(): void {
    this.#binding.disconnect();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#render();
  }

  #render(): void {
    this.#binding.follow();
    const resolved = resolveEmbed(this, this.#chosen);
    const width = Number(this.getAttribute('width'));
    const height = Number(this.getAttribute('height'));
    const sized = width > 0 && height > 0;
    // On the host, as custom properties: nothing inside the shadow root has a style attribute.
    this.style.setProperty('--_ratio', sized ? `${width} / ${height}` : resolved.facts?.ratio ?? '16 / 9');
    if (sized) this.style.maxInlineSize = `${width}px`;

    const store = this.#binding.store;
    const granted = store?.isGranted(resolved.category) === true;
    // Withdrawn: the placeholder comes back, also for one loaded "just this once".
    if (this.#wasGranted && !granted) this.#once = false;
    this.#wasGranted = granted;
    if (resolved.problem) tell(resolved.problem.message);
    const { url } = resolved;
    if (url && (granted || this.#once)) {
      this.#show(url, resolved);
      return;
    }
    this.#frame = undefined;
    this.style.removeProperty('min-block-size');
    const t = boundTexts(this.#binding, embedTexts());
    if (!t) {
      this.#root.replaceChildren();
      return;
    }
    const poster = this.#poster(resolved);
    // Behind the placeholder (painted first), decorative.
    this.#root.replaceChildren(...(poster ? [h('img', { class: 'poster', src: poster, alt: '' })] : []), this.#placeholder(t, resolved, store));
  }

  #show(url: string, resolved: Resolved): void {
    if (this.#frame?.getAttribute('src') === url) return;
    // The box keeps the height it had with the placeholder (taller than the ratio on a narrow screen),
    // so nothing on the page moves.
    if (this.#root.querySelector('.placeholder')) this.style.minBlockSize = `${this.getBoundingClientRect().height}px`;
    const frame = h('iframe', {
      src: url,
      title: this.getAttribute('title') ?? '',
      loading: 'lazy',
      allow: resolved.facts?.allow ?? '',
      referrerpolicy: 'strict-origin-when-cross-origin',
      part: 'iframe',
    });
    if (resolved.facts?.video) frame.allowFullscreen = true;
    this.#frame = frame;
    this.#root.replaceChildren(frame);
    // The visitor asked for it here: the focus stays on the embed, now its content.
    if (this.#chosen) frame.focus();
  }

  #placeholder(t: EmbedMessages, resolved: Resolved, store: ConsentStore | undefined): HTMLElement {
    const lang = this.#binding.language;
    const title = this.getAttribute('title') ?? '';
    const box = h('div', { class: 'placeholder', part: 'placeholder', lang });
    box.append(h('p', { class: 'title', lang: document.documentElement.lang || lang }, title));
    if (resolved.problem || !resolved.url) {
      box.append(h('p', {}, t.broken));
      return box;
    }
    const facts = resolved.facts;
    const fill = (text: string): string => text.replace('{provider}', resolved.name).replace('{company}', facts?.company ?? '');
    box.append(h('p', {}, fill(facts ? t.about : t.aboutOther)));
    if (facts) box.append(h('p', {}, h('a', { href: facts.privacyUrl, target: '_blank', rel: 'noopener noreferrer' }, fill(t.privacy))));
    const load = (): void => {
      this.#once = true;
      this.#chosen = true;
      this.#render();
    };
    // The buttons' names end with the title, so a screen reader's list of buttons says which embed each is.
    const button = (part: string, label: string, after: string, run: () => void): HTMLButtonElement => {
      // aria-label starts with the visible label, so a voice user can say what they see (WCAG 2.5.3).
      const element = h('button', { type: 'button', part, class: part === 'load' ? 'action' : 'action secondary', 'aria-label': label + after }, label);
      element.addEventListener('click', (event) => { event.stopPropagation(); run(); });
      return element;
    };
    const actions = h('div', { class: 'actions' }, button('load', facts?.video ? t.play : t.load, `: ${title}`, load));
    const category = resolved.category;
    if (store?.config.categories.some((c) => c.id === category && !c.required)) {
      actions.append(button('allow', t.allow, ` (${title})`, () => {
        this.#chosen = true;
        store.set({ [category]: true }, 'embed');
      }));
    } else if (store) {
      // It can never be granted, so it loads only one at a time: say so once, with the fix.
      tell(`suostumus: an embed waits for the category "${category}", which the config does not offer, so it can only be loaded one at a time. Add { "id": "${category}" } to "categories" in the config.`, false);
    }
    box.append(actions);
    // A click anywhere on a video's placeholder (not on its link) plays it, as on the provider's own player.
    if (facts?.video) box.addEventListener('click', (event) => { if (!(event.target instanceof HTMLAnchorElement)) load(); });
    return box;
  }

  /** The `poster` address, unless it is on the provider's servers (that request would need consent too). */
  #poster(resolved: Resolved): string | undefined {
    const poster = this.getAttribute('poster');
    if (!poster) return undefined;
    let url: URL;
    try {
      url = new URL(poster, document.baseURI);
    } catch {
      return undefined;
    }
    if (resolved.facts && onHosts(url.hostname, resolved.facts.hosts)) {
      tell(`suostumus: <suostumus-embed poster="${poster}">: the poster is on ${resolved.name}'s servers, so fetching it would send the visitor's data there before consent; it is not shown. Host the image on your own site.`);
      return undefined;
    }
    return url.href;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-embed': SuostumusEmbed;
  }
}
