// Where a path finding sits: on an uncovered entry conduit into the protected side. Among the entry
// conduits, the one most of the absent IDs leave uncovered; ties go to the shortest route, then the
// conduit id, so the place never depends on declaration order (docs/analysis.md §4).
import type { RawInstance, RuleContext } from './rules/rule';
import type { MeasureStatus, UncoveredRoute } from './types';

export interface UncoveredEntry extends UncoveredRoute {
  /** IDs (missing or planned) that this entry conduit's route lacks. */
  readonly lacking: readonly string[];
}

/** Every entry conduit some absent ID leaves uncovered, best place first. */
export function uncoveredEntries(ctx: RuleContext, inst: RawInstance, measures: readonly MeasureStatus[]): UncoveredEntry[] {
  const b = inst.boundary;
  if (!b) return [];
  const bare = ctx.routes.cut(b.pair).uncovered;
  const out: UncoveredEntry[] = [];
  // Entry conduit -> route, per absent ID (a side may have hundreds of entry conduits).
  const byEntry = new Map<MeasureStatus, ReadonlyMap<string, UncoveredRoute>>();
  for (const m of measures) if (m.uncovered) byEntry.set(m, routesByEntry(m.uncovered));
  bare.forEach((r) => {
    const lacking: string[] = [];
    let route: UncoveredRoute | undefined;
    for (const m of measures) {
      if (m.state !== 'missing' && m.state !== 'planned') continue;
      const u = byEntry.get(m)?.get(r.entry);
      if (!u && m.uncovered) continue;
      lacking.push(m.id);
      route ??= u;
    }
    if (lacking.length > 0) out.push({ ...(route ?? r), lacking });
  });
  const order = new Map(bare.map((r, i) => [r.entry, i]));
  return out.sort((x, y) => y.lacking.length - x.lacking.length || order.get(x.entry)! - order.get(y.entry)!);
}

/** The instance placed on its best uncovered entry conduit (unchanged when every route is covered). */
export function placeOnUncovered(ctx: RuleContext, inst: RawInstance, entries: readonly UncoveredEntry[]): RawInstance {
  const best = entries[0];
  if (!best || inst.targetType !== 'conduit') return inst;
  const c = ctx.index.conduits.get(best.entry)!;
  return { ...inst, target: c.id, span: c.idSpan, route: best.conduits, routeZones: best.zones };
}

// The route lists come from the route model's cache, shared by every instance of a boundary: indexed once.
const indexed = new WeakMap<readonly UncoveredRoute[], ReadonlyMap<string, UncoveredRoute>>();

/** Entry conduit -> the first (shortest) route through it. */
function routesByEntry(routes: readonly UncoveredRoute[]): ReadonlyMap<string, UncoveredRoute> {
  let hit = indexed.get(routes);
  if (!hit) {
    const map = new Map<string, UncoveredRoute>();
    for (const u of routes) if (!map.has(u.entry)) map.set(u.entry, u);
    indexed.set(routes, (hit = map));
  }
  return hit;
}
