// The route model: zones joined by conduits, searched as a graph (never by enumerating routes).
// For a protected pair of sides (attacker side S, protected side T) it answers in O(zones + conduits):
// is every route from S into T cut by elements carrying a measure, which entry conduits into T are
// still uncovered, and the shortest uncovered route through each. Every boundary verdict goes through
// `cut` (docs/analysis.md §2). Arcs are visited in conduit-id order, so results never depend on the
// order in which the file declares zones or conduits. A one-way conduit (`direction: one-way`) is an
// arc from the first zone of `between` to the second only.
import type { Conduit } from '../model/plant';
import type { PlantIndex } from './plant-index';
import type { UncoveredRoute } from './types';

export interface Arc {
  readonly conduit: Conduit;
  readonly from: string;
  readonly to: string;
}

/** A protected pair: routes start in `sources`, end on entering `targets`, and cross only `passable` zones. */
export interface Pair {
  /** Cache key naming the sides and the passable predicate. */
  readonly key: string;
  readonly sources: readonly string[];
  readonly targets: ReadonlySet<string>;
  /** Zones a route may cross (besides sources); default any. Targets are never crossed. */
  readonly passable?: (zoneId: string) => boolean;
  /** Pairs of one source side answered by one shared search (see PairGroup); `member` names this pair's targets there. */
  readonly group?: PairGroup;
  readonly member?: string;
  /** Cache key naming the targets and `passable` alone, when pairs from many sources share them (searches backward from the targets). */
  readonly intoKey?: string;
}

/**
 * Pairs sharing their sources and `passable` whose targets no route may cross (every target zone is
 * impassable for every pair of the group, as when the targets are the sides of one zone kind): one
 * search from the sources then answers every pair at once, since the zones it crosses, their order and
 * the shortest routes never depend on which member's targets are entered. The pair's own sources,
 * passable and targets must agree with the group (path.ts builds both).
 */
export interface PairGroup {
  /** Cache key naming the sources and the passable predicate. */
  readonly key: string;
  /** Target zone -> the members whose targets hold it. */
  readonly memberOf: ReadonlyMap<string, readonly string[]>;
  /** Cache key naming `memberOf` alone (the same target sides for every source). */
  readonly sidesKey: string;
}

/** Elements carrying a measure: a covered conduit or zone cuts every route through it. Returns why, or undefined. */
export interface Cover {
  /** Cache key (the predicates must be pure functions of their argument). */
  readonly key: string;
  readonly conduit?: (c: Conduit) => string | undefined;
  /** A covered source zone covers the routes starting there; a covered target zone the routes entering there. */
  readonly zone?: (zoneId: string) => string | undefined;
}

/** An entry conduit into the protected side, with the conduits (the last is the entry) and zones of a route through it. */
export type { UncoveredRoute };

export interface CutResult {
  /** Every route is cut by a covered element (true also when no route exists). */
  readonly cut: boolean;
  /** Each uncovered entry conduit with the shortest uncovered route through it, by (length, entry id). */
  readonly uncovered: readonly UncoveredRoute[];
  /** Covered elements the search ran into, sorted by id: the measure in place on some route. */
  readonly blockers: readonly { readonly id: string; readonly why: string }[];
}

const NO_COVER: Cover = { key: '' };

export class RouteModel {
  private readonly out = new Map<string, Arc[]>();
  private readonly into = new Map<string, Arc[]>();
  private readonly cuts = new Map<string, CutResult>();
  private readonly reaches = new Map<string, ReadonlySet<string>>();
  private readonly groups = new Map<string, GroupSearch>();
  /** Arcs examined so far (tests count it: the work depends on zones and conduits, never on devices). */
  work = 0;

  constructor(readonly index: PlantIndex) {
    for (const z of index.zones.keys()) {
      this.out.set(z, []);
      this.into.set(z, []);
    }
    const conduits = [...index.conduits.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const c of conduits) {
      const a = c.from.value;
      const b = c.to.value;
      if (a === b || !this.out.has(a) || !this.out.has(b)) continue; // validation reports these
      this.addArc({ conduit: c, from: a, to: b });
      if (c.direction !== 'one-way') this.addArc({ conduit: c, from: b, to: a });
    }
  }

