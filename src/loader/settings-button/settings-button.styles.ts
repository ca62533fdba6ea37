// Plain CSS text: the settings button is in the small loader, which carries no Lit.
export const settingsButtonCss = `
  :host {
    --_accent: var(--suostumus-accent, #0b57a4);
    --_bg: var(--suostumus-background, #ffffff);
    --_focus: var(--suostumus-focus, #0b57a4);
    position: fixed;
    inset-block-end: var(--suostumus-spacing, 1rem);
    inset-inline-start: var(--suostumus-spacing, 1rem);
    z-index: var(--suostumus-z-index, 2147483000);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--suostumus-accent-dark, #8ab4f8);
      --_bg: var(--suostumus-background-dark, #1f2023);
      --_focus: var(--suostumus-focus-dark, #8ab4f8);
    }
  }
  :host([position='bottom-right']) {
    inset-inline-start: auto;
    inset-inline-end: var(--suostumus-spacing, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 0.9rem;
    border: 2px solid var(--_accent);
    border-radius: var(--suostumus-radius, 0.5rem);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-family: var(--suostumus-font, system-ui, sans-serif);
    font-weight: 600;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
