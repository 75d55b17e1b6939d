// Attack scenarios per damage (appendix ③): any entry threat (OR) leads to the damage, together with
// the intrusion-path threats (AND) that carry the attacker from where the entry leaves them to the target.
// A path continues a step when it starts where the step leaves the attacker (the device or its zone);
// when no path continues an entry so, any path whose start the attacker reaches over conduits without
// crossing that path's protected side (table 6: C2 on the analysis service, then C3 from the
// information network).
import type { Damage } from '../catalog/types';
import type { Boundary, RuleContext } from './rules/rule';
import type { DamageReport, Scenario, ScenarioStatus, ThreatInstance } from './types';

/** The paths that may follow a step (all of the damage's paths are given once per damage). */
type Chainer = (prev: ThreatInstance, paths: readonly ThreatInstance[]) => readonly ThreatInstance[];

const MAX_CHAIN = 4;
/** Scenarios listed per damage; the status still counts every one (`unlisted` says how many are left out). */
const MAX_SCENARIOS = 2000;

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
    // Only the chains that can still be listed are kept; the rest are counted (a dense plant has
    // entries × paths chains).
    const starts = new Set(paths.map((p) => p.from));
    const memo = new Map<string, { tails: ThreatInstance[][]; count: number; fewest: number }>();
    let worstLayers = Infinity;
    let unlisted = 0;
    for (const e of entries) {
      const key = starts.has(e.from) ? `@${e.from}` : (index.devices.get(e.from)?.zone.value ?? e.from);
      let hit = memo.get(key);
      if (!hit) {
        const room = MAX_SCENARIOS - scenarios.length;
        const found = { tails: [] as ThreatInstance[][], count: 0, fewest: Infinity };
        walk([e], paths, next, (c) => {
          // Counted in place: only the chains that can still be listed are copied.
          found.count++;
          let defended = 0;
          for (let i = 1; i < c.length; i++) if (c[i].defended) defended++;
          found.fewest = Math.min(found.fewest, defended);
          if (found.tails.length < room) found.tails.push(c.slice(1));
        });
        hit = found;
        memo.set(key, hit);
      }
      // The status counts every scenario; the list keeps the first MAX_SCENARIOS (a plant with thousands
      // of entries in WAN zones would otherwise list entries × paths).
      worstLayers = Math.min(worstLayers, hit.fewest + (e.defended ? 1 : 0));
      const take = Math.min(hit.tails.length, MAX_SCENARIOS - scenarios.length);
      for (let i = 0; i < take; i++) scenarios.push(scenario([e, ...hit.tails[i]]));
      unlisted += hit.count - take;
    }
    return {
      damage: damage.id,
      model: damage.model,
      priority: damage.priority,
      title: damage.title.en,
      scenarios,
      ...(unlisted > 0 && { unlisted }),
      status: scenarios.length === 0 ? 'not-exhibited' : ORDER[Math.min(worstLayers, 2)],
    };
  });
}

/** Each chain starting with the entry, depth first; an entry no path continues is a scenario by itself. */
function walk(chain: ThreatInstance[], paths: readonly ThreatInstance[], next: Chainer, visit: (chain: readonly ThreatInstance[]) => void): void {
  if (chain.length > MAX_CHAIN) return visit(chain);
  const last = chain[chain.length - 1];
  // A scenario takes each threat once (table rows: entry, then distinct intrusion paths): this also
  // bounds the chains when many devices share a zone.
  const steps = next(last, paths).filter((p) => !chain.some((c) => c.threat === p.threat));
  if (steps.length === 0) return visit(chain);
  for (const p of steps) {
    chain.push(p);
    walk(chain, paths, next, visit);
    chain.pop();
  }
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
      const pair = boundaries.get(p.key)?.pair;
      const blocked = pair?.targets ?? new Set([zoneOf(p.to)]);
      // Paths of one boundary (B3 and C3 on the same sides) share the search: same start, same blocked side.
      const key = pair ? `scenario:${pair.intoKey ?? pair.key}@${zoneOf(p.from)}` : `scenario:${p.key}`;
      hit = routes.reach(key, [zoneOf(p.from)], { backward: true, passable: (z) => !blocked.has(z) });
      reachers.set(p.key, hit);
    }
    return hit;
  };
  // A path of a shared search (route-model.ts PairGroup) is reached without crossing its own side when
  // it is reached without crossing any side of the group: one search per start serves all its sides.
  const reachesWideSet = (p: ThreatInstance): ReadonlySet<string> | null => {
    const group = boundaries.get(p.key)?.pair.group;
    const from = zoneOf(p.from);
    return group ? routes.reach(`scenario-wide:${group.sidesKey}@${from}`, [from], { backward: true, passable: (z) => !group.memberOf.has(z) }) : null;
  };
  const setsOf = new WeakMap<readonly ThreatInstance[], { wide: (ReadonlySet<string> | null)[]; exact: ReadonlySet<string>[] }>();
  // Per list of paths (one per damage): paths by where they start, and what an entry zone reaches.
  const byStart = new WeakMap<readonly ThreatInstance[], Map<string, ThreatInstance[]>>();
  const reached = new WeakMap<readonly ThreatInstance[], Map<string, ThreatInstance[]>>();
  return (prev, paths) => {
    let starts = byStart.get(paths);
    if (!starts) {
      starts = new Map();
      for (const p of paths) {
        const list = starts.get(p.from);
        if (list) list.push(p);
        else starts.set(p.from, [p]);
      }
      byStart.set(paths, starts);
      reached.set(paths, new Map());
    }
    const at = prev.kind === 'entry' ? prev.from : prev.to;
    const zone = zoneOf(at);
    const direct = at === zone ? (starts.get(at) ?? []) : [...(starts.get(at) ?? []), ...(starts.get(zone) ?? [])];
    // After a path the attacker stands in its protected side: only a path starting there goes on.
    if (direct.length > 0 || prev.kind !== 'entry') return direct;
    const memo = reached.get(paths)!;
    let hit = memo.get(zone);
    if (!hit) {
      // Per path, the reach sets are looked up once per list (this loop runs for zones × paths).
      let sets = setsOf.get(paths);
      if (!sets) setsOf.set(paths, (sets = { wide: [], exact: [] }));
      const { wide: w, exact: x } = sets;
      hit = [];
      for (let i = 0; i < paths.length; i++) {
        const p = paths[i];
        if (w[i] === undefined) w[i] = reachesWideSet(p);
        if (w[i]?.has(zone)) {
          hit.push(p);
          continue;
        }
        const exact = (x[i] ??= reachersOf(p));
        if (exact.has(zone)) hit.push(p);
      }
      memo.set(zone, hit);
    }
    return hit;
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
