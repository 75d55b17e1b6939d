// Text and node size estimates without a DOM: a fixed per-character width, doubled for wide (CJK) characters.
// Sizes are rounded up to a grid step so a small label edit rarely changes a node's size (layout stability).

export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 10;
const CHAR_WIDTH = 0.62; // of the font size, for a sans-serif at typical widths (slightly generous)
const GRID = 20;

/** East Asian wide / fullwidth characters take about twice the width of Latin ones. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Estimated rendered width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let units = 0;
  for (const ch of text) units += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return units * CHAR_WIDTH * fontSize;
}

/** Longest label shown, so pathological ids cannot make a node kilometres wide. */
export const MAX_LABEL_CHARS = 48;

/** Shortens a label to MAX_LABEL_CHARS code points with an ellipsis. */
export function clip(text: string, max = MAX_LABEL_CHARS): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

export function snap(v: number): number {
  return Math.ceil(v / GRID) * GRID;
}

export const DEVICE_HEIGHT = 44;
export const DEVICE_MIN_WIDTH = 120;
export const CONDUIT_DEVICE_HEIGHT = 36;
export const CONDUIT_DEVICE_MIN_WIDTH = 80;
/** Zone title strip: label line + kind line. */
export const ZONE_HEADER = 40;
export const ZONE_PADDING = 14;
export const ZONE_MIN_WIDTH = 160;
export const ZONE_MIN_HEIGHT = 60;
const H_PAD = 28; // left/right text padding plus room for the corner badge

/** Width for a box showing a label line and a smaller sublabel line. */
export function boxWidth(label: string, sublabel: string | undefined, min: number): number {
  const w = Math.max(textWidth(label), sublabel ? textWidth(sublabel, SMALL_FONT_SIZE) : 0) + H_PAD;
  return snap(Math.max(min, w));
}
