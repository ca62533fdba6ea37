// The first layer. Plain DOM, no Lit: every first visit downloads it, and most visitors answer here
// without ever opening the settings, so Lit (about 6 KB) comes only with the settings dialog.

import { languageNames } from '../../../locales/language-names.js';
import type { BannerMessages } from '../../../locales/messages.js';
import type { ConsentStore } from '../../core/consent.js';
import { toLanguage } from '../../core/language.js';
import { LANGUAGES } from '../../core/types.js';
import type { Language } from '../../core/types.js';
import { boundTexts, ElementBinding } from '../../page/binding.js';
import { chooseLanguage, OPEN_PREFERENCES_EVENT } from '../../page/events.js';
import { h, PlainElement, shadowWithStyles } from '../../page/shadow.js';
import { bannerTexts } from '../../page/texts.js';
import { tokensCss } from '../styles/tokens-css.js';
import { bannerCss } from './banner.styles.js';

type Confirmation = 'accepted' | 'rejected' | 'saved';

/**
 * The first layer: shown while the visitor has not decided. Non-modal, so the page stays usable
 * (no cookie wall); Accept all, Reject all and Settings are equal in size, weight and colour.
 *
 * @tag suostumus-banner
 * @attr language - Force a language (`fi`, `en`, `sv`); by default the config's, the page's, then the browser's.
 * @attr notice-url - The privacy notice linked from the banner; by default the config's `noticeUrl`.
 * @fires suostumus-open-preferences - The visitor chose Settings.
 * @csspart banner - The fixed bar.
 * @csspart heading - The heading.
 * @csspart actions - The row of buttons.
 * @csspart accept - Accept all.
 * @csspart reject - Reject all.
 * @csspart settings - Settings.
 * @csspart language - The language switch.
 * @cssprop --suostumus-accent - Button and link colour.
 * @cssprop --suostumus-background - Background.
 * @cssprop --suostumus-text - Text colour.
 * @cssprop --suostumus-radius - Corner radius.
 * @cssprop --suostumus-font - Font family.
 * @cssprop --suostumus-z-index - Stacking order.
 */
export class SuostumusBanner extends PlainElement {
  static readonly observedAttributes = ['language', 'notice-url'];

  private storeValue: ConsentStore | undefined;
  private readonly root: ShadowRoot;
  private readonly status: HTMLDivElement;
  /** Space at the end of the page as tall as the open banner, so the page's last content can scroll above it. */
  private readonly spacer: HTMLDivElement;
  private banner: HTMLElement | undefined;
  private confirmation: Confirmation | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private readonly binding = new ElementBinding(this, () => { this.render(); });

  constructor() {
    super();
    this.root = shadowWithStyles(this, tokensCss + bannerCss);
    this.status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.spacer = h('div', { class: 'spacer', 'aria-hidden': 'true' });
    this.root.append(this.status, this.spacer);
  }

  /** The consent store; by default the page's (set up by the script tag or `startConsentUI`). */
  get store(): ConsentStore | undefined {
    return this.storeValue;
  }

  set store(value: ConsentStore | undefined) {
    this.storeValue = value;
    if (this.isConnected) this.connect();
  }

  /** Force a language; by default the config's, the page's, then the browser's. */
  get language(): Language | undefined {
    return toLanguage(this.getAttribute('language'));
  }

  set language(value: Language | undefined) {
    if (value) this.setAttribute('language', value);
    else this.removeAttribute('language');
  }

  /** The privacy notice linked from the banner; by default the config's `noticeUrl`. */
  get noticeUrl(): string | undefined {
    return this.getAttribute('notice-url') ?? undefined;
  }

  set noticeUrl(value: string | undefined) {
    if (value) this.setAttribute('notice-url', value);
    else this.removeAttribute('notice-url');
  }

  connectedCallback(): void {
    this.binding.connect();
    this.rebuild();
  }

  disconnectedCallback(): void {
    this.binding.disconnect();
    this.releaseScrollPadding();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.rebuild();
  }

  private currentStore(): ConsentStore | undefined {
    return this.binding.store;
  }

  /** Follows the current store (it may be given or replaced after connection) and renders. */
  private connect(): void {
    this.binding.follow();
    this.rebuild();
  }

  /** Builds the bar again (an attribute changed). */
  private rebuild(): void {
    this.banner?.remove();
    this.banner = undefined;
    this.render();
  }

