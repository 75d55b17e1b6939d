// Plant files travel between companies, so every text they carry is untrusted in everything SmartFab writes.
// These helpers make such text inert for its reader: terminals (control sequences), Markdown viewers
// (markup, HTML, remote images) and JSON consumers that print strings raw. Printable Unicode (Japanese
// included) is kept as is.

/**
 * Characters that can change how the surrounding text is shown rather than being shown: C0 controls and DEL
 * (ESC starts terminal sequences, CR overwrites a line, BEL rings), C1 controls (U+009B is an 8-bit CSI in some
 * terminals), the Unicode bidirectional controls that reorder text ("Trojan Source", CVE-2021-42574), line and
 * paragraph separators, interlinear annotations, and lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CONTROL_TEST = new RegExp(CONTROL.source);

/** True when the text holds a character `visibleControls` would replace. */
export function hasControls(s: string): boolean {
  return CONTROL_TEST.test(s);
}

const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * The text with every control character (see CONTROL) replaced by its visible escape `\uXXXX`, so a reader
 * sees that it was there and nothing acts on it. One line out (line breaks and tabs escaped too) unless
 * `keepLineBreaks`, for outputs where they are plain whitespace (HTML, XML): then CR LF and CR become LF.
 * Shape: any string in, a string without CONTROL characters out; other characters unchanged.
 */
export function visibleControls(s: string, opts: { keepLineBreaks?: boolean } = {}): string {
  if (!hasControls(s)) return s;
  const t = opts.keepLineBreaks ? s.replace(/\r\n?/g, '\n') : s;
  return t.replace(CONTROL, (c) => (opts.keepLineBreaks && (c === '\n' || c === '\t') ? c : `\\u${hex4(c)}`));
}

// Controls that JSON.stringify leaves raw (it escapes C0, `"`, `\` and lone surrogates itself).
const JSON_RAW_CONTROL = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufff9-\ufffb]/g;

/**
 * Serialised JSON with the remaining control characters written as `\uXXXX` escapes: the same JSON value,
 * but safe to print on a terminal or paste into a script (U+2028 is a line break in older JavaScript).
 * Input must be the output of JSON.stringify (these characters then only occur inside strings).
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_RAW_CONTROL, (c) => `\\u${hex4(c).toLowerCase()}`);
}

// The punctuation that can open markup inside a line (text never starts a line here: line breaks are joined):
// emphasis (* _), code (`), links, images and footnotes ([ and ], which also keeps link text closed), raw HTML and
// autolinks (<), entities (&), table cells (|), strikethrough (~), a heading's closing #s, GitHub math ($),
// and the backslash itself.
const MD_PUNCT = /[\\`*_[\]<#|~&$]/g;

/**
 * Untrusted text as inline Markdown that renders as exactly that text: every markup character escaped, line
 * breaks joined with a space, controls made visible. Safe inside paragraphs, headings, list items, link text
 * and GFM table cells (CommonMark 0.31 §2.4 backslash escapes; GFM §4.10 tables). Raw HTML, entities, images
 * and links in the input become plain text.
 */
export function markdownInline(s: string): string {
  return visibleControls(s.replace(/\r\n?|\n/g, ' ')).replace(MD_PUNCT, '\\$&');
}

/** Untrusted text for HTML element content and quoted attribute values; controls made visible. */
export function htmlText(s: string): string {
  return visibleControls(s, { keepLineBreaks: true }).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Untrusted text as an inline Markdown code span (CommonMark §6.1): fenced by one more backtick than its longest
 * backtick run, padded with a space when it starts or ends with a backtick, on one line, controls visible.
 */
export function markdownCode(s: string): string {
  const text = visibleControls(s.replace(/\r\n?|\n/g, ' '));
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
