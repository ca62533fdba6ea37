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
    max-block-size: 100dvh;
    overflow-y: auto;
    padding: var(--_space);
    background: var(--_bg);
    color: var(--_text);
    border-block-start: 1px solid var(--_border);
    box-shadow: var(--_shadow);
  }
  .inner {
    max-inline-size: 64rem;
    margin-inline: auto;
    display: grid;
    gap: 0.75rem;
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
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: 0.5rem;
  }
`;
