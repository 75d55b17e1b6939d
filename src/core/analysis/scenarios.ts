// Attack scenarios per damage (appendix ③): any entry threat (OR) leads to the damage, together with
// the intrusion-path threats (AND) that carry the attacker from where the entry leaves them to the target.
// A path continues a step when it starts where the step leaves the attacker (the device or its zone);
// when no path continues an entry so, any path whose start the attacker reaches over conduits without
// crossing that path's protected side (table 6: C2 on the analysis service, then C3 from the
// information network).
import type { Damage } from '../catalog/types';
import type { Boundary, RuleContext } from './rules/rule';
import type { ZoneBits } from './route-model';
import type { DamageReport, Scenario, ScenarioStatus, ThreatInstance } from './types';

/** The paths that may follow a step (all of the damage's paths are given once per damage). */
interface Chainer {
  (prev: ThreatInstance, paths: readonly ThreatInstance[]): readonly ThreatInstance[];
  /** The same paths, in the same order, without building the list (an entry zone may reach thousands). */
  each(prev: ThreatInstance, paths: readonly ThreatInstance[], fn: (p: ThreatInstance) => void): void;
}

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
  // Each damage's entries and paths, in instance order, sorted out in one pass over the instances.
  const byDamage = new Map<number, { entries: ThreatInstance[]; paths: ThreatInstance[] }>(damages.map((d) => [d.id, { entries: [], paths: [] }]));
  for (const i of instances) {
    for (const d of i.damages) {
      const mine = byDamage.get(d);
      const list = !mine ? undefined : i.kind === 'entry' ? mine.entries : i.kind === 'path' ? mine.paths : undefined;
      if (list && list[list.length - 1] !== i) list.push(i); // a damage named twice counts the instance once
    }
  }
  return damages.map((damage) => {
    const { entries, paths } = byDamage.get(damage.id)!;
    // Counted, not listed: an entry's scenarios are its chains, and the chains through a path depend
    // on the path alone (entry and path threats differ, so the entry excludes none of them). So each
    // path's chains are counted once, each entry place sums over the paths continuing it, and only the
    // first MAX_SCENARIOS chains are built (a dense plant has entries x paths chains).
    const tails = new Map<ThreatInstance, Tally>();
    const tailOf = (p: ThreatInstance): Tally => {
      let hit = tails.get(p);
      if (!hit) {
        hit = { count: 0, fewest: Infinity };
        const t = hit;
        walk([HEAD, p], paths, next, (c) => {
          t.count++;
          t.fewest = Math.min(t.fewest, defendedAfterEntry(c));
        });
        tails.set(p, hit);
      }
      return hit;
    };
    const starts = new Set(paths.map((p) => p.from));
    const memo = new Map<string, Tally>();
    let worstLayers = Infinity;
    let total = 0;
    for (const e of entries) {
      // Entries at the same place (200 sensor groups in one zone) continue alike: tallied once.
      const key = starts.has(e.from) ? `@${e.from}` : (index.devices.get(e.from)?.zone.value ?? e.from);
      let hit = memo.get(key);
      if (!hit) {
        const sum: Tally = { count: 0, fewest: Infinity };
        next.each(e, paths, (p) => {
          const t = tailOf(p);
          sum.count += t.count;
          sum.fewest = Math.min(sum.fewest, t.fewest);
        });
        hit = sum.count === 0 ? { count: 1, fewest: 0 } : sum;
        memo.set(key, hit);
      }
      worstLayers = Math.min(worstLayers, hit.fewest + (e.defended ? 1 : 0));
      total += hit.count;
    }
    // The list keeps the first MAX_SCENARIOS chains, entry by entry; the status counts every one. It is
    // built on first read (the language server re-analyses per edit and reads it only for code lenses and
    // the diagram), as an own enumerable getter so spreads, JSON and deep equality see the list.
    const list = (): Scenario[] => {
      const scenarios: Scenario[] = [];
      for (const e of entries) {
        if (scenarios.length >= MAX_SCENARIOS) break;
        walk([e], paths, next, (c) => {
          scenarios.push(scenario(c));
          return scenarios.length >= MAX_SCENARIOS;
        });
      }
      return scenarios;
    };
    let listed: Scenario[] | undefined;
    const unlisted = total - Math.min(total, MAX_SCENARIOS);
    return {
      damage: damage.id,
      model: damage.model,
      priority: damage.priority,
      title: damage.title.en,
      get scenarios() {
        return (listed ??= list());
      },
      ...(unlisted > 0 && { unlisted }),
      status: total === 0 ? 'not-exhibited' : ORDER[Math.min(worstLayers, 2)],
    };
  });
}

interface Tally {
  /** Chains (scenarios) counted. */
  count: number;
  /** The fewest defended steps after the entry on any of them. */
  fewest: number;
}

/** Stands for the entry while a path's chains are tallied: no threat, never a step that counts. */
const HEAD = { threat: '', kind: 'entry', defended: false } as ThreatInstance;

function defendedAfterEntry(chain: readonly ThreatInstance[]): number {
  let defended = 0;
  for (let i = 1; i < chain.length; i++) if (chain[i].defended) defended++;
  return defended;
}

/**
 * Each chain starting with the entry, depth first; an entry no path continues is a scenario by itself.
 * `visit` returns true to stop the walk. Returns whether it was stopped.
 */
