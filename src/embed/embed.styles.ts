// The embed's box: the same size before and after consent. The host keeps the aspect ratio (the
// provider's, or the site's `width` / `height`); the placeholder flows inside it and may make it taller
// on a narrow screen (the host's overflow stays visible, so CSS lets content stretch an aspect-ratio
// box), and the iframe fills it.
export const embedCss = `
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    inline-size: 100%;
    aspect-ratio: var(--_ratio, 16 / 9);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    container-type: inline-size;
  }
  iframe, .poster {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
    border-radius: inherit;
  }
  .poster {
    object-fit: cover;
    opacity: 0.25;
    pointer-events: none;
  }
  .placeholder {
    position: relative;
    box-sizing: border-box;
    min-block-size: 100%;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.5rem;
    padding: var(--_space);
    cursor: pointer;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .action.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  @container (max-width: 30rem) {
    .placeholder {
      font-size: 0.875rem;
      padding: 0.75rem;
    }
    .action {
      flex: 1 1 100%;
      font-size: 0.875rem;
    }
  }
`;
