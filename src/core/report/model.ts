// The review report's content, independent of its rendering (markdown, html).
import type { Analysis, CoverageRow, DamageStatus, MeasureState, ScenarioStatus } from '../analysis/types';
import { catalog as ipaCatalog } from '../catalog/index';
import type { Catalog } from '../catalog/types';
import type { Problem, Severity } from '../diagnostics';
import { currentLang, pick, t, type Lang } from '../l10n/lang';
import { localizeProblem } from '../l10n/problem-text';
import { threatName } from '../l10n/names';
import type { Plant } from '../model/plant';
import type { LineIndex } from '../text/line-index';
import type { ReportDiagram } from './diagram';
import { decisionCell, decisionRows, generalRows, type DecisionRow, type GeneralRows } from './decisions';

export interface ReportInput {
  readonly plant: Plant;
  readonly analysis: Analysis;
  /** Validation problems of the file (shown as a count and listed with the findings). */
  readonly problems?: readonly Problem[];
  readonly lineIndex?: LineIndex;
  /** Shown in the heading; defaults to the plant's name. */
  readonly title?: string;
  readonly catalog?: Catalog;
  /** Rows of the findings table at most (the rest is counted). Default 500. */
  readonly maxFindings?: number;
  /** The plant diagram, drawn beforehand (layout is async; see renderReviewReport). */
  readonly diagram?: ReportDiagram;
  /** Language of the report; defaults to the process language (src/core/l10n/lang.ts). */
  readonly lang?: Lang;
  /** Today (YYYY-MM-DD) for the decisions' expiry; defaults to the current date. */
  readonly today?: string;
}

export interface ScenarioGroup {
  readonly threats: string;
  /** Entry elements (names, else ids), in order; one scenario each. */
  readonly entries: readonly string[];
  /** The intrusion path's steps: "A4 <threat title>: IoT network → Control network (information side)". */
  readonly path: readonly string[];
  /** The element the damage lands on (name, else id). */
  readonly target: string;
  readonly status: ScenarioStatus;
}

export interface ReportModel {
  readonly title: string;
  readonly lang: Lang;
  readonly meta: readonly [string, string][];
  readonly models: readonly { id: number; title: string; ja: string; declared: boolean; inferred: boolean }[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly damages: readonly {
    id: number;
    title: string;
    priority: boolean;
    status: DamageStatus;
    scenarios: number;
    groups: readonly ScenarioGroup[];
  }[];
  readonly findings: readonly { severity: Severity; code: string; element: string; line?: number; missing: string; planned: string; decision: string; message: string }[];
  /** The plant's risk decisions and how each stands (empty without `risks:`). */
  readonly decisions: readonly DecisionRow[];
  /** §2.2 measures and §2.3.8 boundary choices (when the plant has `general:`). */
  readonly general?: GeneralRows;
  readonly findingsOmitted: number;
  readonly coverage: { readonly ids: readonly string[]; readonly rows: readonly { threat: string; instances: number; cells: readonly string[] }[] };
  readonly diagram?: ReportDiagram;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function buildReport(input: ReportInput): ReportModel {
  const cat = input.catalog ?? ipaCatalog;
  const { plant, analysis } = input;
  const declared = new Set((plant.models ?? []).map((m) => m.value));
  const all = [...(input.problems ?? analysis.findings)];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const p of all) counts[p.severity]++;
  const sorted = all.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.span.start - b.span.start || a.code.localeCompare(b.code));
  const max = input.maxFindings ?? 500;
  const lang = currentLang();
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const words = scenarioWords(plant, analysis);
  return {
    title: input.title ?? plant.meta.name ?? t('Plant'),
    lang,
    meta: (
      [
        [t('Site'), plant.meta.site],
        [t('Owner'), plant.meta.owner],
        [t('Description'), plant.meta.description],
      ] as [string, string | undefined][]
    ).filter((x): x is [string, string] => typeof x[1] === 'string' && x[1].length > 0),
    models: analysis.models.map((id) => {
      const m = cat.models.find((x) => x.id === id);
      return { id, title: m ? pick(m.title, lang) : t('Model {0}', id), ja: m ? pick(m.title, other) : '', declared: declared.has(id), inferred: analysis.inferredModels.includes(id) };
    }),
    counts,
    damages: analysis.damages.map((d) => ({
      id: d.damage,
      title: pick(cat.damages.find((x) => x.id === d.damage)?.title, lang) || d.title,
      priority: d.priority,
      status: d.status,
      scenarios: d.scenarios.length,
      groups: groupScenarios(d.scenarios, words),
    })),
    findings: sorted.slice(0, max).map((p) => {
      const data = (p.data ?? {}) as { target?: unknown; missing?: unknown; planned?: unknown };
      const ids = (v: unknown) => (Array.isArray(v) ? v.map((x) => `ID${String(x)}`).join(', ') : '');
      return {
        severity: p.severity,
        code: p.code,
        element: typeof data.target === 'string' ? data.target : '',
        ...(input.lineIndex ? { line: input.lineIndex.position(p.span.start).line + 1 } : {}),
        missing: ids(data.missing),
        planned: ids(data.planned),
        decision: decisionCell(p.data),
        message: localizeProblem(p, lang).message,
      };
    }),
    findingsOmitted: Math.max(0, sorted.length - max),
    decisions: decisionRows(plant, analysis, input.today),
    ...(plant.general ? { general: generalRows(plant) } : {}),
    coverage: coverageMatrix(analysis.coverage),
    ...(input.diagram ? { diagram: input.diagram } : {}),
  };
}

