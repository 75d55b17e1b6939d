// The review report's risk decisions: one row per `risks:` entry with how it stands after the analysis.
import type { Analysis } from '../analysis/types';
import type { Plant } from '../model/plant';
import { reviewFindings, type DecisionOutcome } from '../review/decide';
import type { DecisionData } from '../review/types';
import { GENERAL_MEASURES } from '../catalog/general-measures';

export interface DecisionRow {
  readonly key: string;
  readonly status: string;
  readonly justification: string;
  readonly owner: string;
  readonly date: string;
  readonly ticket: string;
  readonly expires: string;
  /** applied, resolved (no open finding left), expired, stale (no such instance), unjustified, invalid. */
  readonly state: DecisionOutcome['state'];
}

/** Rows for the decisions section (empty without `risks:`). The states depend only on keys, dates and fields. */
export function decisionRows(plant: Plant, analysis: Analysis, today?: string): DecisionRow[] {
  if (!plant.risks?.length) return [];
  return reviewFindings(plant, analysis, today ? { today } : {}).outcomes.map(({ decision: d, state }) => ({
    key: d.key,
    status: d.status ?? '',
    justification: d.justification ?? '',
    owner: d.owner ?? '',
    date: d.date ?? '',
    ticket: d.ticket ?? '',
    expires: d.expires ?? '',
    state,
  }));
}

/** The decision column of a finding row: "accepted (Ops, SEC-12)". */
export function decisionCell(data: Readonly<Record<string, unknown>> | undefined): string {
  const d = data?.decision as DecisionData | undefined;
  if (!d) return '';
  const extra = [d.owner, d.ticket].filter(Boolean).join(', ');
  return extra ? `${d.status} (${extra})` : d.status;
}

export const DECISION_HEAD = ['Key', 'Status', 'Justification', 'Owner', 'Date', 'Ticket', 'Expires', 'State'] as const;
export const decisionCells = (d: DecisionRow): string[] => [d.key, d.status, d.justification, d.owner, d.date, d.ticket, d.expires, d.state];

/** §2.2 measures (every catalogue item, recorded or not) and §2.3.8 choices per boundary, when `general:` exists. */
export interface GeneralRows {
  readonly measures: readonly string[][];
  readonly boundaries: readonly string[][];
}

export const GENERAL_MEASURE_HEAD = ['Measure', 'Title', 'Reference', 'Status', 'Evidence or reason'] as const;
export const BOUNDARY_HEAD = ['Conduit', 'Filtering (8)', 'Relay (9)', 'Detection (10)', 'IDS side', 'Note'] as const;

export function generalRows(plant: Plant): GeneralRows | undefined {
  const g = plant.general;
  if (!g) return undefined;
  const recorded = new Map((g.measures ?? []).map((m) => [m.id, m]));
  return {
    measures: g.measures
      ? GENERAL_MEASURES.map((c) => {
          const r = recorded.get(c.id);
          return [c.id, c.title.en, `${c.ref} ${c.cpsf.join(', ')}`, r?.status ?? 'not recorded', r?.evidence ?? r?.reason ?? ''];
        })
      : [],
    boundaries: g.boundaries.map((b) => [b.conduit, b.choices.filtering ?? '', b.choices.relay ?? '', b.choices.detection ?? '', b.choices.idsSide ?? '', b.note ?? '']),
  };
}
