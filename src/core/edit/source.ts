// The plant text as the edit functions see it: the `yaml` Document (for where things are) plus a
// line table (for minimal, line-oriented edits) and the file's own style (EOL, indent unit,
// whether block sequences are indented under their key).
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { normalizeLineBreaks } from '../parse/prepare';
import { t } from '../l10n/lang';

export interface Style {
  readonly eol: '\n' | '\r\n';
  /** Spaces per nesting level. */
  readonly indent: number;
  /** `key:\n  - item` (true) or `key:\n- item` (false). */
  readonly seqIndent: boolean;
  /** Countermeasure IDs written as `ID8-1` (true) or `8-1`. */
  readonly idPrefix: boolean;
}

/** A run of whole lines [start, end) that an item occupies, with the column its key or dash starts at. */
export interface Extent {
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  readonly lastLine: number;
  readonly col: number;
  /** Offset just after the item's last content character (before trailing comments). */
  readonly contentEnd: number;
}

interface Line {
  readonly start: number;
  /** Offset of the line break (or text end). */
  readonly end: number;
  /** Offset after the line break. */
  readonly next: number;
}

export type MapNode = YAMLMap<unknown, unknown>;
export type SeqNode = YAMLSeq<unknown>;
export type PairNode = Pair<unknown, unknown>;

export class Source {
  readonly lines: readonly Line[];
  readonly style: Style;

  private constructor(
    readonly text: string,
    readonly doc: Document.Parsed,
  ) {
    this.lines = splitLines(text);
    this.style = detectStyle(this, text);
  }

  /** Parses `text`; refuses text with YAML syntax errors (edits would land in the wrong place). */
  static parse(text: string): Source | { error: string } {
    // Lone CRs read as line breaks, as the checker reads them (parse/prepare.ts); same offsets.
    const doc = parseDocument(normalizeLineBreaks(text), { keepSourceTokens: true, uniqueKeys: false });
    if (doc.errors.length > 0) return { error: t('The file has YAML syntax errors; fix them before editing.') };
    if (doc.contents !== null && !isMap(doc.contents)) return { error: t('The file is not a plant description (expected a mapping).') };
    return new Source(text, doc);
  }

  get root(): MapNode | undefined {
    return isMap(this.doc.contents) ? (this.doc.contents as MapNode) : undefined;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  col(offset: number): number {
    return offset - this.lines[this.lineOf(offset)].start;
  }

  /** Indentation of a line, or undefined when it is blank. */
  indentOf(line: number): number | undefined {
    const { start, end } = this.lines[line];
    const m = /^[ \t]*/.exec(this.text.slice(start, end))!;
    return start + m[0].length === end ? undefined : m[0].length;
  }

  isComment(line: number): boolean {
    const { start, end } = this.lines[line];
    return /^[ \t]*#/.test(this.text.slice(start, end));
  }

  /** Offset after the last non-blank character before `offset`. */
  trimBack(offset: number, floor = 0): number {
    let i = offset;
    while (i > floor && /\s/.test(this.text[i - 1])) i--;
    return i;
  }

  /**
   * The whole lines an item occupies: from the line of `startOffset` (its key or dash) to its last
   * content line, plus comment lines after it indented deeper than it (they belong to it).
   */
  extent(startOffset: number, contentEnd: number): Extent {
    const startLine = this.lineOf(startOffset);
    const col = startOffset - this.lines[startLine].start;
    const end = this.trimBack(contentEnd, startOffset);
    let last = this.lineOf(Math.max(startOffset, end - 1));
    for (let l = last + 1; l < this.lines.length; l++) {
      const ind = this.indentOf(l);
      if (ind === undefined) continue;
      if (this.isComment(l) && ind > col) last = l;
      else break;
    }
    return { start: this.lines[startLine].start, end: this.lines[last].next, startLine, lastLine: last, col, contentEnd: end };
  }

  pairExtent(pair: PairNode): Extent {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    return this.extent(key.range![0], value?.range ? value.range[1] : key.range![1]);
  }

  /** Extent of a block sequence item, starting at its dash. */
  itemExtent(item: Node): Extent {
    return this.extent(this.dashBefore(item.range![0]), item.range![1]);
  }

  dashBefore(offset: number): number {
    let i = offset - 1;
    while (i > 0 && /\s/.test(this.text[i])) i--;
    return this.text[i] === '-' ? i : offset;
  }

  /** Offset just after the `:` that follows a key. */
  afterColon(pair: PairNode): number {
    const key = pair.key as Node;
    const i = this.text.indexOf(':', key.range![1]);
    return i < 0 ? key.range![1] : i + 1;
  }

  topPair(name: string): PairNode | undefined {
    return this.root ? findPair(this.root, name) : undefined;
  }
}

export function keyOf(pair: PairNode): string | undefined {
  return isScalar(pair.key) && pair.key.value != null ? String(pair.key.value) : undefined;
}

export function findPair(map: MapNode, key: string): PairNode | undefined {
  return map.items.find((p) => keyOf(p) === key);
}

export function scalarString(node: unknown): string | undefined {
  return isScalar(node) && node.value != null && typeof node.value !== 'object' ? String(node.value) : undefined;
}

export function isEmptyValue(node: unknown): boolean {
  return node == null || (isScalar(node) && node.value == null);
}

export function asMap(node: unknown): MapNode | undefined {
  return isMap(node) ? (node as MapNode) : undefined;
}

export function asSeq(node: unknown): SeqNode | undefined {
  return isSeq(node) ? (node as SeqNode) : undefined;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ start, end: text.length, next: text.length });
      return lines;
    }
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    lines.push({ start, end, next: nl + 1 });
    start = nl + 1;
  }
}

function detectStyle(src: Source, text: string): Style {
  let indent: number | undefined;
  let seqIndent: boolean | undefined;
  // Indent unit: the column of the first key of a block mapping nested in a top-level key.
  for (const pair of src.root?.items ?? []) {
    const v = pair.value;
    if (isMap(v) && !v.flow && v.items.length > 0) {
      const c = src.col((v.items[0].key as Node).range![0]);
      if (c > 0) {
        indent = c;
        break;
      }
    }
  }
  // Sequence style: the first block sequence that is the value of a block mapping key.
  visit(src.doc, {
    Pair(_, pair) {
      const v = pair.value;
      if (seqIndent === undefined && isSeq(v) && !v.flow && v.items.length > 0 && (pair.key as Node)?.range) {
        const keyCol = src.col((pair.key as Node).range![0]);
        const dashCol = src.col(src.dashBefore((v.items[0] as Node).range![0]));
        seqIndent = dashCol > keyCol;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const firstMeasure = asMap(asSeq(src.topPair('countermeasures')?.value)?.items[0]);
  const measure = firstMeasure ? scalarString(findPair(firstMeasure, 'measure')?.value) : undefined;
  return {
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    indent: indent ?? 2,
    seqIndent: seqIndent ?? true,
    idPrefix: measure ? /^id/i.test(measure) : true,
  };
}
