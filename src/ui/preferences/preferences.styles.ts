import { css } from 'lit';

export const preferencesStyles = css`
  dialog {
    box-sizing: border-box;
    inline-size: min(42rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .layout {
    overflow-wrap: anywhere;
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  p {
    margin: 0;
  }
  .close {
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .language {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  .notes {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  ul.categories {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .category {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .category-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
  }
  .switch input {
    appearance: none;
    margin: 0;
    flex: none;
    inline-size: 2.75rem;
    block-size: 1.5rem;
    border-radius: 1rem;
    border: 2px solid var(--_border);
    background: var(--_bg);
    position: relative;
    cursor: pointer;
  }
  .switch input::before {
    content: '';
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    background: var(--_muted);
  }
  .switch input:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .switch input:checked::before {
    inset-inline-start: calc(100% - 1rem - 2px);
    background: var(--_on-accent);
  }
  .switch input:disabled {
    opacity: 0.7;
    cursor: not-allowed;
  }
  /* Windows high contrast replaces every background with the page colour, and the knob vanished: the
     switches keep system colours of their own (WCAG 1.4.11 non-text contrast; the state must be seen). */
  @media (forced-colors: active) {
    .switch input {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    .switch input::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .switch input:checked {
      background: Highlight;
      border-color: Highlight;
    }
    .switch input:checked::before {
      background: HighlightText;
    }
    .switch input:disabled {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .switch input::before {
      transition: inset-inline-start 120ms ease-out;
    }
  }
  .state {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  details summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .service {
    margin-block: 0.5rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0.75rem;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0.5rem;
  }
`;
