// What the YAML parser is given, and how its positions map back to the user's text:
// - lone CRs become LFs (same offsets): YAML 1.2 §5.4 counts CR, LF and CRLF as line breaks, the
//   `yaml` package only the latter two, so a file saved with old Mac line endings read as one line;
// - tabs in the indentation of the lines yaml rejects (TAB_AS_INDENT; YAML 1.2 §6.1 forbids them)
//   become the file's indent unit in spaces, and every node range and error position is mapped back.
//   A file indented with tabs thus keeps its structure: the user gets one `yaml-tab-indent` per line
//   and the rest is checked as meant, instead of a cascade. The quick-fix writes the same spaces.
import { visit, type Document, type YAMLError } from 'yaml';
import type { Span } from '../model/plant';

const LONE_CR = /\r(?!\n)/g;

/** True when `text` holds a CR that is not part of a CRLF. */
export function hasLoneCr(text: string): boolean {
  LONE_CR.lastIndex = 0;
  return LONE_CR.test(text);
}

/** `text` with lone CRs as LFs (same length). */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
}

/** The indent unit of the file's space-indented lines (the first one's indentation), else 2. */
export function indentUnit(text: string): number {
  return /^( +)[^\s]/m.exec(text)?.[1].length ?? 2;
}

/** Span of the tabs in the indentation of the line holding `offset` (from its first to its last tab). */
export function indentTabs(text: string, offset: number): Span | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let end = lineStart;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const first = text.indexOf('\t', lineStart);
  if (first < 0 || first >= end) return undefined;
  return { start: first, end: text.lastIndexOf('\t', end - 1) + 1 };
}

/** Most rounds of untabbing: yaml may report a line with tabs after spaces only once the lines before it parse. */
const MAX_ROUNDS = 8;

/** Text with the tabs of `spans` expanded, and the map from its offsets back to the original's. */
function expand(text: string, spans: readonly Span[], unit: number): { text: string; back: (offset: number) => number } {
  const tabs: number[] = []; // original offsets of expanded tabs, ascending
  let out = '';
  let at = 0;
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) if (text[i] === '\t') tabs.push(i);
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/\t/g, ' '.repeat(unit));
    at = s.end;
  }
  out += text.slice(at);
  const grow = unit - 1;
  const back = (e: number): number => {
    // Tabs before the k-th start at expanded tabs[k] + k * grow; count those ending at or before e.
    let lo = 0;
    let hi = tabs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tabs[mid] + mid * grow + unit <= e) lo = mid + 1;
      else hi = mid;
    }
    const inside = lo < tabs.length && e > tabs[lo] + lo * grow; // within the k-th tab's spaces
    return inside ? tabs[lo] + 1 : e - lo * grow;
  };
  return { text: out, back };
}

/** Maps every node range and error position of `docs` through `back`. */
function mapPositions(docs: readonly Document.Parsed[], back: (offset: number) => number): void {
  const mapRange = (r: number[] | undefined) => {
    if (r) for (let i = 0; i < r.length; i++) r[i] = back(r[i]);
  };
  for (const doc of docs) {
    mapRange(doc.range as unknown as number[]);
    for (const e of [...doc.errors, ...doc.warnings]) mapRange(e.pos as unknown as number[]);
    visit(doc, {
      Node(_, node) {
        mapRange(node.range as unknown as number[] | undefined);
      },
    });
  }
}

/**
 * Parses `text` with `parse` after the replacements above, with positions mapped back to `text`;
 * returns the documents and the spans of the tabs replaced (one per line, in text order).
 */
export function parseTolerant<D extends Document.Parsed>(text: string, parse: (input: string) => D[]): { docs: D[]; tabs: Span[] } {
  const input = normalizeLineBreaks(text);
  let docs = parse(input);
  const tabs = new Map<number, Span>();
  const unit = indentUnit(input);
  let back = (o: number) => o;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = docs.flatMap((d) => d.errors).filter((e: YAMLError) => e.code === 'TAB_AS_INDENT');
    const flagged = found.map((e) => indentTabs(input, back(e.pos[0])));
    // yaml reports only the tab lines it reaches; in a file indented with tabs, every content line that
    // starts with a tab is one (comment lines may keep theirs). Lines with tabs after spaces follow by rounds.
    if (round === 0 && found.length > 0) flagged.push(...[...input.matchAll(/^\t[ \t]*[^\s#]/gm)].map((m) => indentTabs(input, m.index)));
    const fresh = flagged.filter((s): s is Span => s !== undefined && !tabs.has(s.start));
    if (fresh.length === 0) break;
    for (const s of fresh) tabs.set(s.start, s);
    const spans = [...tabs.values()].sort((a, b) => a.start - b.start);
    const expanded = expand(input, spans, unit);
    docs = parse(expanded.text);
    back = expanded.back;
  }
  if (tabs.size > 0) mapPositions(docs, back);
  return { docs, tabs: [...tabs.values()].sort((a, b) => a.start - b.start) };
}
