// Carrying an analysis over an edit that changes nothing the analysis reads (docs/analysis.md §8.1).
// A name, a description or a comment typed into a 10,000-device plant leaves every threat, measure
// and scenario as it was; only the text offsets after the edit move. Rather than analyse the plant
// again, the language server takes the previous analysis with its offsets moved. The carried result
// is the one a full analysis of the new plant gives (test/unit/analysis/carry-property.test.ts):
// the two plants are compared field by field (spans compared after moving), and any difference, or
// any offset inside the edit that cannot be placed without doubt, means a full analysis.
import { lazyProblem, type Problem, type RelatedLocation } from '../diagnostics';
import type { TextChange } from '../lsp/stable-problems';
import { isSpan, type Plant, type Span } from '../model/plant';
import type { Analysis, ThreatInstance } from './types';

/** Keys of an element (zone, device, conduit) or flow the analysis never reads: free text for people (docs/format.md). */
const PROSE = new Set(['name', 'description']);
/** Plant fields the analysis never reads: `meta` is the `plant:` section; `risks:` is read by the review stage, which runs on every version. */
const UNREAD = new Set(['meta', 'risks']);

/**
 * Where each offset of the old text is in the new one, for the offsets of `old`'s spans, or undefined
 * when `next` differs from `old` in anything the analysis reads (everything but element names and
 * descriptions, `plant:` and `risks:`). Offsets outside the edited region [c.start, c.oldEnd] move by
 * the formula; those inside it (the edited entry's own ends) are taken from `next`'s matching span.
 */
export function offsetMapping(old: Plant, next: Plant, c: TextChange): ((o: number) => number | undefined) | undefined {
  const delta = c.newEnd - c.oldEnd;
  const inside = new Map<number, number>();
  const offset = (a: number, b: number): boolean => {
    if (a < c.start) return a === b;
    if (a > c.oldEnd) return a + delta === b;
    const seen = inside.get(a);
    if (seen !== undefined) return seen === b;
    inside.set(a, b);
    return true;
  };
  const same = (a: unknown, b: unknown, prose: boolean): boolean => {
    if (a === b && (typeof a !== 'object' || a === null)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!same(a[i], b[i], prose)) return false;
      return true;
    }
    if (isSpan(a)) return isSpan(b) && offset(a.start, b.start) && offset(a.end, b.end);
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    let na = 0;
    let nb = 0;
    for (const k of ka) if (!(prose && PROSE.has(k))) {
      na++;
      if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], false)) return false;
    }
    for (const k of kb) if (!(prose && PROSE.has(k))) nb++;
    return na === nb;
  };
  // An element the edit did not reach is the very object of the previous plant (buildPlant's reuse),
  // all of whose offsets lie within its span, before the edit: nothing to compare or place.
  const untouched = (a: unknown, b: unknown) => a === b && (a as { span?: Span }).span !== undefined && (a as { span: Span }).span.end < c.start;
  const touches = (a: unknown) => {
    const s = (a as { span?: Span }).span;
    return !!s && s.end >= c.start && s.start <= c.oldEnd;
  };
  const sections: [readonly unknown[], readonly unknown[]][] = [];
  const keys = new Set([...Object.keys(old), ...Object.keys(next)]);
  for (const k of keys) {
    if (UNREAD.has(k)) continue;
    const a = (old as unknown as Record<string, unknown>)[k];
    const b = (next as unknown as Record<string, unknown>)[k];
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return undefined;
      sections.push([a, b]);
    } else if (!same(a, b, false)) return undefined;
  }
  // Elements of a section (their own names and descriptions are prose): those the edit touches first,
  // so a structural edit is told apart at once, then the rest.
  for (const [a, b] of sections) for (let i = 0; i < a.length; i++) if (touches(a[i]) && !same(a[i], b[i], true)) return undefined;
  for (const [a, b] of sections) for (let i = 0; i < a.length; i++) if (!touches(a[i]) && !untouched(a[i], b[i]) && !same(a[i], b[i], true)) return undefined;
  return (o) => (o < c.start ? o : o > c.oldEnd ? o + delta : inside.get(o));
}

/**
 * `previous` (the analysis of `old`) as the analysis of `next`, or undefined when the edit `c` between
 * their texts changed what the analysis reads or moved an offset it cannot place. Findings stay lazy:
 * a carried finding words itself on first read, from the previous finding (or the one that was carried
 * from, when that was never read), with its locations moved by every edit since.
 */
