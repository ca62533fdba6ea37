import { css } from 'lit';

export const settingsButtonStyles = css`
  :host {
    position: fixed;
    inset-block-end: var(--suostumus-spacing, 1rem);
    inset-inline-start: var(--suostumus-spacing, 1rem);
    z-index: var(--suostumus-z-index, 2147483000);
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
    border: 2px solid var(--suostumus-accent, #0b57a4);
    border-radius: var(--suostumus-radius, 0.5rem);
    background: var(--suostumus-background, #ffffff);
    color: var(--suostumus-accent, #0b57a4);
    font: inherit;
    font-family: var(--suostumus-font, system-ui, sans-serif);
    font-weight: 600;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--suostumus-focus, #1a73e8);
    outline-offset: 2px;
  }
`;
