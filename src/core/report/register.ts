// The risk register reviewers exchange: one row per threat instance (threat, damages, element, route, the
// countermeasure IDs by state, decision, owner, ticket) and the coverage matrix, as plain tables that the
// CSV and xlsx writers render. Headers and states in the chosen language (t(), l10n/bundle.l10n.ja.json).
import type { Analysis, MeasureState } from '../analysis/types';
import { catalog as ipaCatalog } from '../catalog/index';
import { bilingual, t } from '../lsp/l10n';
import type { Plant } from '../model/plant';
import { findingKey } from '../review/decide';
import type { DecisionData } from '../review/types';
import { buildReport } from './model';

export interface Sheet {
  /** Sheet name (xlsx) or file suffix (csv). */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const ids = (xs: readonly string[]) => xs.map((x) => `ID${x}`).join(', ');

/** Sheet 1: the risk register. Findings with decisions (after the review stage) give severity and decision. */
export function riskRegister(plant: Plant, analysis: Analysis): Sheet {
  const byKey = new Map(analysis.findings.flatMap((f) => { const k = findingKey(f); return k ? [[k, f] as const] : []; }));
  const decisions = new Map((plant.risks ?? []).map((r) => [r.key, r]));
  const header = [t('Key'), t('Threat'), t('Title'), t('Damages'), t('Element'), t('Route'), t('Severity'), t('Present'), t('Planned'), t('Missing'), t('Not applicable'), t('Decision'), t('Justification'), t('Owner'), t('Ticket'), t('Expires')];
  const rows = analysis.instances.map((i) => {
    const f = byKey.get(i.key);
    const d = (f?.data?.decision as DecisionData | undefined) ?? undefined;
    const declared = decisions.get(i.key);
    const of = (s: MeasureState) => ids(i.measures.filter((m) => m.state === s).map((m) => m.id));
    const threat = ipaCatalog.threats.find((x) => x.id === i.threat);
    return [
      i.key,
      i.threat,
      threat ? bilingual(threat.title)[0] : '',
      i.damages.join(', '),
      i.target,
      i.routeZones.length > 1 ? i.routeZones.join(' → ') : '',
      f ? t(f.severity) : t('defended'),
      of('present'),
      of('planned'),
      of('missing'),
      of('not-applicable'),
      d ? t(d.status) : declared?.status ? `${t(declared.status)} (${t('not applied')})` : '',
      declared?.justification ?? '',
      declared?.owner ?? '',
      declared?.ticket ?? '',
      declared?.expires ?? '',
    ];
  });
  return { name: t('Risk register'), header, rows };
}

/** Sheet 2: threats × countermeasure IDs, as in the review report (✓ present, P planned, N/A, ✗ missing). */
export function coverageSheet(plant: Plant, analysis: Analysis): Sheet {
  const c = buildReport({ plant, analysis }).coverage;
  return { name: t('Coverage'), header: [t('Threat'), t('Instances'), ...c.ids.map((id) => `ID${id}`)], rows: c.rows.map((r) => [r.threat, r.instances, ...r.cells]) };
}

export function registerSheets(plant: Plant, analysis: Analysis): Sheet[] {
  return [riskRegister(plant, analysis), coverageSheet(plant, analysis)];
}
