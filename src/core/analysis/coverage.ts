// Coverage matrix: for each threat found, how its instances stand on each countermeasure ID.
import type { CoverageRow, MeasureState, ThreatInstance } from './types';

export function buildCoverage(threatIds: readonly string[], instances: readonly ThreatInstance[]): CoverageRow[] {
  const byThreat = new Map<string, ThreatInstance[]>();
  for (const i of instances) {
    const list = byThreat.get(i.threat);
    if (list) list.push(i);
    else byThreat.set(i.threat, [i]);
  }
  return threatIds
    .filter((t) => byThreat.has(t))
    .map((threat) => {
      const list = byThreat.get(threat)!;
      const ids = list[0].measures.map((m) => m.id);
      return {
        threat,
        instances: list.length,
        measures: ids.map((id, k) => {
          const counts: Record<MeasureState, number> = { present: 0, planned: 0, 'not-applicable': 0, missing: 0 };
          for (const i of list) counts[i.measures[k].state]++;
          return { id, counts };
        }),
      };
    });
}
