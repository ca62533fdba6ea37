// WCAG 2.2 contrast ratio (success criterion 1.4.3, "Contrast (Minimum)"): relative luminance of sRGB
// colours, as https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio defines it. AA asks 4.5:1 for text.

/** The minimum ratio for normal-size text at level AA. */
export const AA_TEXT = 4.5;

/** `#rgb` or `#rrggbb` (alpha ignored) as [r, g, b] 0–255, or undefined for anything else. */
export function parseHex(colour: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(colour.trim());
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two `#hex` colours (1 to 21), or undefined when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return undefined;
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
