// The single entry point from text to everything the tools show: used by the CLI, the language
// server and the diagram. Never throws: bad input yields problems.
import { analyze, type Analysis, type AnalysisOptions } from './analysis/index';
import { limitProblems } from './check-limit';
import type { Problem } from './diagnostics';
import type { Plant } from './model/plant';
import { buildPlant } from './parse/build-plant';
import { reparseSource, reusable } from './parse/incremental';
import { parseSource, type ParsedSource } from './parse/source';
import { LineIndex } from './text/line-index';
import type { ReviewOptions, ReviewResult } from './review/index';
import { reviewStage } from './review/stage';
import { checkSchema, validatePlant } from './validate/index';

export interface CheckResult {
  /** The plant, when the text is a YAML mapping (even with schema problems; fields that fail are skipped). */
  readonly plant?: Plant;
  /**
   * Problems sorted by position, bounded (see limitProblems): controls in messages made visible, repeats on
   * one line collapsed, at most MAX_PROBLEMS_PER_CODE per code plus a `problems-omitted` summary.
   */
  readonly problems: Problem[];
  readonly lineIndex: LineIndex;
  readonly source: ParsedSource;
  /** The threat analysis of the plant (its findings are also in problems, bounded the same way). */
  readonly analysis?: Analysis;
  /** True when the parse reused `previous` (CheckOptions) rather than parsing the whole text. */
  readonly incremental?: boolean;
  /** The review stage's outcome (risk decisions applied, their own problems), when the plant has `risks:`. */
  readonly review?: ReviewResult;
}

export interface CheckOptions {
  readonly uri?: string;
  /** Threat analysis options (severity overrides, thresholds); false to validate only. */
  readonly analysis?: AnalysisOptions | false;
  /**
   * An earlier parse of the same file (e.g. the last `source` without errors): a local edit then
   * reparses only the edited entries. The result is the same as without it; `previous` is not modified.
   */
  readonly previous?: ParsedSource;
  /** Problems of one code listed at most (default MAX_PROBLEMS_PER_CODE); the rest are counted. */
  readonly maxProblemsPerCode?: number;
  /**
   * The caller gives up `previous` (keeps only the newest parse, as the language server does): its
   * nodes may then be moved in place rather than copied, leaving `previous` invalid.
   */
  readonly consumePrevious?: boolean;
  /** Review stage options (today's date, hiding decided findings). */
  readonly review?: ReviewOptions;
  /**
   * false: the result's `source` keeps only text, uri and document count, and the YAML tree and its plain
   * data are let go before the analysis runs. For one-shot callers (the CLI): the tree of a 5 MiB plant is
   * about 1 GB, and holding it through the analysis would double the peak memory. Default true (the
   * language server reparses from it).
   */
  readonly keepSource?: boolean;
}

const byPosition = (a: Problem, b: Problem) => a.span.start - b.span.start || a.span.end - b.span.end;

export function checkText(text: string, opts: CheckOptions = {}): CheckResult {
  const lineIndex = new LineIndex(text);
  let { source, problems, incremental, splice } = opts.previous
    ? reparseSource(opts.previous, text, opts.uri, opts.consumePrevious)
    : { ...parseSource(text, opts.uri), incremental: false, splice: undefined };
  let plant: Plant | undefined;
  let analysis: Analysis | undefined;
  let review: ReviewResult | undefined;
  if (source.doc && 'value' in source) {
    try {
      problems.push(...checkSchema(source, splice));
      // The server (consumePrevious) reuses the entries of YAML nodes its edits did not touch.
      plant = buildPlant(source.doc, text, !!opts.consumePrevious && reusable(source));
      if (opts.keepSource === false) ({ source, splice } = { source: { text, uri: source.uri, documentCount: source.documentCount }, splice: undefined });
      if (plant) problems.push(...validatePlant(plant));
      if (plant && opts.analysis !== false) {
        analysis = analyze(plant, opts.analysis ?? {});
        const staged = reviewStage(plant, analysis, opts.review);
        analysis = staged.analysis;
        review = staged.review;
        problems.push(...staged.problems);
        problems.push(...analysis.findings);
      }
    } catch (e) {
      // A bug here must not take the editor or CLI down; surface it as a problem instead.
      problems.push({ code: 'internal-error', severity: 'error', message: `SmartFab failed to check this file: ${(e as Error).message}`, span: { start: 0, end: 0 }, data: { stage: 'check', detail: (e as Error).message } });
    }
  }
  problems.sort(byPosition);
  const limited = limitProblems(problems, lineIndex, opts.maxProblemsPerCode);
  if (analysis) analysis = { ...analysis, findings: analysis.findings.flatMap((f) => limited.kept.get(f) ?? []) };
  return { ...(plant ? { plant } : {}), problems: limited.problems, lineIndex, source, ...(analysis ? { analysis } : {}), ...(incremental ? { incremental } : {}), ...(review ? { review } : {}) };
}
