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
export const MAX_LABEL_CHARS = 96;

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
/** Free room above each device for the threat markers of a chosen damage (overlay.ts). */
export const MARKER_ROOM = 18;
export const ZONE_MIN_WIDTH = 160;
export const ZONE_MIN_HEIGHT = 60;
const H_PAD = 28; // left/right text padding plus room for the corner badge

/** Widest device label line; longer labels wrap to a second line (and only beyond that get an ellipsis). */
export const LABEL_MAX_WIDTH = 240;
export const LINE_HEIGHT = 14;
const MAX_LINES = 2;

/**
 * Splits a label into at most two lines no wider than LABEL_MAX_WIDTH, at spaces when it can (CJK text without
 * spaces breaks between characters). Both renderers call this with the node's label, so they agree with the size
 * the scene reserved.
 */
export function wrapLabel(text: string, maxWidth = LABEL_MAX_WIDTH, fontSize = FONT_SIZE): string[] {
  if (textWidth(text, fontSize) <= maxWidth) return [text];
  const lines: string[] = [];
  let rest = Array.from(text);
  while (rest.length > 0 && lines.length < MAX_LINES) {
    if (lines.length === MAX_LINES - 1 || textWidth(rest.join(''), fontSize) <= maxWidth) {
      lines.push(fitLine(rest, maxWidth, fontSize));
      break;
    }
    // Longest prefix that fits, then back off to the last space in it (if the line keeps some text).
    let end = 1;
    while (end < rest.length && textWidth(rest.slice(0, end + 1).join(''), fontSize) <= maxWidth) end++;
    const space = rest.slice(0, end + 1).lastIndexOf(' ');
    if (space > 0) end = space;
    lines.push(rest.slice(0, end).join('').trimEnd());
    rest = Array.from(rest.slice(end).join('').trimStart());
  }
  return lines;
}

/** The characters as one line, ending with an ellipsis when they do not fit. */
function fitLine(chars: string[], maxWidth: number, fontSize: number): string {
  if (textWidth(chars.join(''), fontSize) <= maxWidth) return chars.join('');
  let end = chars.length;
  while (end > 1 && textWidth(chars.slice(0, end).join('') + '…', fontSize) > maxWidth) end--;
  return chars.slice(0, end).join('').trimEnd() + '…';
}

/** Size of a device-like box: its wrapped label lines plus a sublabel line, at least `minW` x `minH`. */
export function leafSize(label: string, sublabel: string | undefined, minW: number, minH: number): { width: number; height: number } {
  const lines = wrapLabel(label);
  const w = Math.max(...lines.map((l) => textWidth(l)), sublabel ? textWidth(sublabel, SMALL_FONT_SIZE) : 0) + H_PAD;
  return { width: snap(Math.max(minW, w)), height: minH + (lines.length - 1) * LINE_HEIGHT };
}

/** First text baseline, relative to the box top, for `lines` lines centred in a box of height `h`. */
export function firstBaseline(h: number, lines: number): number {
  return h / 2 + 5 - ((lines - 1) * LINE_HEIGHT) / 2;
}

/** Width for a box showing a label line and a smaller sublabel line. */
export function boxWidth(label: string, sublabel: string | undefined, min: number): number {
  const w = Math.max(textWidth(label), sublabel ? textWidth(sublabel, SMALL_FONT_SIZE) : 0) + H_PAD;
  return snap(Math.max(min, w));
}
