// Keeps diagnostics steady while the user types. When the YAML is momentarily broken, the parse of
// the rest of the file is unreliable (whole sections vanish), so re-analysing it would make every
// finding blink. Instead: syntax errors are shown where they are now, and the findings of the last
// well-formed version are carried over for the text that did not change (shifted by the edit).
import type { Problem } from '../diagnostics';
import type { Span } from '../model/plant';

export interface Snapshot {
  readonly text: string;
  readonly problems: readonly Problem[];
}

/** The region [start, oldEnd) of the old text that became [start, newEnd) in the new text. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Problems of the YAML layer: exact where they are, always shown as computed now. */
export function isSyntaxProblem(p: Problem): boolean {
  return p.code.startsWith('yaml-') || p.code === 'duplicate-key';
}

/**
 * Problems about the text as a whole (an empty file, binary data, a file too large): true of the version
 * they were found in only, so never carried over to a later one (typing into an empty file must not keep
 * "the file is empty").
 */
export function isWholeFileProblem(p: Problem): boolean {
  return p.code === 'empty-document' || p.code === 'binary-content' || p.code === 'file-too-large';
}

/** Problems that make the rest of the parse unreliable. */
export function isBreaking(p: Problem): boolean {
  return p.code === 'yaml-syntax' || p.code === 'yaml-internal';
}

const BLOCK = 1024;

/** Common prefix / suffix diff: one changed region covering all edits between two versions. */
export function textChange(oldText: string, newText: string): TextChange {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  // Whole blocks first (a native comparison), then characters: a keystroke in a 1 MB file is mid-text.
  while (start + BLOCK <= max && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let tail = 0;
  const end = (s: string, t: number) => s.slice(s.length - t - BLOCK, s.length - t);
  while (tail + BLOCK <= max - start && end(oldText, tail) === end(newText, tail)) tail += BLOCK;
  while (tail < max - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

/** Where an old span is in the new text, or undefined when the edit touched it. */
export function mapSpan(span: Span, c: TextChange): Span | undefined {
  if (span.end <= c.start) return span;
  if (span.start >= c.oldEnd) {
    const d = c.newEnd - c.oldEnd;
    return { start: span.start + d, end: span.end + d };
  }
  return undefined;
}

function mapProblem(p: Problem, c: TextChange): Problem | undefined {
  const span = mapSpan(p.span, c);
  if (!span) return undefined;
  const related = p.related?.flatMap((r) => {
    const s = mapSpan(r.span, c);
    return s ? [{ ...r, span: s }] : [];
  });
  return { ...p, span, ...(related ? { related } : {}) };
}

export interface StableResult {
  /** What to publish now. */
  readonly problems: Problem[];
  /** The snapshot to carry forward as "last well-formed". */
  readonly lastGood: Snapshot | undefined;
}

/**
 * Problems to publish for `current`, given the last well-formed snapshot.
 * Well-formed now: publish as is and remember it. Broken now: current syntax errors, the old
 * findings outside the edited region (shifted), and new non-syntax problems inside the edited
 * region that lie before the first syntax error (the part the parser still understood).
 */
export function stableProblems(current: Snapshot, lastGood: Snapshot | undefined): StableResult {
  const breaking = current.problems.filter(isBreaking);
  if (breaking.length === 0 || !lastGood) {
    return { problems: [...current.problems], lastGood: breaking.length === 0 ? current : lastGood };
  }
  const syntax = current.problems.filter(isSyntaxProblem);
  const change = textChange(lastGood.text, current.text);
  const firstError = Math.min(...breaking.map((p) => p.span.start));
  const out: Problem[] = [...syntax];
  const seen = new Set(out.map(key));
  for (const p of lastGood.problems) {
    if (isSyntaxProblem(p) || isWholeFileProblem(p)) continue;
    const m = mapProblem(p, change);
    if (m && !seen.has(key(m))) {
      out.push(m);
      seen.add(key(m));
    }
  }
  for (const p of current.problems) {
    if (isSyntaxProblem(p) || seen.has(key(p))) continue;
    const inEdit = p.span.end > change.start && p.span.start < change.newEnd;
    if (inEdit && p.span.end <= firstError) {
      out.push(p);
      seen.add(key(p));
    }
  }
  return { problems: out, lastGood };
}

function key(p: Problem): string {
  return `${p.code}@${p.span.start}:${p.span.end}`;
}
