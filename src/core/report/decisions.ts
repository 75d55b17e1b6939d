// The review report's risk decisions: one row per `risks:` entry with how it stands after the analysis.
import type { Analysis } from '../analysis/types';
import type { Plant } from '../model/plant';
import { reviewFindings, type DecisionOutcome } from '../review/decide';
import type { DecisionData } from '../review/types';
import { GENERAL_MEASURES } from '../catalog/general-measures';
import { pick, t } from '../l10n/lang';
import { riskStatusName, statusName } from '../l10n/names';

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

/** Rows for the decisions section (empty without `risks:`). The states depend only on keys, dates and fields. Values as written; decisionCells words them. */
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

/** The decision column of a finding row: "accepted (Ops, SEC-12)" / "受容 (Ops, SEC-12)". */
export function decisionCell(data: Readonly<Record<string, unknown>> | undefined): string {
  const d = data?.decision as DecisionData | undefined;
  if (!d) return '';
  const extra = [d.owner, d.ticket].filter(Boolean).join(', ');
  return extra ? `${riskStatusName(d.status)} (${extra})` : riskStatusName(d.status);
}

/** How a decision stands after the analysis (src/core/review/decide.ts), in the current language. */
export function decisionStateName(state: DecisionOutcome['state']): string {
  switch (state) {
    case 'applied': return t('applied');
    case 'resolved': return t('resolved (no open finding left)');
    case 'expired': return t('expired');
    case 'stale': return t('stale (no such threat instance)');
    case 'unjustified': return t('unjustified (no justification)');
    case 'invalid': return t('invalid');
    default: return String(state);
  }
}

/** Column headers of the risk decisions table, in the current language. */
export const decisionHead = (): string[] => [t('Key'), t('Status'), t('Justification'), t('Owner'), t('Date'), t('Ticket'), t('Expires'), t('State')];
export const decisionCells = (d: DecisionRow): string[] => [d.key, d.status ? riskStatusName(d.status) : '', d.justification, d.owner, d.date, d.ticket, d.expires, decisionStateName(d.state)];

/** §2.2 measures (every catalogue item, recorded or not) and §2.3.8 choices per boundary, when `general:` exists. */
export interface GeneralRows {
  readonly measures: readonly string[][];
  readonly boundaries: readonly string[][];
}

export const generalMeasureHead = (): string[] => [t('Measure'), t('Title'), t('Reference'), t('Status'), t('Evidence or reason')];
/** §2.3.8's measures 8, 9 and 10 with the report's words for the choices. */
export const boundaryHead = (): string[] => [t('Conduit'), t('Filtering (8)'), t('Relay (9)'), t('Detection (10)'), t('IDS side'), t('Note')];

/** A §2.3.8 choice (src/core/review/general.ts BOUNDARY_CHOICES) in the current language; unknown values as written. */
export function boundaryChoiceName(value: string | undefined): string {
  switch (value) {
    case undefined: return '';
    case 'firewall': return t('firewall');
    case 'filtering-switch': return t('filtering switch');
    case 'dmz': return t('relay server in a DMZ');
    case 'ids': return t('IDS');
    case 'ips': return t('IPS');
    case 'none': return t('none');
    case 'control': return t('control system side (behind the firewall)');
    case 'outer': return t('outer side (before the firewall)');
    default: return value;
  }
}

/** The rows in the current language (titles from the catalogue, statuses and choices worded); plant text as written. */
export function generalRows(plant: Plant): GeneralRows | undefined {
  const g = plant.general;
  if (!g) return undefined;
  const recorded = new Map((g.measures ?? []).map((m) => [m.id, m]));
  return {
    measures: g.measures
      ? GENERAL_MEASURES.map((c) => {
          const r = recorded.get(c.id);
          return [c.id, pick(c.title), `${c.ref} ${c.cpsf.join(', ')}`, r?.status ? statusName(r.status) : t('not recorded'), r?.evidence ?? r?.reason ?? ''];
        })
      : [],
    boundaries: g.boundaries.map((b) => [b.conduit, ...(['filtering', 'relay', 'detection', 'idsSide'] as const).map((k) => boundaryChoiceName(b.choices[k])), b.note ?? '']),
  };
}
