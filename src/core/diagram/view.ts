// One analysed document version -> what the diagram shows: the laid-out model, the findings for the side
// panel and the damages with their open attack scenarios. Served by the language server (smartfab/diagram)
// from the analysis it publishes diagnostics from, so badges equal the Problems panel by construction; the
// CLI uses it too. Pure (no vscode).
import type { Analysis } from '../analysis/types';
import { checkText } from '../check';
import type { Problem } from '../diagnostics';
import { effectiveSeverity, type SeveritySetting } from '../lsp/diagnostics';
import { t, withLang } from '../lsp/l10n';
import type { Plant } from '../model/plant';
import type { LineIndex } from '../text/line-index';
import { elementResolver } from './findings';
import { layoutDiagram } from './layout';
import type { DamageSummary, DiagramResult, FindingSummary } from './protocol';
import { damageRoutes } from './routes';
import type { DiagramOptions } from './types';

/** Codes that leave no plant worth drawing: the webview keeps its last picture and shows a banner. */
const BREAKING = new Set(['yaml-syntax', 'multi-document', 'alias-limit', 'file-too-large']);

export interface ViewInput {
  readonly version: number;
  readonly plant?: Plant;
  /** Every problem of this version (validation and analysis), with the analysis' own severities. */
  readonly problems: readonly Problem[];
  readonly analysis?: Analysis;
  readonly lineIndex: LineIndex;
  readonly options: DiagramOptions;
  /** `smartfab.severity` overrides, applied exactly as the diagnostics apply them ('off' hides). */
  readonly severity?: Readonly<Record<string, SeveritySetting>>;
}

/** The diagram of one document version; a broken text gives `broken` (with the first error's line) and no model. */
export async function diagramView(input: ViewInput): Promise<DiagramResult> {
  const { plant, lineIndex } = input;
  const lang = input.options.lang;
  const speak = <T>(fn: () => T): T => (lang ? withLang(lang, fn) : fn());
  const fatal = input.problems.find((p) => BREAKING.has(p.code));
  if (!plant || fatal) {
    const p = fatal ?? input.problems[0];
    const broken = speak(() => t('Cannot draw the plant ({0})', p ? t('line {0}: {1}', lineIndex.position(p.span.start).line + 1, p.message) : t('no plant found')));
    return { version: input.version, findings: [], damages: [], broken };
  }
  const problems = withSeverities(input.problems, input.severity);
  const model = await layoutDiagram(plant, problems, input.options);
  const resolve = elementResolver(plant);
  const findings = problems.map((p) => summarise(p, resolve(p), lineIndex));
  return { version: input.version, model, findings, damages: speak(() => damagesOf(findings, input.analysis)) };
}

function withSeverities(problems: readonly Problem[], overrides: ViewInput['severity']): Problem[] {
  if (!overrides || Object.keys(overrides).length === 0) return [...problems];
  const out: Problem[] = [];
  for (const p of problems) {
    const severity = effectiveSeverity(p, overrides);
    if (severity !== 'off') out.push(severity === p.severity ? p : { ...p, severity });
  }
  return out;
}

function summarise(p: Problem, elementId: string | undefined, lines: LineIndex): FindingSummary {
  const d = p.data ?? {};
  const damages = Array.isArray(d.damages) ? d.damages.filter((x): x is number => typeof x === 'number') : [];
  const missing = Array.isArray(d.missing) ? d.missing.filter((x): x is string => typeof x === 'string') : [];
  const base = { code: p.code, severity: p.severity, message: p.message, damages, missing, line: lines.position(p.span.start).line };
  const withEl = elementId === undefined ? base : { ...base, elementId };
  return typeof d.threat === 'string' ? { ...withEl, threat: d.threat } : withEl;
}

/** Damages and the elements of their open scenarios: from the analysis when present, else from findings. */
export function damagesOf(findings: readonly FindingSummary[], analysis?: Analysis): DamageSummary[] {
  if (analysis) return damageRoutes(analysis);
  const map = new Map<number, { open: number; ids: Set<string> }>();
  for (const f of findings) {
    if (!f.threat) continue;
    for (const d of f.damages) {
      const e = map.get(d) ?? { open: 0, ids: new Set<string>() };
      e.open++;
      if (f.elementId) e.ids.add(f.elementId);
      map.set(d, e);
    }
  }
  return [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, e]) => ({ id, title: t('Damage {0}', id), open: e.open, elementIds: [...e.ids], routes: [] }));
}

/** Parses, analyses and draws a text in one go (CLI, tests, files the language server does not have open). */
export async function diagramOfText(
  text: string,
  version: number,
  options: DiagramOptions,
  severity?: ViewInput['severity'],
): Promise<DiagramResult> {
  const r = checkText(text);
  return diagramView({ version, plant: r.plant, problems: r.problems, analysis: r.analysis, lineIndex: r.lineIndex, options, ...(severity && { severity }) });
}
