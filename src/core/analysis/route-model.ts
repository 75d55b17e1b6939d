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
  private readonly reachedBits = new Map<string, ZoneBits>();
  private readonly steps = new WeakMap<ZoneBits, Uint8Array>();
  /** Zone index <-> id, and the arcs as index arrays (compressed rows, conduit-id order) for the reach searches. */
  private readonly ids: string[] = [];
  private readonly idx = new Map<string, number>();
  private readonly outRows: Rows;
  private readonly intoRows: Rows;
  /** Route lists of shared searches that stopped at the same elements, per member (see groupSearch). */
  private readonly sameRoutes = new Map<string, UncoveredRoute[]>();
  /** Per cover key: its answer for each arc's conduit, by position in the rows (null: not covered; undefined: not asked yet). */
  private readonly coverAnswers = new Map<string, (string | null | undefined)[]>();
  /** Per target-side map of a shared search (PairGroup.memberOf), the members by zone index. */
  private readonly memberRows = new WeakMap<ReadonlyMap<string, readonly string[]>, (readonly string[] | undefined)[]>();
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
    for (const z of this.out.keys()) {
      this.idx.set(z, this.ids.length);
      this.ids.push(z);
    }
    this.outRows = this.rows(this.out, (a) => a.to);
    this.intoRows = this.rows(this.into, (a) => a.from);
  }

  private rows(arcs: ReadonlyMap<string, readonly Arc[]>, end: (a: Arc) => string): Rows {
    const start = new Int32Array(this.ids.length + 1);
    let n = 0;
    this.ids.forEach((z, i) => {
      start[i] = n;
      n += arcs.get(z)!.length;
    });
    start[this.ids.length] = n;
    const to = new Int32Array(n);
    const from = new Int32Array(n);
    const arc: Arc[] = [];
    this.ids.forEach((z, i) =>
      arcs.get(z)!.forEach((a, k) => {
        to[start[i] + k] = this.idx.get(end(a))!;
        from[start[i] + k] = i;
        arc.push(a);
      }),
    );
    return { start, to, from, arc };
  }

  /** Marks per zone index for a set of zone ids (unknown ids are left out). */
  private marks(zones: Iterable<string>): Uint8Array {
    const out = new Uint8Array(this.ids.length);
    for (const z of zones) {
      const i = this.idx.get(z);
      if (i !== undefined) out[i] = 1;
    }
    return out;
  }

  /** A predicate asked at most once per zone and search: 1 yes, 2 no, 0 not asked yet. */
  private memo(pred: ((z: string) => boolean) | undefined): (i: number) => boolean {
    if (!pred) return () => true;
    const state = new Uint8Array(this.ids.length);
    return (i) => {
      if (state[i] === 0) state[i] = pred(this.ids[i]) ? 1 : 2;
      return state[i] === 1;
    };
  }

  /** The cover's answer for the conduit of the arc at position k, asked once per cover and arc. */
  private conduitCover(cover: Cover): (k: number) => string | undefined {
    const ask = cover.conduit;
    if (!ask) return () => undefined;
    let answers = this.coverAnswers.get(cover.key);
    if (!answers) this.coverAnswers.set(cover.key, (answers = []));
    const arcs = this.outRows.arc;
    const known = answers;
    return (k) => {
      let why = known[k];
      if (why === undefined) known[k] = why = ask(arcs[k].conduit) ?? null;
      return why ?? undefined;
    };
  }

  /** Zones in sorted order of their ids, as indices (sources start a search in id order). */
  private sortedIndices(zones: readonly string[]): number[] {
    const out: number[] = [];
    for (const z of [...zones].sort()) {
      const i = this.idx.get(z);
      if (i !== undefined) out.push(i);
    }
    return out;
  }

  /** Whether an arc leaves the zone (an index) into the set: the zone then reaches whatever the set's zones reach. Cached per set. */
  stepsInto(zone: number, bits: ZoneBits): boolean {
    let known = this.steps.get(bits);
    if (!known) this.steps.set(bits, (known = new Uint8Array(this.ids.length)));
    if (known[zone] === 0) {
      const { start, to } = this.outRows;
      let hit = false;
      for (let k = start[zone]; k < start[zone + 1] && !hit; k++) hit = bits.has(to[k]);
      this.work += start[zone + 1] - start[zone];
      known[zone] = hit ? 1 : 2;
    }
    return known[zone] === 1;
  }

  /** The zone's index in ZoneBits (undefined for an unknown zone). */
  zoneIndex(zoneId: string): number | undefined {
    return this.idx.get(zoneId);
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
    const n = this.ids.length;
    const { start, to, arc: arcs } = this.outRows;
    const isTarget = this.marks(pair.targets);
    const passable = this.memo(pair.passable);
    const coveredArc = this.conduitCover(cover);
    // Per zone: the arc (position in the rows) it was first reached by, -1 for a source, -2 not reached.
    const prev = new Int32Array(n).fill(-2);
    const blockers = new Map<string, string>();
    const queue = new Int32Array(n);
    let tail = 0;
    for (const s of this.sortedIndices(pair.sources)) {
      if (prev[s] !== -2 || isTarget[s] === 1) continue;
      const why = cover.zone?.(this.ids[s]);
      if (why) blockers.set(this.ids[s], why);
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
        const zw = cover.zone?.(this.ids[v]);
        if (zw) {
          blockers.set(this.ids[v], zw);
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
    const uncovered = this.routesOf(prev, entries);
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
    const n = this.ids.length;
    const { start, to, arc: arcs } = this.outRows;
    let memberAt = this.memberRows.get(group.memberOf);
    if (!memberAt) {
      memberAt = new Array<readonly string[] | undefined>(n);
      for (const [z, ms] of group.memberOf) {
        const i = this.idx.get(z);
        if (i !== undefined) memberAt[i] = ms;
      }
      this.memberRows.set(group.memberOf, memberAt);
    }
    const passable = this.memo(pair.passable);
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
    for (const s of this.sortedIndices(pair.sources)) {
      if (prev[s] !== -2 || memberAt[s]) continue;
      const why = cover.zone?.(this.ids[s]);
      if (why) {
        shared.set(this.ids[s], why);
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
            const zw = cover.zone?.(this.ids[v]);
            if (zw) {
              shared.set(this.ids[v], zw);
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
        const zw = cw ? undefined : cover.zone?.(this.ids[v]);
        for (const m of members) {
          if (cw) ownOf(m).set(conduit.id, cw);
          else if (zw) ownOf(m).set(this.ids[v], zw);
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
          uncovered = this.routesOf(prev, entries.get(m) ?? []);
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

  /** The shortest route through each entry arc (a position in the rows), by (length, entry id). */
  private routesOf(prev: Int32Array, entries: readonly number[]): UncoveredRoute[] {
    const { from, arc } = this.outRows;
    return entries
      .map((k) => {
        const conduits = [arc[k].conduit.id];
        const zones = [arc[k].to, arc[k].from];
        for (let step = prev[from[k]]; step >= 0; step = prev[from[step]]) {
          conduits.push(arc[step].conduit.id);
          zones.push(arc[step].from);
        }
        return { entry: arc[k].conduit.id, conduits: conduits.reverse(), zones: zones.reverse() };
      })
      .sort((a, b) => a.conduits.length - b.conduits.length || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
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
    for (let i = 0; i < this.ids.length; i++) if (bits.has(i)) seen.add(this.ids[i]);
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
    const n = this.ids.length;
    // 0 unknown, 1 reached, 2 not passable (asked once per zone and search).
    const state = new Uint8Array(n);
    const isStop = opts.stop ? new Uint8Array(n) : undefined;
    if (opts.avoid) for (const z of opts.avoid) {
      const i = this.idx.get(z);
      if (i !== undefined) state[i] = 2;
    }
    const queue = new Int32Array(n);
    let tail = 0;
    for (const s of starts) {
      const i = this.idx.get(s);
      if (i === undefined || state[i] === 1) continue;
      state[i] = 1;
      queue[tail++] = i;
    }
    const first = tail;
    const { start, to } = opts.backward ? this.intoRows : this.outRows;
    const stop = opts.stop;
    const passable = opts.passable;
    for (let q = 0; q < tail; q++) {
      const z = queue[q];
      if (q >= first && isStop && isStop[z] === 1) continue;
      const end = start[z + 1];
      this.work += end - start[z];
      for (let k = start[z]; k < end; k++) {
        const v = to[k];
        if (state[v] !== 0) continue;
        const id = this.ids[v];
        if (stop?.(id)) isStop![v] = 1;
        else if (passable && !passable(id)) {
          state[v] = 2;
          continue;
        }
        state[v] = 1;
        queue[tail++] = v;
      }
    }
    const bits = new ZoneBits(n);
    for (let q = 0; q < tail; q++) bits.add(queue[q]);
    this.reachedBits.set(cacheKey, bits);
    return bits;
  }
}

export interface ReachOptions {
  readonly stop?: (z: string) => boolean;
  readonly passable?: (z: string) => boolean;
  /** Zones never crossed nor reached (besides the starts), like `passable` false; part of the cache key's meaning. */
  readonly avoid?: Iterable<string>;
  readonly backward?: boolean;
}

/** A set of zones as bits over zone indices (RouteModel.zoneIndex). */
export class ZoneBits {
  private readonly words: Uint32Array;
  constructor(size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }
  add(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }
  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }
}

function reachKey(key: string, starts: readonly string[], opts: ReachOptions): string {
  return `${key}\u0000${opts.backward ? 'b' : 'f'}\u0000${[...starts].sort().join('\u0001')}`;
}

interface Rows {
  /** Arcs of zone i are positions start[i] .. start[i + 1] - 1. */
  readonly start: Int32Array;
  /** Per position: the zone index the arc leads to (its far end in the rows' direction) and comes from. */
  readonly to: Int32Array;
  readonly from: Int32Array;
  readonly arc: readonly Arc[];
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
