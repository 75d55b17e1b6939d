// Attack scenarios per damage (appendix ③): any entry threat (OR) leads to the damage, together with
// the intrusion-path threats (AND) that carry the attacker from where the entry leaves them to the target.
// A path continues a step when it starts where the step leaves the attacker (the device or its zone);
// when no path does, any path whose start the attacker reaches over conduits without crossing that
// path's protected side (table 6: C2 on the analysis service, then C3 from the information network).
import type { Damage } from '../catalog/types';
import type { Boundary, RuleContext } from './rules/rule';
import type { DamageReport, Scenario, ScenarioStatus, ThreatInstance } from './types';

type Chainer = (prev: ThreatInstance, paths: readonly ThreatInstance[]) => ThreatInstance[];

const MAX_CHAIN = 4;

export function buildDamageReports(
  damages: readonly Damage[],
  instances: readonly ThreatInstance[],
  ctx: RuleContext,
  boundaries: ReadonlyMap<string, Boundary> = new Map(),
): DamageReport[] {
  const next = chainer(ctx, boundaries);
  const index = ctx.index;
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
        tails = extend([e], paths, next).map((c) => c.slice(1));
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
      status: scenarios.length === 0 ? 'not-exhibited' : worst(scenarios),
    };
  });
}

/** Chains starting with the entry; an entry no path continues is a scenario by itself. */
function extend(chain: ThreatInstance[], paths: readonly ThreatInstance[], next: Chainer): ThreatInstance[][] {
  if (chain.length > MAX_CHAIN) return [chain];
  const last = chain[chain.length - 1];
  const steps = next(last, paths.filter((p) => !chain.includes(p)));
  if (steps.length === 0) return [chain];
  return steps.flatMap((p) => extend([...chain, p], paths, next));
}

/** The paths that continue a step: those starting where it leaves the attacker, else those it reaches. */
function chainer(ctx: RuleContext, boundaries: ReadonlyMap<string, Boundary>): Chainer {
  const { index, routes } = ctx;
  const zoneOf = (at: string): string => index.devices.get(at)?.zone.value ?? at;
  // Zones from which a path's start is reached without crossing its protected side (backward search, cached).
  const reachers = new Map<string, ReadonlySet<string>>();
  const reachersOf = (p: ThreatInstance): ReadonlySet<string> => {
    let hit = reachers.get(p.key);
    if (!hit) {
      const blocked = boundaries.get(p.key)?.pair.targets ?? new Set([zoneOf(p.to)]);
      hit = routes.reach(`scenario:${p.key}`, [zoneOf(p.from)], { backward: true, passable: (z) => !blocked.has(z) });
      reachers.set(p.key, hit);
    }
    return hit;
  };
  return (prev, paths) => {
    const at = prev.kind === 'entry' ? prev.from : prev.to;
    const zone = zoneOf(at);
    const direct = paths.filter((p) => p.from === at || p.from === zone);
    if (direct.length > 0) return direct;
    return paths.filter((p) => reachersOf(p).has(zone));
  };
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
  // Only called with at least one scenario: a damage without any is "not exhibited", never defended.
  let w = 2;
  for (const s of scenarios) w = Math.min(w, ORDER.indexOf(s.status));
  return ORDER[w];
}
