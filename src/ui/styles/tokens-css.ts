// The theme: public `--suostumus-*` custom properties with defaults, resolved into private `--_*`
// variables for light and dark schemes. Defaults meet WCAG AA contrast in both schemes.
// Plain CSS text, so the plain-DOM banner can use it without Lit; `tokens` wraps it for Lit elements.
export const tokensCss = `
  :host {
    --_accent: var(--suostumus-accent, #0b57a4);
    --_on-accent: var(--suostumus-on-accent, #ffffff);
    --_bg: var(--suostumus-background, #ffffff);
    --_text: var(--suostumus-text, #1d1d1f);
    --_muted: var(--suostumus-muted, #4a4a50);
    --_border: var(--suostumus-border, #8a8a92);
    --_focus: var(--suostumus-focus, #0b57a4);
    --_radius: var(--suostumus-radius, 0.5rem);
    --_font: var(--suostumus-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_space: var(--suostumus-spacing, 1rem);
    --_z: var(--suostumus-z-index, 2147483000);
    --_shadow: var(--suostumus-shadow, 0 -0.25rem 1.5rem rgb(0 0 0 / 0.18));
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--suostumus-accent-dark, #8ab4f8);
      --_on-accent: var(--suostumus-on-accent-dark, #0b1a33);
      --_bg: var(--suostumus-background-dark, #1f2023);
      --_text: var(--suostumus-text-dark, #f1f1f4);
      --_muted: var(--suostumus-muted-dark, #c4c4cc);
      --_border: var(--suostumus-border-dark, #8d8d96);
      --_focus: var(--suostumus-focus-dark, #8ab4f8);
    }
  }
  [hidden] {
    display: none !important;
  }
  /* Every action the same size, weight and look: reject is never a lesser button than accept. */
  .action {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding: 0.55rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    font-size: 1rem;
    cursor: pointer;
  }
  .action:hover {
    filter: brightness(1.1);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  select {
    min-block-size: 2rem;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .appear {
      animation: suostumus-appear 160ms ease-out;
    }
  }
  @keyframes suostumus-appear {
    from { transform: translateY(0.5rem); }
  }
`;