interface ScenarioWords {
  /** An element's name from the plant file, else its id. */
  element(id: string): string;
  /** A path step (threat instance key) in words: the threat with its title and the zones it crosses. */
  step(key: string): string;
}

/** Names for the scenario table, in the current language (threat titles from the catalogue). */
function scenarioWords(plant: Plant, analysis: Analysis): ScenarioWords {
  const names = new Map<string, string>();
  for (const e of [...(plant.zones ?? []), ...(plant.devices ?? [])]) if (e.name && !names.has(e.id)) names.set(e.id, e.name);
  const element = (id: string) => names.get(id) ?? id;
  const instances = new Map((analysis.instances ?? []).map((i) => [i.key, i]));
  const steps = new Map<string, string>();
  return {
    element,
    step(key) {
      let text = steps.get(key);
      if (text === undefined) {
        const i = instances.get(key);
        const zones = i ? (i.routeZones.length > 1 ? i.routeZones : i.zones) : [];
        text = i ? t('{0}: {1}', threatName(i.threat), zones.map(element).join(' → ')) : key;
        steps.set(key, text);
      }
      return text;
    },
  };
}

/** Scenarios that differ only in the entry element (200 sensor groups through one conduit) read as one line. */
function groupScenarios(scenarios: Analysis['damages'][number]['scenarios'], words: ScenarioWords): ScenarioGroup[] {
  const groups = new Map<string, { threats: string; entries: string[]; path: string[]; target: string; status: ScenarioStatus }>();
  for (const s of scenarios) {
    const path = s.steps.slice(1);
    const key = `${s.threats.join('+')}|${path.join('|')}|${s.status}`;
    const entry = words.element(s.steps[0].slice(s.steps[0].indexOf('@') + 1));
    const g = groups.get(key);
    if (g) g.entries.push(entry);
    else groups.set(key, { threats: s.threats.join(' + '), entries: [entry], path: path.map((k) => words.step(k)), target: words.element(s.target), status: s.status });
  }
  return [...groups.values()];
}

const CELL: Record<MeasureState, string> = { present: '✓', planned: 'P', 'not-applicable': 'N/A', missing: '✗' };

function coverageMatrix(rows: readonly CoverageRow[]): ReportModel['coverage'] {
  const ids: string[] = [];
  for (const r of rows) for (const m of r.measures) if (!ids.includes(m.id)) ids.push(m.id);
  ids.sort((a, b) => {
    const [ak, an] = a.split('-').map(Number);
    const [bk, bn] = b.split('-').map(Number);
    return ak - bk || an - bn;
  });
  return {
    ids,
    rows: rows.map((r) => ({
      threat: r.threat,
      instances: r.instances,
      cells: ids.map((id) => {
        const m = r.measures.find((x) => x.id === id);
        if (!m) return '';
        const states = (Object.keys(CELL) as MeasureState[]).filter((s) => m.counts[s] > 0);
        return states.length === 1 ? CELL[states[0]] : states.map((s) => `${CELL[s]}${m.counts[s]}`).join(' ');
      }),
    })),
  };
}