export function carryAnalysis(previous: Analysis, old: Plant, next: Plant, c: TextChange): Analysis | undefined {
  const at = offsetMapping(old, next, c);
  if (!at) return undefined;
  const move = mover(at);
  const instances: ThreatInstance[] = [];
  for (const inst of previous.instances) {
    const span = move(inst.span);
    if (!span) return undefined;
    instances.push(span === inst.span ? inst : { ...inst, span });
  }
  // The findings of one version share their list of moves: one list per edit, not one per finding.
  const extended = new Map<Moves | undefined, Moves>();
  const moves = (before: Moves | undefined) => {
    let out = extended.get(before);
    if (!out) extended.set(before, (out = { move, before }));
    return out;
  };
  const before = states.get(previous);
  const after: (Pending | null)[] = [];
  const findings: Problem[] = [];
  for (let i = 0; i < previous.findings.length; i++) {
    const f = previous.findings[i];
    const span = move(f.span);
    if (!span) return undefined;
    const state = before ? before[i] : isLazy(f) ? { root: f } : null;
    const moved = state ? carryLazy(f, span, state, moves) : carryEager(f, span, move);
    if (!moved) return undefined;
    findings.push(moved.problem);
    after.push(moved.state);
  }
  const carried = { ...previous, instances, findings };
  states.set(carried, after);
  return carried;
}

type Move = (s: Span) => Span | undefined;
/** The moves of the edits since a finding was last worded, the latest first. */
interface Moves {
  readonly move: Move;
  readonly before?: Moves;
}

/** A span's place after the edit (a function of its own: the moves kept by carried findings hold nothing else). */
function mover(at: (o: number) => number | undefined): Move {
  return (s) => {
    const start = at(s.start);
    const end = at(s.end);
    return start === undefined || end === undefined ? undefined : start === s.start && end === s.end ? s : { start, end };
  };
}

/**
 * A lazy finding of a carried analysis: while not worded, the finding it descends from that words
 * itself (of the last full analysis, or one already worded) and the moves of every edit since; both
 * let go once worded. So a carried finding never holds the previous version's: a chain of carried
 * findings, one per keystroke typed into a name or a comment, would keep every version in memory and,
 * read at last, recurse once per version (a RangeError after a few thousand).
 */
interface Pending {
  root?: Problem;
  moves?: Moves;
}
/** Per carried analysis, its findings' states in order (null: an eager finding). One entry per version. */
const states = new WeakMap<Analysis, readonly (Pending | null)[]>();

const isLazy = (p: Problem) => typeof Object.getOwnPropertyDescriptor(p, 'message')?.get === 'function';

/** A lazy finding carried: worded on first read from its root, its related locations moved by every edit since. */
function carryLazy(p: Problem, span: Span, from: Pending, moves: (before: Moves | undefined) => Moves): { problem: Problem; state: Pending } {
  // A state without root was worded: its finding is the root now, with this edit's move alone.
  const state: Pending = from.root ? { root: from.root, moves: moves(from.moves) } : { root: p, moves: moves(undefined) };
  // Every span of a finding is an element's span of the old plant, all of whose offsets the mapping
  // holds; should one not be, the related location is dropped rather than pointing at a wrong place.
  const problem = lazyProblem({ code: p.code, severity: p.severity, span }, () => {
    const root = state.root!;
    const all: Move[] = [];
    for (let m: Moves | undefined = state.moves; m; m = m.before) all.push(m.move);
    state.root = undefined;
    state.moves = undefined;
    all.reverse();
    const related = root.related?.flatMap((r) => {
      let s: Span | undefined = r.span;
      for (let i = 0; s && i < all.length; i++) s = all[i](s);
      return s ? [s === r.span ? r : { ...r, span: s }] : [];
    });
    return { message: root.message, ...(related && { related }), ...(root.data && { data: root.data }) };
  });
  return { problem, state };
}

/** An eager problem at `span`, its related locations moved (undefined when one cannot be placed). */
function carryEager(p: Problem, span: Span, move: Move): { problem: Problem; state: null } | undefined {
  const related = p.related && moveRelated(p.related, move);
  if (p.related && !related) return undefined;
  return { problem: span === p.span && related === p.related ? p : { ...p, span, ...(related && { related }) }, state: null };
}

function moveRelated(related: readonly RelatedLocation[], move: (s: Span) => Span | undefined): readonly RelatedLocation[] | undefined {
  let out: RelatedLocation[] | undefined;
  for (let i = 0; i < related.length; i++) {
    const span = move(related[i].span);
    if (!span) return undefined;
    if (span !== related[i].span) (out ??= related.slice(0, i)).push({ ...related[i], span });
    else out?.push(related[i]);
  }
  return out ?? related;
}