function walk(chain: ThreatInstance[], paths: readonly ThreatInstance[], next: Chainer, visit: (chain: readonly ThreatInstance[]) => boolean | void): boolean {
  if (chain.length > MAX_CHAIN) return visit(chain) === true;
  const last = chain[chain.length - 1];
  // A scenario takes each threat once (table rows: entry, then distinct intrusion paths): this also
  // bounds the chains when many devices share a zone.
  const steps = next(last, paths).filter((p) => !chain.some((c) => c.threat === p.threat));
  if (steps.length === 0) return visit(chain) === true;
  for (const p of steps) {
    chain.push(p);
    const stopped = walk(chain, paths, next, visit);
    chain.pop();
    if (stopped) return true;
  }
  return false;
}

/** The paths that continue a step: those starting where it leaves the attacker, else those it reaches. */
function chainer(ctx: RuleContext, boundaries: ReadonlyMap<string, Boundary>): Chainer {
  const { index, routes } = ctx;
  const zoneOf = (at: string): string => index.devices.get(at)?.zone.value ?? at;
  // Zones from which a path's start is reached without crossing its protected side (backward search,
  // cached): bits over zone indices, so testing a zone against every path is a bit test per path.
  const reachers = new Map<string, ZoneBits>();
  const reachersOf = (p: ThreatInstance): ZoneBits => {
    let hit = reachers.get(p.key);
    if (!hit) {
      const pair = boundaries.get(p.key)?.pair;
      const blocked = pair?.targets ?? new Set([zoneOf(p.to)]);
      // Paths of one boundary (B3 and C3 on the same sides) share the search: same start, same blocked side.
      const key = pair ? `scenario:${pair.intoKey ?? pair.key}@${zoneOf(p.from)}` : `scenario:${p.key}`;
      hit = routes.reachBits(key, [zoneOf(p.from)], { backward: true, avoid: blocked });
      reachers.set(p.key, hit);
    }
    return hit;
  };
  // A path of a shared search (route-model.ts PairGroup) is reached without crossing its own side when
  // it is reached without crossing any side of the group: one search per start serves all its sides,
  // and the path's own search runs only for a zone outside that one.
  const wideOf = (p: ThreatInstance): ZoneBits | null => {
    const group = boundaries.get(p.key)?.pair.group;
    const from = zoneOf(p.from);
    return group ? routes.reachBits(`scenario-wide:${group.sidesKey}@${from}`, [from], { backward: true, avoid: group.memberOf.keys() }) : null;
  };
  // Per list of paths (one per damage): paths by where they start, each path's reach bits (wide, then
  // its own when needed), and the paths an entry zone reaches (built only for the scenarios listed).
  const byStart = new WeakMap<readonly ThreatInstance[], Map<string, ThreatInstance[]>>();
  const reached = new WeakMap<readonly ThreatInstance[], Map<string, ThreatInstance[]>>();
  const bitsOf = new WeakMap<readonly ThreatInstance[], { wide: (ZoneBits | null)[]; exact: (ZoneBits | undefined)[] }>();
  const startsOf = (paths: readonly ThreatInstance[]): Map<string, ThreatInstance[]> => {
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
    return starts;
  };
  const direct = (prev: ThreatInstance, paths: readonly ThreatInstance[]): { zone: string; list: readonly ThreatInstance[] } => {
    const starts = startsOf(paths);
    const at = prev.kind === 'entry' ? prev.from : prev.to;
    const zone = zoneOf(at);
    return { zone, list: at === zone ? (starts.get(at) ?? []) : [...(starts.get(at) ?? []), ...(starts.get(zone) ?? [])] };
  };
  /** Calls fn for each path whose start the zone reaches (in path order); no path for an unknown zone. */
  const eachReached = (zone: string, paths: readonly ThreatInstance[], fn: (p: ThreatInstance) => void): void => {
    const z = routes.zoneIndex(zone);
    if (z === undefined) return;
    let bits = bitsOf.get(paths);
    if (!bits) bitsOf.set(paths, (bits = { wide: paths.map(wideOf), exact: [] }));
    const { wide, exact } = bits;
    for (let i = 0; i < paths.length; i++) {
      const w = wide[i];
      // One step short of the wide set also reaches the start without crossing the path's own side,
      // when the zone is not in that side: the zones of another side of the group need no search then.
      const near = w !== null && routes.stepsInto(z, w) && !boundaries.get(paths[i].key)!.pair.targets.has(zone);
      if (w?.has(z) || near || (exact[i] ??= reachersOf(paths[i])).has(z)) fn(paths[i]);
    }
  };
  const next = ((prev, paths) => {
    const { zone, list } = direct(prev, paths);
    // After a path the attacker stands in its protected side: only a path starting there goes on.
    if (list.length > 0 || prev.kind !== 'entry') return list;
    const memo = reached.get(paths)!;
    let hit = memo.get(zone);
    if (!hit) {
      const found: ThreatInstance[] = [];
      eachReached(zone, paths, (p) => found.push(p));
      memo.set(zone, (hit = found));
    }
    return hit;
  }) as Chainer;
  next.each = (prev, paths, fn) => {
    const { zone, list } = direct(prev, paths);
    if (list.length > 0 || prev.kind !== 'entry') list.forEach((p) => fn(p));
    else eachReached(zone, paths, fn);
  };
  return next;
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
