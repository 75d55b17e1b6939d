// The server's checker: core checkText (parse + validation), then the threat analysis. Each document
// keeps its last error-free parse, so a local edit reparses only the edited entries, and its last
// analysis, which an edit that changes nothing the analysis reads (a name, a description, a comment)
// carries over with its offsets moved (carry.ts). Otherwise the analysis runs (about 8 ms per 1,000
// devices on the bench plant); its findings are worded only when listed (lazyProblem, check-limit.ts),
// so a plant with thousands of findings of one code pays for the 200 it shows.
import { checkText } from '../core/check';
import type { Problem } from '../core/diagnostics';
import { reusable } from '../core/parse/incremental';
import type { ParsedSource } from '../core/parse/source';
import { analyze } from '../core/analysis/index';
import { limitProblems } from '../core/check-limit';
import type { Checker, CheckOutput } from './pipeline';
import type { ReviewOptions } from '../core/review/index';
import { reviewStage } from '../core/review/stage';
import type { Analysis, AnalysisOptions } from '../core/analysis/types';
import { carryAnalysis } from '../core/analysis/carry';
import { textChange } from '../core/lsp/stable-problems';
import { currentLang } from '../core/lsp/l10n';
import type { Plant } from '../core/model/plant';

const byPosition = (a: Problem, b: Problem) => a.span.start - b.span.start || a.span.end - b.span.end;

export interface ServerChecker extends Checker {
  /** How many checks reparsed incrementally (for tests and benchmarks). */
  incremental: number;
  /** How many checks carried the previous analysis over instead of analysing again (for tests and benchmarks). */
  carried: number;
  forget(uri: string): void;
}

/** Per-document options of the analysis and review stages (from the configuration and settings). */
export interface CheckerOptions {
  analysis?(uri: string): AnalysisOptions;
  review?(uri: string): ReviewOptions;
}

/**
 * A checker with its own incremental-parse bases and last analyses (one per server), for at most
 * `capacity` documents (the least recently checked are let go).
 */
export function createChecker(capacity = 8, options: CheckerOptions = {}): ServerChecker {
  // Per document, the last parse that can serve as a base (error-free); broken versions never replace it.
  const bases = new Map<string, ParsedSource>();
  // Per document, the last analysis with the text and plant it is of, and the options it ran with.
  const analyses = new Map<string, { text: string; plant: Plant; analysis: Analysis; key: string; catalog: AnalysisOptions['catalog'] }>();
  /** Keeps `value` as the document's newest entry of `map`, letting the least recently checked document go past `capacity`. */
  const remember = <V>(map: Map<string, V>, uri: string, value: V) => {
    map.delete(uri);
    map.set(uri, value);
    if (map.size > capacity) map.delete(map.keys().next().value as string);
  };
  const analyse = (uri: string, text: string, plant: Plant): Analysis => {
    const opts = options.analysis?.(uri) ?? {};
    // Findings word themselves in the language current when they were made: a language change re-analyses.
    const key = JSON.stringify([currentLang(), opts.severity, opts.fewIotDevices, opts.manyIotDevices]);
    const prev = analyses.get(uri);
    let analysis = prev && prev.key === key && prev.catalog === opts.catalog ? carryAnalysis(prev.analysis, prev.plant, plant, textChange(prev.text, text)) : undefined;
    if (analysis) self.carried++;
    else analysis = analyze(plant, opts);
    remember(analyses, uri, { text, plant, analysis, key, catalog: opts.catalog });
    return analysis;
  };
  const check = (text: string, uri: string): CheckOutput => {
    const r = checkText(text, { uri, analysis: false, previous: bases.get(uri), consumePrevious: true });
    if (r.incremental) self.incremental++;
    if (reusable(r.source)) remember(bases, uri, r.source);
    if (!r.plant) return { problems: r.problems, lineIndex: r.lineIndex };
    let analysis;
    try {
      analysis = analyse(uri, text, r.plant);
    } catch (e) {
      const internal: Problem = { code: 'internal-error', severity: 'error', message: `SmartFab failed to analyse this file: ${(e as Error).message}`, span: { start: 0, end: 0 }, data: { stage: 'analysis', detail: (e as Error).message } };
      return { plant: r.plant, problems: [internal, ...r.problems], lineIndex: r.lineIndex };
    }
    // The review stage (risk decisions) runs after the analysis, as in checkText.
    const staged = reviewStage(r.plant, analysis, options.review?.(uri) ?? {});
    analysis = { ...staged.analysis, findings: [...staged.analysis.findings, ...staged.problems] };
    // Validation problems are bounded by checkText; bounding the merged list caps the findings too.
    const limited = limitProblems([...r.problems, ...analysis.findings].sort(byPosition), r.lineIndex);
    const bounded = { ...analysis, findings: analysis.findings.flatMap((f) => limited.kept.get(f) ?? []) };
    return { plant: r.plant, problems: limited.problems, lineIndex: r.lineIndex, analysis: bounded };
  };
  const forget = (uri: string) => {
    bases.delete(uri);
    analyses.delete(uri);
  };
  const self: ServerChecker = Object.assign(check, { forget, incremental: 0, carried: 0 });
  return self;
}

/** One-shot check (no cache), e.g. for files checked from the workspace command; options from the configuration. */
export function checkPlantText(text: string, uri: string, options: CheckerOptions = {}): CheckOutput {
  const r = checkText(text, { uri, analysis: options.analysis?.(uri) ?? {}, review: options.review?.(uri) ?? {} });
  return { plant: r.plant, problems: r.problems, lineIndex: r.lineIndex, ...(r.analysis ? { analysis: r.analysis } : {}) };
}
