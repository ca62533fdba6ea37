// Plain CSS text: the banner ships without Lit.
export const bannerCss = `
  :host {
    display: contents;
  }
  .banner {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: var(--_z);
    box-sizing: border-box;
    /* At most 40 % of a phone's height (issue 14): the text scrolls inside, the buttons stay in view. A
       very low screen (a phone on its side) still gets 14rem, enough for the heading, some text and the buttons. */
    display: flex;
    max-block-size: max(40dvh, 14rem);
    padding: var(--_space);
    background: var(--_bg);
    color: var(--_text);
    border-block-start: 1px solid var(--_border);
    box-shadow: var(--_shadow);
  }
  .inner {
    inline-size: 100%;
    max-inline-size: 64rem;
    margin-inline: auto;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    min-block-size: 0;
    gap: 0.75rem;
  }
  .spacer {
    block-size: var(--_banner-size, 0);
  }
  .text {
    display: grid;
    gap: 0.5rem;
    min-block-size: 0;
    overflow-y: auto;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.125rem;
  }
  p {
    margin: 0;
  }
  .gpc {
    color: var(--_muted);
    font-style: italic;
  }
  .language {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    font-size: 0.875rem;
  }
  .actions {
    display: grid;
    /* Three equal buttons in one row at every width: the same size, weight and colour (Traficom, EDPB). */
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.5rem;
  }
  @media (max-width: 30rem) {
    .action {
      padding-inline: 0.35rem;
      font-size: 0.9375rem;
      overflow-wrap: anywhere;
    }
  }
  @media (max-width: 22rem) {
    .action {
      padding-inline: 0.2rem;
      font-size: 0.875rem;
    }
  }
`;
