// Where an edit can be reparsed on its own: a run of whole entries of one second-level block
// collection (`devices.<id>` pairs, `flows[i]` items), cut at line starts. The cut is only taken
// when the lines around it force the same parse in context as standalone: the window opens on an
// entry's own line at the entries' column n, every later line in it is blank or indented >= n, and
// the first line after it that is indented <= n and neither blank nor a comment (the terminator) is
// the next entry, the next root key or the end of the text. Anything else is declined (the caller parses in full).
import { isMap, isNode, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextChange } from '../lsp/stable-problems';

export interface EditWindow {
  /** Index of the root pair whose value holds the entries. */
  readonly section: number;
  readonly kind: 'map' | 'seq';
  /** Entries first..last (inclusive) are replaced. */
  readonly first: number;
  readonly last: number;
  /** Line start of the first entry (same offset in the old and the new text). */
  readonly start: number;
  /** Old end: just after the line break of the last entry's last non-blank line (or the text end). */
  readonly end: number;
  /** Column of the entries. */
  readonly indent: number;
  /** Blank lines separate the window from its terminator. */
  readonly gap: boolean;
}

type Section = YAMLMap | YAMLSeq;

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
const spaces = (text: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
};

/** Offset where entry i's own text starts (its key, or its first content after `- `). */
function anchor(section: Section, i: number): number | undefined {
  const item = section.items[i];
  const node = isMap(section) ? (item as YAMLMap['items'][number]).key : item;
  return isNode(node) && node.range ? node.range[0] : undefined;
}

/**
 * Line start of entry i when its line is exactly `n` spaces and the entry: a plain key for maps,
 * `-` then spaces then content for sequences (content on the dash line, so no comment sits between).
 */
function entryLine(text: string, section: Section, i: number, n: number): number | undefined {
  const at = anchor(section, i);
  if (at === undefined) return undefined;
  const ls = lineStart(text, at);
  if (!spaces(text, ls, ls + n)) return undefined;
  if (isMap(section)) return at === ls + n && isScalar(section.items[i].key) ? ls : undefined;
  return text[ls + n] === '-' && at > ls + n + 1 && spaces(text, ls + n + 1, at) ? ls : undefined;
}

/** Column of the section's entries, when it is a non-empty block collection. */
function entryColumn(text: string, section: unknown): number | undefined {
  if (!(isMap(section) || isSeq(section)) || section.flow || section.items.length === 0) return undefined;
  const at = anchor(section, 0);
  if (at === undefined) return undefined;
  const ls = lineStart(text, at);
  const col = isMap(section) ? at - ls : text.indexOf('-', ls) - ls;
  return col >= 0 ? col : undefined;
}

interface EntryEnd {
  /** After the line break of the last non-blank line indented > n (or the text end). */
  readonly end: number;
  /** Line start of the first line indented <= n that is neither blank nor a comment; undefined at the text end. */
  readonly terminator?: number;
  /** Blank or comment lines lie between `end` and the terminator (or the text end). */
  readonly gap: boolean;
}

/**
 * Scans the lines after the entry line at `ls`. Comments indented <= n belong to what follows (yaml
 * attaches them to the next key or the enclosing collection), so they count as gap, like blank
 * lines. A comment indented > n after the entry's last content line belongs to the entry or to what
 * follows depending on the entry's inner indentation (yaml gives `  # c` after `- a: 1` to the next
 * item), which an edit may change: undefined then, as on a tab in indentation or a lone CR.
 */
function entryEnd(text: string, ls: number, n: number): EntryEnd | undefined {
  let nl = text.indexOf('\n', ls);
  let end = nl < 0 ? text.length : nl + 1;
  let gap = false;
  let trailingComment = false;
  while (nl >= 0) {
    const p = nl + 1;
    nl = text.indexOf('\n', p);
    const q = nl < 0 ? text.length : nl;
    let k = p;
    while (k < q && text.charCodeAt(k) === 32) k++;
    const c = text[k];
    if (k === q || (k === q - 1 && c === '\r')) {
      if (p < q || nl >= 0) gap = true;
      continue;
    }
    if (c === '\t' || text.slice(p, q - 1).includes('\r')) return undefined;
    if (k - p <= n) {
      if (c !== '#') return trailingComment ? undefined : { end, terminator: p, gap };
      gap = true;
      continue;
    }
    end = nl < 0 ? text.length : nl + 1;
    gap = false;
    trailingComment = c === '#';
  }
  return trailingComment ? undefined : { end, gap: gap && end < text.length };
}

