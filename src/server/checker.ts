// The server's checker: core checkText (parse + validation), then the threat analysis through a
// per-document cache that skips it when the plant's structure did not change.
import { checkText } from '../core/check';
import type { Problem } from '../core/diagnostics';
import { AnalysisCache } from './analysis-cache';
import type { Checker, CheckOutput } from './pipeline';

const byPosition = (a: Problem, b: Problem) => a.span.start - b.span.start || a.span.end - b.span.end;

/** A checker with its own analysis cache (one per server). */
export function createChecker(cache = new AnalysisCache()): Checker & { cache: AnalysisCache } {
  const check = (text: string, uri: string): CheckOutput => {
    const r = checkText(text, { uri, analysis: false });
    if (!r.plant) return { problems: r.problems, lineIndex: r.lineIndex };
    let analysis;
    try {
      analysis = cache.analyze(uri, r.plant);
    } catch (e) {
      const internal: Problem = { code: 'internal-error', severity: 'error', message: `SmartFab failed to analyse this file: ${(e as Error).message}`, span: { start: 0, end: 0 } };
      return { plant: r.plant, problems: [internal, ...r.problems], lineIndex: r.lineIndex };
    }
    const problems = [...r.problems, ...analysis.findings].sort(byPosition);
    return { plant: r.plant, problems, lineIndex: r.lineIndex, analysis };
  };
  return Object.assign(check, { cache });
}

/** One-shot check (no cache), e.g. for files checked from the workspace command. */
export function checkPlantText(text: string, uri: string): CheckOutput {
  const r = checkText(text, { uri, analysis: {} });
  return { plant: r.plant, problems: r.problems, lineIndex: r.lineIndex, ...(r.analysis ? { analysis: r.analysis } : {}) };
}
