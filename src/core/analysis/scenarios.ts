// Attack scenarios per damage (appendix ③): any entry threat (OR) leads to the damage, together with
// the intrusion-path threats (AND) that carry the attacker from where the entry leaves them to the target.
import type { Damage } from '../catalog/types';
import type { PlantIndex } from './plant-index';
import type { DamageReport, Scenario, ScenarioStatus, ThreatInstance } from './types';

const MAX_CHAIN = 4;

export function buildDamageReports(
  damages: readonly Damage[],
  instances: readonly ThreatInstance[],
  index: PlantIndex,
): DamageReport[] {
  return damages.map((damage) => {
    const mine = instances.filter((i) => i.damages.includes(damage.id));
    const entries = mine.filter((i) => i.kind === 'entry');
    const paths = mine.filter((i) => i.kind === 'path');
    const scenarios: Scenario[] = [];
    // Entries at the same place (200 sensor groups in one zone) share their path chains: computed once.
    const memo = new Map<string, ThreatInstance[][]>();
    for (const e of entries) {
      const key = paths.some((p) => p.from === e.from) ? `@${e.from}` : (index.devices.get(e.from)?.zone.value ?? e.from);
      let tails = memo.get(key);
      if (!tails) {
        tails = extend([e], paths, index).map((c) => c.slice(1));
        memo.set(key, tails);
      }
      for (const tail of tails) scenarios.push(scenario([e, ...tail]));
    }
    return {
      damage: damage.id,
      model: damage.model,
      priority: damage.priority,
      title: damage.title.en,
      scenarios,
      status: worst(scenarios),
    };
  });
}

/** Chains starting with the entry; an entry no path continues is a scenario by itself. */
function extend(chain: ThreatInstance[], paths: readonly ThreatInstance[], index: PlantIndex): ThreatInstance[][] {
  if (chain.length > MAX_CHAIN) return [chain];
  const last = chain[chain.length - 1];
  const next = paths.filter((p) => !chain.includes(p) && continues(last, p, index));
  if (next.length === 0) return [chain];
  return next.flatMap((p) => extend([...chain, p], paths, index));
}

/** The path starts where the previous step leaves the attacker: the same device, or its zone. */
function continues(prev: ThreatInstance, p: ThreatInstance, index: PlantIndex): boolean {
  const at = prev.kind === 'entry' ? prev.from : prev.to;
  if (p.from === at) return true;
  const zone = index.devices.get(at)?.zone.value ?? at;
  if (p.from === zone) return true;
  // Another factory reaches the WAN it is joined to (D5 -> D6, G2 -> G3).
  return index.zones.get(zone)?.kind === 'other-factory' && index.conduits.size > 0 && joined(zone, p.from, index);
}

function joined(a: string, b: string, index: PlantIndex): boolean {
  for (const c of index.conduits.values()) {
    if ((c.from.value === a && c.to.value === b) || (c.from.value === b && c.to.value === a)) return true;
  }
  return false;
}

function scenario(chain: readonly ThreatInstance[]): Scenario {
  const layers = chain.filter((i) => i.defended).length;
  const last = chain[chain.length - 1];
  return {
    steps: chain.map((i) => i.key),
    threats: chain.map((i) => i.threat),
    target: last.kind === 'entry' ? last.target : last.to,
    layers,
    status: layers === 0 ? 'open' : layers === 1 ? 'one-layer' : 'defended-in-depth',
  };
}

const ORDER: readonly ScenarioStatus[] = ['open', 'one-layer', 'defended-in-depth'];

function worst(scenarios: readonly Scenario[]): ScenarioStatus {
  let w = 2;
  for (const s of scenarios) w = Math.min(w, ORDER.indexOf(s.status));
  return ORDER[w];
}