  private addArc(arc: Arc): void {
    this.out.get(arc.from)!.push(arc);
    this.into.get(arc.to)!.push(arc);
  }

  /** Arcs leaving a zone, in conduit-id order. */
  arcsFrom(zoneId: string): readonly Arc[] {
    return this.out.get(zoneId) ?? [];
  }

  /** Arcs entering a zone, in conduit-id order. */
  arcsInto(zoneId: string): readonly Arc[] {
    return this.into.get(zoneId) ?? [];
  }

  /**
   * Whether every route of the pair is cut by the cover, the uncovered entry conduits and the shortest
   * uncovered route through each. One breadth-first search, O(zones + conduits), cached per pair and cover.
   */
  cut(pair: Pair, cover: Cover = NO_COVER): CutResult {
    if (pair.group && pair.member !== undefined) return this.groupSearch(pair, pair.group, cover).result(pair.member);
    const key = `${pair.key}\u0000${cover.key}`;
    const hit = this.cuts.get(key);
    if (hit) return hit;
    const prev = new Map<string, Arc | null>();
    const blockers = new Map<string, string>();
    const queue: string[] = [];
    for (const s of [...pair.sources].sort()) {
      if (prev.has(s) || pair.targets.has(s)) continue;
      const why = cover.zone?.(s);
      if (why) blockers.set(s, why);
      else {
        prev.set(s, null);
        queue.push(s);
      }
    }
    const entries: Arc[] = [];
    const entered = new Set<string>();
    for (let i = 0; i < queue.length; i++) {
      for (const arc of this.arcsFrom(queue[i])) {
        this.work++;
        const v = arc.to;
        const target = pair.targets.has(v);
        if (!target && (prev.has(v) || (pair.passable && !pair.passable(v)))) continue;
        if (target && entered.has(arc.conduit.id)) continue;
        const cw = cover.conduit?.(arc.conduit);
        if (cw) {
          blockers.set(arc.conduit.id, cw);
          continue;
        }
        const zw = cover.zone?.(v);
        if (zw) {
          blockers.set(v, zw);
          continue;
        }
        if (target) {
          entered.add(arc.conduit.id);
          entries.push(arc);
        } else {
          prev.set(v, arc);
          queue.push(v);
        }
      }
    }
    const uncovered = routesOf(prev, entries);
    const result: CutResult = { cut: uncovered.length === 0, uncovered, blockers: sortedBlockers(blockers) };
    this.cuts.set(key, result);
    return result;
  }