  private render(): void {
    const language = this.binding.language;
    const t = boundTexts(this.binding, bannerTexts());
    if (!t) return;
    const state = this.currentStore()?.get();
    const open = state?.prompt === true;
    if (open && this.banner?.lang !== language) {
      // A new language builds the bar again; the focus stays on the same control (the language switch).
      const focused = this.root.activeElement?.getAttribute('data-focus-key');
      this.banner?.remove();
      this.banner = this.build(t, language, state.gpc);
      this.root.prepend(this.banner);
      this.holdScrollPadding(this.banner);
      if (focused) this.root.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)?.focus();
    } else if (!open && this.banner) {
      this.banner.remove();
      this.banner = undefined;
      this.releaseScrollPadding();
    }
    this.status.lang = language;
    this.status.textContent = this.confirmation ? t.confirmation[this.confirmation] : '';
  }

  private build(t: BannerMessages, language: Language, gpc: boolean): HTMLElement {
    const action = (part: string, label: string, onClick: (event: Event) => void): HTMLButtonElement => {
      const button = h('button', { class: 'action', part, type: 'button', 'data-focus-key': part }, label);
      button.addEventListener('click', onClick);
      return button;
    };
    const select = h('select', { 'data-focus-key': 'language' }, ...LANGUAGES.map((option) => {
      const element = h('option', { value: option, lang: option }, languageNames[option]);
      element.selected = option === language;
      return element;
    }));
    select.addEventListener('change', () => { void chooseLanguage(select.value as Language, this.currentStore(), bannerTexts()); });
    const noticeUrl = this.noticeUrl ?? this.currentStore()?.config.noticeUrl;
    const body = h('p', {}, `${t.banner.body} `);
    if (noticeUrl) body.append(h('a', { href: noticeUrl }, t.banner.noticeLink));
    return h('section', { class: 'banner appear', part: 'banner', role: 'region', 'aria-labelledby': 'heading', lang: language },
      h('div', { class: 'inner' },
        h('div', { class: 'top' },
          h('h2', { id: 'heading', part: 'heading' }, t.banner.heading),
          h('label', { class: 'language', part: 'language' }, h('span', {}, t.banner.language), select)),
        h('div', { class: 'text' }, body, ...(gpc ? [h('p', { class: 'gpc' }, t.banner.gpc)] : [])),
        h('div', { class: 'actions', part: 'actions' },
          action('accept', t.actions.acceptAll, () => { this.decide('accepted'); }),
          action('reject', t.actions.rejectAll, () => { this.decide('rejected'); }),
          action('settings', t.actions.settings, (event) => {
            this.dispatchEvent(new CustomEvent(OPEN_PREFERENCES_EVENT, {
              bubbles: true, composed: true, detail: { opener: event.currentTarget as HTMLElement },
            }));
          }))));
  }

  private decide(kind: 'accepted' | 'rejected'): void {
    // The confirmation is set first: the store's change re-renders the live region with it.
    this.confirmation = kind;
    const store = this.currentStore();
    if (kind === 'accepted') store?.acceptAll('banner');
    else store?.rejectAll('banner');
    this.render();
  }

  /**
   * Keeps the page usable behind the open banner: focused content scrolls clear of it (scroll-padding,
   * WCAG 2.4.11), and the end of the page gets as much room as the banner is tall, so the page's last
   * link can be scrolled above the banner and clicked (issue 14). Both follow the banner's height.
   */
  private holdScrollPadding(banner: HTMLElement): void {
    this.resizeObserver?.disconnect();
    const apply = (): void => {
      const height = `${banner.offsetHeight}px`;
      document.documentElement.style.scrollPaddingBottom = height;
      // On the host, not as an inline style inside the shadow root: nothing in there has a style attribute.
      this.style.setProperty('--_banner-size', height);
    };
    // A resize observation arrives after a layout (reading the height now would force one), and what it
    // sets makes the browser lay out the page again before painting. Observing from the task after the
    // bar's first frame lets that frame paint it at once; the room is made in the next (issue 15).
    const observer = this.resizeObserver = new ResizeObserver(apply);
    requestAnimationFrame(() => { setTimeout(() => { if (this.resizeObserver === observer) observer.observe(banner); }); });
  }

  private releaseScrollPadding(): void {
    if (!this.resizeObserver) return;
    this.resizeObserver.disconnect();
    this.resizeObserver = undefined;
    document.documentElement.style.removeProperty('scroll-padding-bottom');
    this.style.removeProperty('--_banner-size');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-banner': SuostumusBanner;
  }
}