/** The window around `change` in the old text, or undefined when the edit is not confined to one. */
export function locateWindow(doc: Document, text: string, change: TextChange): EditWindow | undefined {
  const root = doc.contents;
  if (!isMap(root) || root.flow) return undefined;
  for (let s = 0; s < root.items.length; s++) {
    const section = root.items[s].value;
    const n = entryColumn(text, section);
    if (n === undefined) continue;
    const coll = section as Section;
    const first0 = anchor(coll, 0)!;
    const next = s + 1 < root.items.length ? root.items[s + 1].key : undefined;
    if (s + 1 < root.items.length && !(isNode(next) && next.range)) return undefined;
    const nextKey = isNode(next) && next.range ? next.range[0] : undefined;
    if (change.start < lineStart(text, first0) || change.start > (nextKey ?? text.length)) continue;
    return windowIn(text, coll, s, n, change, nextKey);
  }
  return undefined;
}

/** Last entry whose anchor line starts at or before `pos`. */
function entryBefore(text: string, coll: Section, pos: number): number {
  let lo = 0;
  let hi = coll.items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const at = anchor(coll, mid);
    if (at !== undefined && lineStart(text, at) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function windowIn(text: string, coll: Section, section: number, n: number, change: TextChange, nextRootKey: number | undefined): EditWindow | undefined {
  const a = entryBefore(text, coll, change.start);
  // One entry earlier too: an edit at an entry boundary may belong to either side, and deleting an
  // entry leaves its neighbour as the window's only entry.
  const first = Math.max(a - 1, 0);
  let last = Math.max(entryBefore(text, coll, change.oldEnd), a);
  const start = entryLine(text, coll, first, n);
  if (start === undefined || start > change.start) return undefined;
  let tail: EntryEnd | undefined;
  for (;;) {
    const ls = entryLine(text, coll, last, n);
    tail = ls === undefined ? undefined : entryEnd(text, ls, n);
    if (!tail) return undefined;
    if (change.oldEnd <= tail.end) break;
    if (last + 1 >= coll.items.length) return undefined;
    last++;
  }
  // The terminator must be what the old parse saw next: the next entry, the next root key, the end.
  let expected: number | undefined;
  if (last + 1 < coll.items.length) {
    expected = entryLine(text, coll, last + 1, n);
    if (expected === undefined) return undefined;
  } else if (nextRootKey !== undefined) {
    expected = lineStart(text, nextRootKey);
    if (!spaces(text, expected, nextRootKey)) return undefined;
  }
  if (expected !== tail.terminator) return undefined;
  return { section, kind: isMap(coll) ? 'map' : 'seq', first, last, start, end: tail.end, indent: n, gap: tail.gap };
}

/**
 * Whether the new window text parses standalone exactly as in context: first line the entry at
 * column n, later lines blank or indented >= n (entries or comments at n), no document markers,
 * tabs in indentation, lone CRs or NULs, and a last line that is content, not blank or a comment.
 */
export function windowTextFits(w: string, n: number, kind: 'map' | 'seq', atTextEnd: boolean): boolean {
  if (!atTextEnd && !w.endsWith('\n')) return false;
  if (w.includes('\u0000') || w.includes('\uFEFF') || /\r(?!\n)/.test(w)) return false;
  if (!spaces(w, 0, n)) return false;
  const c0 = w[n];
  if (kind === 'seq' ? !(c0 === '-' && (w[n + 1] === ' ' || w[n + 1] === undefined || w[n + 1] === '\n' || w[n + 1] === '\r')) : c0 === undefined || ' \t#\r\n-?'.includes(c0)) return false;
  let p = 0;
  let lastContent = '';
  while (p < w.length) {
    const nl = w.indexOf('\n', p);
    const q = nl < 0 ? w.length : nl;
    let k = p;
    while (k < q && w.charCodeAt(k) === 32) k++;
    const c = w[k];
    const blank = k === q || (k === q - 1 && c === '\r');
    if (!blank) {
      if (c === '\t' || k - p < n) return false;
      if (k === p && (w.startsWith('---', p) || w.startsWith('...', p))) return false;
      // At column n: seq entries start with a dash; in a map a dash would be a compact sequence
      // value, which takes in comments at column n after it (outside the window).
      if (p > 0 && k - p === n && (kind === 'seq' ? c !== '-' && (c !== '#' || n === 0) : c === '-')) return false;
    }
    lastContent = blank ? '' : c;
    p = q + 1;
  }
  return lastContent !== '' && lastContent !== '#';
}
