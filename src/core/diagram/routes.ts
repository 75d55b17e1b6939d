// Damages as routes for the diagram: each attack scenario of a damage (report §2.3: an entry point, then
// the intrusion paths, AND-combined) reduced to the elements to draw it on and the countermeasure IDs beside
// each step, coloured by status. Pure.
import type { Analysis, ThreatInstance } from '../analysis/types';
import type { DamageRoute, DamageSummary, RouteStep } from './protocol';

/** Most routes sent per damage: a plant with thousands of entry points would otherwise flood the webview. */
export const MAX_ROUTES = 200;

function step(i: ThreatInstance): RouteStep {
  return {
    threat: i.threat,
    kind: i.kind === 'entry' ? 'entry' : 'path',
    target: i.target,
    conduits: [...i.route],
    zones: [...i.routeZones],
    measures: i.measures.map((m) => ({ id: m.id, state: m.state })),
  };
}

/**
 * Every damage of the analysis with its scenarios as routes (open ones first, at most MAX_ROUTES), and the
 * ids of the elements of its open scenarios (what the diagram highlights).
 */
export function damageRoutes(analysis: Analysis): DamageSummary[] {
  const byKey = new Map<string, ThreatInstance>();
  for (const i of analysis.instances) byKey.set(i.key, i);
  return analysis.damages.map((d) => {
    const ids = new Set<string>();
    const routes: DamageRoute[] = [];
    const ordered = [...d.scenarios].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
    for (const s of ordered) {
      const steps = s.steps.flatMap((k) => {
        const i = byKey.get(k);
        return i ? [step(i)] : [];
      });
      if (s.status === 'open') {
        ids.add(s.target);
        for (const st of steps) {
          ids.add(st.target);
          st.conduits.forEach((c) => ids.add(c));
        }
        for (const k of s.steps) byKey.get(k)?.devices.forEach((x) => ids.add(x));
      }
      if (routes.length < MAX_ROUTES) routes.push({ target: s.target, status: s.status, layers: s.layers, steps });
    }
    const open = d.scenarios.filter((s) => s.status === 'open').length;
    return { id: d.damage, title: d.title, open, elementIds: [...ids], routes };
  });
}
