// Text -> what the diagram webview shows: the laid-out model, the findings for the side panel, the damages for
// highlighting. No `vscode` import: it runs inside the layout worker (layout-worker.ts) and under unit tests.
import { checkText } from '../../core/check';
import type { Problem } from '../../core/diagnostics';
import type { DamageSummary, FindingSummary } from '../../core/diagram/protocol';
import { elementResolver } from '../../core/diagram/findings';
import { layoutDiagram } from '../../core/diagram/layout';
import type { DiagramModel, DiagramOptions } from '../../core/diagram/types';
import type { Analysis } from '../../core/analysis/types';
import { effectiveSeverity, type SeveritySetting } from '../../core/lsp/diagnostics';
import { LineIndex } from '../../core/text/line-index';

export interface ComputeRequest {
  readonly text: string;
  readonly version: number;
  readonly options: DiagramOptions;
  /** The user's `smartfab.severity` overrides, applied as the language server does, so badges match diagnostics. */
  readonly severity?: Readonly<Record<string, SeveritySetting>>;
}

export interface ComputeResult {
  readonly version: number;
  /** Absent when the text does not parse: the caller keeps showing its last good model. */
  readonly model?: DiagramModel;
  readonly findings: FindingSummary[];
  readonly damages: DamageSummary[];
  /** Why the text could not be drawn (first syntax error with its line), for the banner. */
  readonly broken?: string;
}

const BREAKING = new Set(['yaml-syntax', 'multi-document', 'alias-limit', 'file-too-large']);

export async function computeDiagram(req: ComputeRequest): Promise<ComputeResult> {
  const result = checkText(req.text);
  const lines = new LineIndex(req.text);
  const fatal = result.problems.find((p) => BREAKING.has(p.code));
  if (!result.plant || fatal) {
    const p = fatal ?? result.problems[0];
    const where = p ? `line ${lines.position(p.span.start).line + 1}: ${p.message}` : 'no plant found';
    return { version: req.version, findings: [], damages: [], broken: `Cannot draw the plant (${where})` };
  }
  const problems = withSeverities(result.problems, req.severity);
  const model = await layoutDiagram(result.plant, problems, req.options);
  const resolve = elementResolver(result.plant);
  const findings = problems.map((p) => summarise(p, resolve(p), lines));
  return { version: req.version, model, findings, damages: damagesOf(findings, result.analysis) };
}

function withSeverities(problems: readonly Problem[], overrides: ComputeRequest['severity']): Problem[] {
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
  if (analysis) {
    // Scenario steps name instances by key; accept the key forms the analysis uses (target, or zone pair).
    const byKey = new Map<string, Analysis['instances'][number]>();
    for (const i of analysis.instances) {
      for (const k of [i.target, i.zones.join('>'), `${i.from}>${i.to}`]) byKey.set(`${i.threat}@${k}`, i);
    }
    return analysis.damages.map((d) => {
      const open = d.scenarios.filter((s) => s.status === 'open');
      const ids = new Set<string>();
      for (const s of open) {
        ids.add(s.target);
        for (const step of s.steps) {
          const inst = byKey.get(step);
          if (!inst) {
            step.slice(step.indexOf('@') + 1).split('>').forEach((x) => ids.add(x));
            continue;
          }
          ids.add(inst.target);
          inst.route.forEach((c) => ids.add(c));
          inst.devices.forEach((x) => ids.add(x));
        }
      }
      return { id: d.damage, title: d.title, open: open.length, elementIds: [...ids] };
    });
  }
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
    .map(([id, e]) => ({ id, title: `Damage ${id}`, open: e.open, elementIds: [...e.ids] }));
}
