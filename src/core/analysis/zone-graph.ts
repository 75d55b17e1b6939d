// The zone graph as index arrays for the route model's searches (route-model.ts): zones numbered once,
// the arcs of each zone as a row of integers in conduit-id order (compressed rows, forward and backward),
// visited marks and predecessors in typed arrays, reach sets as bits over zone indices. Pure data and
// searches; the route model caches their answers.
import type { Arc } from './route-model';
import type { UncoveredRoute } from './types';

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

export interface Rows {
  /** Arcs of zone i are positions start[i] .. start[i + 1] - 1. */
  readonly start: Int32Array;
  /** Per position: the zone index the arc leads to (its far end in the rows' direction) and comes from. */
  readonly to: Int32Array;
  readonly from: Int32Array;
  readonly arc: readonly Arc[];
}

/** The cache key of a reach search. */
export function reachKey(key: string, starts: readonly string[], opts: ReachOptions): string {
  return `${key}\u0000${opts.backward ? 'b' : 'f'}\u0000${[...starts].sort().join('\u0001')}`;
}

export class ZoneGraph {
  /** Zone index -> id, and id -> index (the order of `out`'s keys). */
  readonly ids: string[] = [];
  readonly idx = new Map<string, number>();
  readonly outRows: Rows;
  readonly intoRows: Rows;

  /** `out` and `into`: every zone's arcs leaving and entering it, in conduit-id order. */
  constructor(out: ReadonlyMap<string, readonly Arc[]>, into: ReadonlyMap<string, readonly Arc[]>) {
    for (const z of out.keys()) {
      this.idx.set(z, this.ids.length);
      this.ids.push(z);
    }
    this.outRows = this.rows(out, (a) => a.to);
    this.intoRows = this.rows(into, (a) => a.from);
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
  marks(zones: Iterable<string>): Uint8Array {
    const out = new Uint8Array(this.ids.length);
    for (const z of zones) {
      const i = this.idx.get(z);
      if (i !== undefined) out[i] = 1;
    }
    return out;
  }

  /** A predicate asked at most once per zone and search: 1 yes, 2 no, 0 not asked yet. */
  memo(pred: ((z: string) => boolean) | undefined): (i: number) => boolean {
    if (!pred) return () => true;
    const state = new Uint8Array(this.ids.length);
    return (i) => {
      if (state[i] === 0) state[i] = pred(this.ids[i]) ? 1 : 2;
      return state[i] === 1;
    };
  }

  /** Zones in sorted order of their ids, as indices (sources start a search in id order). */
  sortedIndices(zones: readonly string[]): number[] {
    const out: number[] = [];
    for (const z of [...zones].sort()) {
      const i = this.idx.get(z);
      if (i !== undefined) out.push(i);
    }
    return out;
  }

  /**
   * Zones reached from `starts` (forward, or backward against the arcs), crossing only `passable` zones
   * and no `avoid` zone; `stop` zones are reached but not crossed. Each predicate is asked once per zone.
   * Returns the set and the arcs examined. O(zones + conduits).
   */
  search(starts: readonly string[], opts: ReachOptions): { bits: ZoneBits; examined: number } {
    const n = this.ids.length;
    // 0 unknown, 1 reached, 2 not passable.
    const state = new Uint8Array(n);
    const isStop = opts.stop ? new Uint8Array(n) : undefined;
    if (opts.avoid) {
      for (const z of opts.avoid) {
        const i = this.idx.get(z);
        if (i !== undefined) state[i] = 2;
      }
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
    const { stop, passable } = opts;
    let examined = 0;
    for (let q = 0; q < tail; q++) {
      const z = queue[q];
      if (q >= first && isStop && isStop[z] === 1) continue;
      const end = start[z + 1];
      examined += end - start[z];
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
    return { bits, examined };
  }

  /** The shortest route through each entry arc (a position in the forward rows) given each zone's first arc (`prev`), by (length, entry id). */
  routesOf(prev: Int32Array, entries: readonly number[]): UncoveredRoute[] {
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
}
