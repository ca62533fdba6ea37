import { css } from 'lit';

// The notice is page content: it takes the page's font size, colour and background, and draws only its
// structure (lines, markers, buttons) with the shared --suostumus-* tokens.
export const noticeStyles = css`
  :host {
    display: block;
    font-family: var(--suostumus-font, inherit);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  article {
    max-inline-size: 100%;
    /* Finnish has long words ("Tietosuojaseloste" at heading size): break them rather than the layout. */
    overflow-wrap: break-word;
  }
  h1, h2, h3, h4, h5, h6 {
    hyphens: auto;
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
  }
  [part='title'] {
    margin-block-start: 0;
  }
  a {
    color: var(--suostumus-accent, #0b57a4);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--suostumus-focus, #0b57a4);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .updated,
  .article,
  .party-role {
    color: var(--suostumus-muted, #4a4a50);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    margin-block: 1rem;
  }
  nav {
    flex: 1 1 30rem;
  }
  .contents {
    font-weight: 600;
    margin-block: 0 0.25rem;
  }
  /* Compact: in columns, so that a long notice's first section is on the first screen. */
  nav ul {
    margin: 0;
    padding: 0;
    list-style: none;
    columns: 15rem;
    column-gap: 1.5rem;
    font-size: 0.9em;
  }
  nav li {
    break-inside: avoid;
  }
  nav a {
    display: inline-block;
    min-block-size: 24px;
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.5rem 0.9rem;
    border: 2px solid var(--suostumus-accent, #0b57a4);
    border-radius: var(--suostumus-radius, 0.5rem);
    background: var(--suostumus-background, #ffffff);
    color: var(--suostumus-accent, #0b57a4);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  details {
    border-block-start: 1px solid var(--suostumus-border, #8a8a92);
    scroll-margin-block-start: var(--suostumus-scroll-margin, 1rem);
  }
  details:last-of-type {
    border-block-end: 1px solid var(--suostumus-border, #8a8a92);
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid var(--suostumus-accent, #0b57a4);
    border-block-end: 2px solid var(--suostumus-accent, #0b57a4);
    transform: rotate(-45deg);
    transition: transform 0.15s ease-out;
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  summary > [part='heading'] {
    margin: 0;
    font-size: 1.15em;
  }
  .body {
    padding-block-end: 1rem;
    padding-inline-start: 1.1rem;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: 0.75rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem 0.5rem 0.4rem 0;
    border-block-end: 1px solid var(--suostumus-border, #8a8a92);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .cookies {
    font-size: 0.95em;
  }
  /* A data table may scroll sideways on a narrow screen (WCAG 1.4.10 exempts tables); the page never does.
     The region is focusable, so it can be scrolled from the keyboard. */
  .table-scroll {
    position: relative; /* holds the visually hidden caption, which would otherwise widen the page */
    max-inline-size: 100%;
    overflow-x: auto;
    margin-block: 0.75rem;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--suostumus-focus, #0b57a4);
    outline-offset: 2px;
  }
  .table-scroll > table {
    margin-block: 0;
  }
  /* Cookie names may be long (IDE (doubleclick.net), _ga_XXXXXXXX): they may break anywhere. */
  td code {
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .article,
  .detail {
    display: block;
  }
  .article {
    font-size: 0.9em;
  }
  .party {
    margin-block: 0.75rem;
  }
  .party-name {
    font-weight: 600;
    margin-block: 0;
  }
  .party-role {
    margin-block: 0;
  }
  .party dl {
    margin-block: 0.25rem 0;
  }
  .party dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .party dt {
    font-weight: 600;
  }
  .party dt::after {
    content: ':';
  }
  .party dd {
    margin: 0;
  }
  .debug {
    border: 2px dashed #b00020;
    padding: 0 1rem;
  }
  .address {
    white-space: pre-line;
  }
  .service-name {
    margin-block-end: 0.25rem;
  }
  .always-on {
    font-weight: 600;
  }
  .changes time {
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    summary::before {
      transition: none;
    }
  }
  @media print {
    .toggle-all,
    .settings {
      display: none;
    }
    summary::before {
      display: none;
    }
    details {
      break-inside: auto;
    }
    summary {
      min-block-size: 0;
    }
  }
  /* Browsers with ::details-content print closed sections too (the others are opened on beforeprint). */
  @media print {
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