  /**
   * The search `cut` makes, once for every member of a group: the same steps in the same order, except
   * that an arc into a target zone is an entry (or a blocker) for each member holding that zone.
   * O(zones + conduits) per (group, cover), then O(entries × route length) per member read.
   */
  private groupSearch(pair: Pair, group: PairGroup, cover: Cover): GroupSearch {
    const key = `${group.key}\u0000${cover.key}`;
    const hit = this.groups.get(key);
    if (hit) return hit;
    const prev = new Map<string, Arc | null>();
    const shared = new Map<string, string>();
    const own = new Map<string, Map<string, string>>();
    const entries = new Map<string, Arc[]>();
    const queue: string[] = [];
    const ownOf = (m: string): Map<string, string> => {
      let b = own.get(m);
      if (!b) own.set(m, (b = new Map()));
      return b;
    };
    for (const s of [...pair.sources].sort()) {
      if (prev.has(s) || group.memberOf.has(s)) continue;
      const why = cover.zone?.(s);
      if (why) shared.set(s, why);
      else {
        prev.set(s, null);
        queue.push(s);
      }
    }
    for (let i = 0; i < queue.length; i++) {
      for (const arc of this.arcsFrom(queue[i])) {
        this.work++;
        const v = arc.to;
        const members = group.memberOf.get(v);
        if (!members) {
          if (prev.has(v) || (pair.passable && !pair.passable(v))) continue;
          const cw = cover.conduit?.(arc.conduit);
          if (cw) shared.set(arc.conduit.id, cw);
          else {
            const zw = cover.zone?.(v);
            if (zw) shared.set(v, zw);
            else {
              prev.set(v, arc);
              queue.push(v);
            }
          }
          continue;
        }
        // Target zones are never dequeued, so each conduit has at most one arc into them here: `cut`'s
        // entered-conduit check never applies.
        const cw = cover.conduit?.(arc.conduit);
        const zw = cw ? undefined : cover.zone?.(v);
        for (const m of members) {
          if (cw) ownOf(m).set(arc.conduit.id, cw);
          else if (zw) ownOf(m).set(v, zw);
          else {
            const list = entries.get(m);
            if (list) list.push(arc);
            else entries.set(m, [arc]);
          }
        }
      }
    }
    const sharedSorted = sortedBlockers(shared);
    const results = new Map<string, CutResult>();
    const search: GroupSearch = {
      result: (m) => {
        let r = results.get(m);
        if (r) return r;
        const uncovered = routesOf(prev, entries.get(m) ?? []);
        const mine = own.get(m);
        const blockers = mine ? sortedBlockers(new Map([...shared, ...mine])) : sharedSorted;
        r = { cut: uncovered.length === 0, uncovered, blockers };
        results.set(m, r);
        return r;
      },
    };
    this.groups.set(key, search);
    return search;
  }

  /**
   * Zones reached from `starts` (forward, or backward against the arcs), crossing only `passable` zones;
   * `stop` zones are reached but not crossed. Cached per key. O(zones + conduits).
   */
  reach(
    key: string,
    starts: readonly string[],
    opts: { readonly stop?: (z: string) => boolean; readonly passable?: (z: string) => boolean; readonly backward?: boolean },
  ): ReadonlySet<string> {
    const cacheKey = `${key}\u0000${opts.backward ? 'b' : 'f'}\u0000${[...starts].sort().join('\u0001')}`;
    const hit = this.reaches.get(cacheKey);
    if (hit) return hit;
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const s of starts) {
      if (!this.out.has(s) || seen.has(s)) continue;
      seen.add(s);
      queue.push(s);
    }
    const first = queue.length;
    for (let i = 0; i < queue.length; i++) {
      const z = queue[i];
      if (i >= first && opts.stop?.(z)) continue;
      for (const arc of opts.backward ? this.arcsInto(z) : this.arcsFrom(z)) {
        this.work++;
        const v = opts.backward ? arc.from : arc.to;
        if (seen.has(v)) continue;
        if (!opts.stop?.(v) && opts.passable && !opts.passable(v)) continue;
        seen.add(v);
        queue.push(v);
      }
    }
    this.reaches.set(cacheKey, seen);
    return seen;
  }
}

interface GroupSearch {
  result(member: string): CutResult;
}

/** The shortest route through each entry arc, by (length, entry id). */
function routesOf(prev: ReadonlyMap<string, Arc | null>, entries: readonly Arc[]): UncoveredRoute[] {
  return entries
    .map((arc) => {
      const r = unwind(prev, arc.from);
      return { entry: arc.conduit.id, conduits: [...r.conduits, arc.conduit.id], zones: [...r.zones, arc.to] };
    })
    .sort((a, b) => a.conduits.length - b.conduits.length || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
}

function sortedBlockers(blockers: ReadonlyMap<string, string>): { readonly id: string; readonly why: string }[] {
  return [...blockers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, why]) => ({ id, why }));
}

function unwind(prev: ReadonlyMap<string, Arc | null>, end: string): { conduits: string[]; zones: string[] } {
  const zones = [end];
  const conduits: string[] = [];
  let step = prev.get(end);
  while (step) {
    conduits.push(step.conduit.id);
    zones.push(step.from);
    step = prev.get(step.from);
  }
  return { conduits: conduits.reverse(), zones: zones.reverse() };
}
