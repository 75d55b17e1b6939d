// The route model: zones joined by conduits, searched as a graph (never by enumerating routes).
// For a protected pair of sides (attacker side S, protected side T) it answers in O(zones + conduits):
// is every route from S into T cut by elements carrying a measure, which entry conduits into T are
// still uncovered, and the shortest uncovered route through each. Every boundary verdict goes through
// `cut` (docs/analysis.md §2). Arcs are visited in conduit-id order, so results never depend on the
// order in which the file declares zones or conduits. A one-way conduit (`direction: one-way`) is an
// arc from the first zone of `between` to the second only.
import type { Arc, Cover, CutResult, Pair, PairGroup } from './route-types';
import type { PlantIndex } from './plant-index';
import type { UncoveredRoute } from './types';
import { reachKey, ZoneGraph, type ReachOptions, type ZoneBits } from './zone-graph';

export { ZoneBits, type ReachOptions } from './zone-graph';

export type { Arc, Cover, CutResult, Pair, PairGroup, UncoveredRoute } from './route-types';

const NO_COVER: Cover = { key: '' };

export class RouteModel {
  private readonly out = new Map<string, Arc[]>();
  private readonly into = new Map<string, Arc[]>();
  private readonly cuts = new Map<string, CutResult>();
  private readonly reaches = new Map<string, ReadonlySet<string>>();
  private readonly reachedBits = new Map<string, ZoneBits>();
  private readonly steps = new WeakMap<ZoneBits, Uint8Array>();
  /** The zones numbered and the arcs as index rows, for the searches. */
  private readonly graph: ZoneGraph;
  /** Route lists of shared searches that stopped at the same elements, per member (see groupSearch). */
  private readonly sameRoutes = new Map<string, UncoveredRoute[]>();
  /** Per cover key: its answer for each arc's conduit, by position in the rows (null: not covered; undefined: not asked yet). */
  private readonly coverAnswers = new Map<string, (string | null | undefined)[]>();
  /** Per target-side map of a shared search (PairGroup.memberOf), the members by zone index. */
  private readonly memberRows = new WeakMap<ReadonlyMap<string, readonly string[]>, (readonly string[] | undefined)[]>();
  private readonly groups = new Map<string, GroupSearch>();
  /** Per shared cover key: whether it stops nothing anywhere in the graph (see Cover.shared). */
  private readonly inert = new Map<string, boolean>();
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
    this.graph = new ZoneGraph(this.out, this.into);
  }

  /**
   * NO_COVER for a shared cover that stops no zone and no conduit of the graph: its searches are exactly
   * those without a cover (no blockers, same routes), so they share one cached result. O(zones + conduits)
   * once per shared cover key; the answers are the ones the searches would ask anyway.
   */
  private effective(cover: Cover): Cover {
    if (!cover.shared || cover.key === '') return cover;
    let inert = this.inert.get(cover.key);
    if (inert === undefined) {
      const arcs = this.graph.outRows.arc;
      const onConduit = this.conduitCover(cover);
      inert = this.graph.ids.every((z) => !cover.zone?.(z));
      for (let k = 0; inert && k < arcs.length; k++) inert = !onConduit(k);
      this.inert.set(cover.key, inert);
    }
    return inert ? NO_COVER : cover;
  }

  /** The cover's answer for the conduit of the arc at position k, asked once per cover and arc. */
  private conduitCover(cover: Cover): (k: number) => string | undefined {
    const ask = cover.conduit;
    if (!ask) return () => undefined;
    let answers = this.coverAnswers.get(cover.key);
    if (!answers) this.coverAnswers.set(cover.key, (answers = []));
    const arcs = this.graph.outRows.arc;
    const known = answers;
    return (k) => {
      let why = known[k];
      if (why === undefined) known[k] = why = ask(arcs[k].conduit) ?? null;
      return why ?? undefined;
    };
  }

  /** Whether an arc leaves the zone (an index) into the set: the zone then reaches whatever the set's zones reach. Cached per set. */
  stepsInto(zone: number, bits: ZoneBits): boolean {
    let known = this.steps.get(bits);
    if (!known) this.steps.set(bits, (known = new Uint8Array(this.graph.ids.length)));
    if (known[zone] === 0) {
      const { start, to } = this.graph.outRows;
      let hit = false;
      for (let k = start[zone]; k < start[zone + 1] && !hit; k++) hit = bits.has(to[k]);
      this.work += start[zone + 1] - start[zone];
      known[zone] = hit ? 1 : 2;
    }
    return known[zone] === 1;
  }

  /** The zone's index in ZoneBits (undefined for an unknown zone). */
  zoneIndex(zoneId: string): number | undefined {
    return this.graph.idx.get(zoneId);
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
    cover = this.effective(cover);
    if (pair.group && pair.member !== undefined) return this.groupSearch(pair, pair.group, cover).result(pair.member);
    const key = `${pair.key}\u0000${cover.key}`;
    const hit = this.cuts.get(key);
    if (hit) return hit;
    const n = this.graph.ids.length;
    const { start, to, arc: arcs } = this.graph.outRows;
    const isTarget = this.graph.marks(pair.targets);
    const passable = this.graph.memo(pair.passable);
    const coveredArc = this.conduitCover(cover);
    // Per zone: the arc (position in the rows) it was first reached by, -1 for a source, -2 not reached.
    const prev = new Int32Array(n).fill(-2);
    const blockers = new Map<string, string>();
    const queue = new Int32Array(n);
    let tail = 0;
    for (const s of this.graph.sortedIndices(pair.sources)) {
      if (prev[s] !== -2 || isTarget[s] === 1) continue;
      const why = cover.zone?.(this.graph.ids[s]);
      if (why) blockers.set(this.graph.ids[s], why);
      else {
        prev[s] = -1;
        queue[tail++] = s;
      }
    }
    const entries: number[] = [];
    const entered = new Set<string>();
    for (let q = 0; q < tail; q++) {
      const z = queue[q];
      const end = start[z + 1];
      this.work += end - start[z];
      for (let k = start[z]; k < end; k++) {
        const v = to[k];
        const target = isTarget[v] === 1;
        if (!target && (prev[v] !== -2 || !passable(v))) continue;
        const conduit = arcs[k].conduit;
        if (target && entered.has(conduit.id)) continue;
        const cw = coveredArc(k);
        if (cw) {
          blockers.set(conduit.id, cw);
          continue;
        }
        const zw = cover.zone?.(this.graph.ids[v]);
        if (zw) {
          blockers.set(this.graph.ids[v], zw);
          continue;
        }
        if (target) {
          entered.add(conduit.id);
          entries.push(k);
        } else {
          prev[v] = k;
          queue[tail++] = v;
        }
      }
    }
    const uncovered = this.graph.routesOf(prev, entries);
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
    const n = this.graph.ids.length;
    const { start, to, arc: arcs } = this.graph.outRows;
    let memberAt = this.memberRows.get(group.memberOf);
    if (!memberAt) {
      memberAt = new Array<readonly string[] | undefined>(n);
      for (const [z, ms] of group.memberOf) {
        const i = this.graph.idx.get(z);
        if (i !== undefined) memberAt[i] = ms;
      }
      this.memberRows.set(group.memberOf, memberAt);
    }
    const passable = this.graph.memo(pair.passable);
    const coveredArc = this.conduitCover(cover);
    const prev = new Int32Array(n).fill(-2);
    const shared = new Map<string, string>();
    // The elements that stopped the search (c conduit id, z zone index): covers stopping the same ones
    // make the same search, whatever they say about them (see result).
    const blocked = new Set<string>();
    const own = new Map<string, Map<string, string>>();
    const entries = new Map<string, number[]>();
    const queue = new Int32Array(n);
    let tail = 0;
    const ownOf = (m: string): Map<string, string> => {
      let b = own.get(m);
      if (!b) own.set(m, (b = new Map()));
      return b;
    };
    for (const s of this.graph.sortedIndices(pair.sources)) {
      if (prev[s] !== -2 || memberAt[s]) continue;
      const why = cover.zone?.(this.graph.ids[s]);
      if (why) {
        shared.set(this.graph.ids[s], why);
        blocked.add(`z${s}`);
      } else {
        prev[s] = -1;
        queue[tail++] = s;
      }
    }
    for (let q = 0; q < tail; q++) {
      const z = queue[q];
      const end = start[z + 1];
      this.work += end - start[z];
      for (let k = start[z]; k < end; k++) {
        const v = to[k];
        const members = memberAt[v];
        const conduit = arcs[k].conduit;
        if (!members) {
          if (prev[v] !== -2 || !passable(v)) continue;
          const cw = coveredArc(k);
          if (cw) {
            shared.set(conduit.id, cw);
            blocked.add(`c${conduit.id}`);
          } else {
            const zw = cover.zone?.(this.graph.ids[v]);
            if (zw) {
              shared.set(this.graph.ids[v], zw);
              blocked.add(`z${v}`);
            } else {
              prev[v] = k;
              queue[tail++] = v;
            }
          }
          continue;
        }
        // Target zones are never dequeued, so each conduit has at most one arc into them here: `cut`'s
        // entered-conduit check never applies.
        const cw = coveredArc(k);
        const zw = cw ? undefined : cover.zone?.(this.graph.ids[v]);
        for (const m of members) {
          if (cw) ownOf(m).set(conduit.id, cw);
          else if (zw) ownOf(m).set(this.graph.ids[v], zw);
          else {
            const list = entries.get(m);
            if (list) list.push(k);
            else entries.set(m, [k]);
          }
        }
      }
    }
    const sharedSorted = sortedBlockers(shared);
    const results = new Map<string, CutResult>();
    let signature: string | undefined;
    const search: GroupSearch = {
      result: (m) => {
        let r = results.get(m);
        if (r) return r;
        const mine = own.get(m);
        // Covers that stop the same elements on the way (the predicates are pure) cross the same zones in
        // the same order; a member none of them covers has the same entries: its routes are built once.
        signature ??= `${group.key}\u0000${[...blocked].sort().join('\u0001')}`;
        const same = mine ? undefined : `${signature}\u0000${m}`;
        let uncovered = same === undefined ? undefined : this.sameRoutes.get(same);
        if (!uncovered) {
          uncovered = this.graph.routesOf(prev, entries.get(m) ?? []);
          if (same !== undefined) this.sameRoutes.set(same, uncovered);
        }
        const blockers = mine ? mergeBlockers(sharedSorted, mine) : sharedSorted;
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
  reach(key: string, starts: readonly string[], opts: ReachOptions): ReadonlySet<string> {
    const cacheKey = reachKey(key, starts, opts);
    const hit = this.reaches.get(cacheKey);
    if (hit) return hit;
    const bits = this.reachBits(key, starts, opts);
    const seen = new Set<string>();
    for (let i = 0; i < this.graph.ids.length; i++) if (bits.has(i)) seen.add(this.graph.ids[i]);
    this.reaches.set(cacheKey, seen);
    return seen;
  }

  /**
   * `reach` as a bit set over zone indices (zoneIndex): the same search, for callers that test many zones
   * against many searches (scenarios). `avoid` zones are never crossed nor reached (as `passable` false),
   * given as a set so the search marks them once instead of asking per arc. Cached per key.
   */
  reachBits(key: string, starts: readonly string[], opts: ReachOptions): ZoneBits {
    const cacheKey = reachKey(key, starts, opts);
    const hit = this.reachedBits.get(cacheKey);
    if (hit) return hit;
    const { bits, examined } = this.graph.search(starts, opts);
    this.work += examined;
    this.reachedBits.set(cacheKey, bits);
    return bits;
  }
}

interface GroupSearch {
  result(member: string): CutResult;
}

/** `sortedBlockers(new Map([...shared, ...mine]))` for a sorted `shared`: a member's own blockers win, in one pass. */
function mergeBlockers(shared: readonly { readonly id: string; readonly why: string }[], mine: ReadonlyMap<string, string>): { readonly id: string; readonly why: string }[] {
  const own = sortedBlockers(mine);
  const out: { readonly id: string; readonly why: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < shared.length || j < own.length) {
    if (j >= own.length || (i < shared.length && shared[i].id < own[j].id)) out.push(shared[i++]);
    else if (i >= shared.length || own[j].id < shared[i].id) out.push(own[j++]);
    else {
      out.push(own[j++]);
      i++;
    }
  }
  return out;
}

function sortedBlockers(blockers: ReadonlyMap<string, string>): { readonly id: string; readonly why: string }[] {
  return [...blockers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, why]) => ({ id, why }));
}
