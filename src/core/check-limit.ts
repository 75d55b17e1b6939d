// Output amplification guard for the check pipeline: a 100 KB file must not turn into 50,000 problems and
// 50 MB of SARIF, nor flood the editor's Problems panel. Applied once in checkText (and by the language
// server's checker), so every output and the editor see the same bounded list.
import type { Problem, Severity } from './diagnostics';
import { t } from './lsp/l10n';
import { visibleControls } from './report/safe-text';
import type { LineIndex } from './text/line-index';

/** Problems of one code listed per file at most; the rest is counted in one `problems-omitted` problem. */
export const MAX_PROBLEMS_PER_CODE = 200;

export const OMITTED_CODE = 'problems-omitted';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export interface LimitResult {
  /** Problems in the input's order, collapsed and capped, plus one `problems-omitted` per capped code. */
  readonly problems: Problem[];
  /** For each input problem that is listed, the problem standing for it (the same object unless collapsed). */
  readonly kept: ReadonlyMap<Problem, Problem>;
}

const cleanText = (p: Problem): Problem => {
  const related = p.related?.some((r) => visibleControls(r.message) !== r.message)
    ? p.related.map((r) => ({ ...r, message: visibleControls(r.message) }))
    : p.related;
  const message = visibleControls(p.message.replace(/\r\n?|\n/g, ' '));
  return message === p.message && related === p.related ? p : { ...p, message, ...(related ? { related } : {}) };
};

/**
 * Bounds the problems of one file (input sorted by position):
 * 1. controls in messages (ESC, CR, bidi overrides, …) become visible `\uXXXX` escapes, line breaks spaces:
 *    messages quote plant text and are printed to terminals and shown in the editor;
 * 2. problems with the same code and message on the same line collapse into the first, whose message then
 *    says how often it repeats (`models: [1, 1, …]` gives one problem, not 50,000);
 * 3. at most `max` problems per code are kept, in position order; the rest are counted in one
 *    `problems-omitted` problem (at the first one left out, with the worst severity left out, and
 *    `data: { code, omitted, max }`), so exit codes and severity filters still see them.
 * Shape: Problem[] → LimitResult; never drops the first problem of any code.
 */
export function limitProblems(problems: readonly Problem[], lines: LineIndex, max = MAX_PROBLEMS_PER_CODE): LimitResult {
  // Groups of one (code, line, message), kept ones only, in order of first appearance (the map's order).
  const groups = new Map<string, { original: Problem; problem: Problem; count: number }>();
  // Per code: groups kept so far, and the line of the last one (input sorted by position).
  const perCode = new Map<string, { kept: number; line: number }>();
  const omitted = new Map<string, { first: Problem; count: number; severity: Severity }>();
  const omit = (p: Problem) => {
    const o = omitted.get(p.code);
    if (!o) omitted.set(p.code, { first: p, count: 1, severity: p.severity });
    else {
      o.count++;
      if (RANK[p.severity] > RANK[o.severity]) o.severity = p.severity;
    }
  };
  for (const p of problems) {
    const line = lines.position(p.span.start).line;
    let c = perCode.get(p.code);
    if (!c) perCode.set(p.code, (c = { kept: 0, line: -1 }));
    const full = c.kept >= max;
    // Past the cap, a problem on a later line than the last kept one can join no kept group: it is only
    // counted, and never worded (lazy findings, diagnostics.ts, are not built for it).
    if (full && line !== c.line) {
      omit(p);
      continue;
    }
    const clean = cleanText(p);
    const key = `${p.code}\u0000${line}\u0000${clean.message}`;
    const seen = groups.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    if (full) {
      omit(p);
      continue;
    }
    groups.set(key, { original: p, problem: clean, count: 1 });
    c.kept++;
    c.line = line;
  }
  const out: Problem[] = [];
  const kept = new Map<Problem, Problem>();
  for (const c of groups.values()) {
    // `data.repeated` lets every output render the note in its own language (src/core/l10n/problem-text.ts).
    const shown = c.count > 1 ? { ...c.problem, message: t('{0} (repeated {1} times on this line)', c.problem.message, c.count), data: { ...c.problem.data, repeated: c.count } } : c.problem;
    kept.set(c.original, shown);
    out.push(shown);
  }
  for (const [code, o] of omitted) {
    out.push({
      code: OMITTED_CODE,
      severity: o.severity,
      message: t('{0} more problems with code {1} in this file are not listed (at most {2} per code are).', o.count, code, max),
      span: o.first.span,
      data: { code, omitted: o.count, max },
    });
  }
  if (omitted.size) out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { problems: out, kept };
}
