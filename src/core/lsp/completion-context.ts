// Where the cursor is in a (possibly half-typed, unparsable) plant file, read from the text alone:
// the top-level section, the key whose value is being typed, and the sibling lines of the item.
import type { Span } from '../model/plant';

export interface CompletionContext {
  /** Top-level key the cursor is under ("zones", "countermeasures"...); undefined at top level. */
  readonly section?: string;
  /** Key whose value the cursor is in (`kind: |`, or the parent key of a `- |` item). */
  readonly key?: string;
  /** The cursor is where a key (not a value) goes. */
  readonly atKey: boolean;
  /** The cursor is at element level of a section (a new zone / device / list item goes here). */
  readonly atElement: boolean;
  /** Indent of the current line, in characters. */
  readonly indent: number;
  /** The word being typed, replaced by the completion. */
  readonly replace: Span;
  /** Lines of the current element / list item (for `target:` next to `measure:`). */
  readonly itemLines: readonly string[];
  /** Indentation unit of the file (two spaces unless the file says otherwise). */
  readonly unit: string;
  /** The line's text before the cursor. */
  readonly linePrefix: string;
}

interface Line {
  readonly text: string;
  readonly start: number;
}

const TOP_KEY = /^([A-Za-z_][\w-]*)\s*:/;
const KEY_VALUE = /^(\s*)(?:-\s+)?([\w-]+)\s*:(?:\s+|$)(.*)$/;

function indentOf(s: string): number {
  return s.length - s.trimStart().length;
}

function isBlank(s: string): boolean {
  const t = s.trim();
  return t === '' || t.startsWith('#');
}

export function completionContext(text: string, offset: number): CompletionContext {
  const lines = splitLines(text);
  let li = lines.findIndex((l, i) => offset >= l.start && (i === lines.length - 1 || offset < lines[i + 1].start));
  if (li < 0) li = lines.length - 1;
  const line = lines[li];
  const before = line.text.slice(0, offset - line.start);
  const indent = indentOf(line.text);
  const replace = wordSpan(text, offset);
  const unit = detectUnit(lines);

  // Top-level section: nearest key at column 0 above (a line at column 0 is itself top level,
  // except `- ` items of a list section written without indentation).
  let section: string | undefined;
  let sectionLine = -1;
  if (indent > 0 || line.text.startsWith('-')) {
    for (let i = li - 1; i >= 0; i--) {
      const m = TOP_KEY.exec(lines[i].text);
      if (m) {
        section = m[1];
        sectionLine = i;
        break;
      }
    }
  }

  // Key whose value is typed on this line, or the parent key of a block list item.
  let key: string | undefined;
  let atKey = false;
  // The last `key:` before the cursor on this line (also inside flow maps: `gw: {kind: |`).
  const kv = /([\w-]+)\s*:(?:\s+|(?=[\[{]))([^:]*)$/.exec(before) ?? /([\w-]+)\s*:()$/.exec(before);
  if (kv) key = kv[1];
  else if (/^\s*-\s+[^:]*$/.test(before) && section && !isListSection(section)) key = parentKey(lines, li, indent);
  else if (/^\s*-\s*[\w-]*$/.test(before) && section && isListSection(section) && indent > childIndent(lines, sectionLine)) {
    key = parentKey(lines, li, indent);
  } else atKey = true;

  const child = childIndent(lines, sectionLine);
  const atElement = atKey && section !== undefined && (isListSection(section) ? /^\s*-?\s*$/.test(before) && indent <= child : indent <= child);
  return { section, key, atKey, atElement, indent, replace, itemLines: itemLines(lines, li, section, sectionLine), unit, linePrefix: before };
}

function isListSection(section: string): boolean {
  return section === 'flows' || section === 'countermeasures' || section === 'models';
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split(/\r?\n/)) {
    out.push({ text: part, start });
    start += part.length;
    start += text.charAt(start) === '\r' ? 2 : 1;
  }
  return out;
}

function wordSpan(text: string, offset: number): Span {
  let s = offset;
  let e = offset;
  while (s > 0 && /[\w.\-]/.test(text[s - 1])) s--;
  while (e < text.length && /[\w.\-]/.test(text[e])) e++;
  return { start: s, end: e };
}

function parentKey(lines: Line[], li: number, indent: number): string | undefined {
  for (let i = li - 1; i >= 0; i--) {
    const l = lines[i].text;
    if (isBlank(l)) continue;
    const ind = indentOf(l);
    const m = KEY_VALUE.exec(l);
    if (ind < indent || (ind === indent && m && m[3].trim() === '')) return m?.[2];
    if (ind === 0) return undefined;
  }
  return undefined;
}

/** Indent of the section's children (its first non-blank line below), default 2. */
function childIndent(lines: Line[], sectionLine: number): number {
  if (sectionLine < 0) return 0;
  for (let i = sectionLine + 1; i < lines.length; i++) {
    const l = lines[i].text;
    if (isBlank(l)) continue;
    const ind = indentOf(l);
    return ind === 0 && !l.startsWith('-') ? 2 : ind;
  }
  return 2;
}

/** The lines of the current element: from the item start (a `- ` or element-level key) to the next one. */
function itemLines(lines: Line[], li: number, section: string | undefined, sectionLine: number): string[] {
  if (!section || sectionLine < 0) return [];
  const child = childIndent(lines, sectionLine);
  const isStart = (l: string) => !isBlank(l) && (indentOf(l) <= child && (isListSection(section) ? l.trimStart().startsWith('-') : true));
  let s = li;
  while (s > sectionLine + 1 && !isStart(lines[s].text)) s--;
  let e = li + 1;
  while (e < lines.length && !isStart(lines[e].text) && (indentOf(lines[e].text) > 0 || isBlank(lines[e].text))) e++;
  return lines.slice(s, e).map((l) => l.text);
}

function detectUnit(lines: Line[]): string {
  for (const l of lines) {
    const ind = indentOf(l.text);
    if (ind > 0 && !isBlank(l.text)) return ' '.repeat(Math.min(ind, 8));
  }
  return '  ';
}
