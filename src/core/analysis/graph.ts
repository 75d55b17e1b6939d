// The zone graph: zones joined by conduits. Rules ask for routes between zone sets; every query is
// cached per start zone and predicate key, so the cost depends on the number of zones, not devices.
import { DETECTION_DEVICE_KINDS, FILTERING_DEVICE_KINDS } from '../model/kinds';
import type { Conduit, Device } from '../model/plant';
import type { PlantIndex } from './plant-index';

export interface Edge {
  readonly conduit: Conduit;
  readonly other: string;
}

export interface Route {
  /** Conduit ids from the start zone to the reached zone. */
  readonly conduits: readonly string[];
  /** Zone ids from the start zone to the reached zone (one more than conduits). */
  readonly zones: readonly string[];
}

/** Which zones a search may enter and where it stops. */
export interface Search {
  /** Cache key naming the predicates (they must be pure functions of the zone). */
  readonly key: string;
  /** Zones the search reports and does not cross. */
  readonly isTarget: (zoneId: string) => boolean;
  /** Zones the search may cross (besides the start). Default: any. */
  readonly passable?: (zoneId: string) => boolean;
  /** Conduits the search may use. Default: any. */
  readonly usable?: (c: Conduit) => boolean;
}

export class ZoneGraph {
  private readonly adj = new Map<string, Edge[]>();
  private readonly cache = new Map<string, Map<string, Route>>();
  private readonly cutCache = new Map<string, boolean>();

  constructor(private readonly index: PlantIndex) {
    for (const z of index.zones.keys()) this.adj.set(z, []);
    for (const c of index.conduits.values()) {
      const a = c.from.value;
      const b = c.to.value;
      if (a === b || !this.adj.has(a) || !this.adj.has(b)) continue; // validation reports these
      this.adj.get(a)!.push({ conduit: c, other: b });
      this.adj.get(b)!.push({ conduit: c, other: a });
    }
  }

  edges(zoneId: string): readonly Edge[] {
    return this.adj.get(zoneId) ?? [];
  }

  /** Shortest routes (BFS, conduit order is declaration order) from `start` to every target zone it reaches. */
  routesFrom(start: string, search: Search): ReadonlyMap<string, Route> {
    const key = `${search.key}\u0000${start}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const found = new Map<string, Route>();
    const prev = new Map<string, { zone: string; conduit: string } | null>([[start, null]]);
    const queue = [start];
    // A start inside the target set is its own (empty) route; targets end routes.
    if (search.isTarget(start)) found.set(start, { conduits: [], zones: [start] });
    for (let i = 0; i < queue.length; i++) {
      const z = queue[i];
      if (search.isTarget(z)) continue;
      for (const e of this.edges(z)) {
        if (prev.has(e.other) || (search.usable && !search.usable(e.conduit))) continue;
        const target = search.isTarget(e.other);
        if (!target && search.passable && !search.passable(e.other)) continue;
        prev.set(e.other, { zone: z, conduit: e.conduit.id });
        queue.push(e.other);
        if (target) found.set(e.other, unwind(prev, e.other));
      }
    }
    this.cache.set(key, found);
    return found;
  }

  /**
   * Whether every route from `a` to `b` (crossing only passable zones) is cut by a blocked conduit or
   * a blocked zone. Used for structural evidence: a firewall on every route, a DMZ every route passes.
   */
  everyRouteBlocked(
    a: string,
    b: string,
    search: Search,
    block: { key: string; conduit?: (c: Conduit) => boolean; zone?: (zoneId: string) => boolean },
  ): boolean {
    const key = `${search.key}\u0000${block.key}\u0000${a}\u0000${b}`;
    const hit = this.cutCache.get(key);
    if (hit !== undefined) return hit;
    const seen = new Set([a]);
    const queue = [a];
    let reached = a === b;
    for (let i = 0; i < queue.length && !reached; i++) {
      for (const e of this.edges(queue[i])) {
        if (seen.has(e.other) || block.conduit?.(e.conduit) || (search.usable && !search.usable(e.conduit))) continue;
        if (e.other === b) {
          reached = true;
          break;
        }
        if (search.isTarget(e.other) || block.zone?.(e.other)) continue;
        if (search.passable && !search.passable(e.other)) continue;
        seen.add(e.other);
        queue.push(e.other);
      }
    }
    this.cutCache.set(key, !reached);
    return !reached;
  }

  /** A shortest route between two zones over any zones, or undefined when no conduits join them. */
  routeBetween(a: string, b: string): Route | undefined {
    if (a === b) return { conduits: [], zones: [a] };
    const key = `through\u0000${a}`;
    let tree = this.cache.get(key);
    if (!tree) {
      tree = new Map();
      const prev = new Map<string, { zone: string; conduit: string } | null>([[a, null]]);
      const queue = [a];
      for (let i = 0; i < queue.length; i++) {
        for (const e of this.edges(queue[i])) {
          if (prev.has(e.other)) continue;
          prev.set(e.other, { zone: queue[i], conduit: e.conduit.id });
          queue.push(e.other);
          tree.set(e.other, unwind(prev, e.other));
        }
      }
      this.cache.set(key, tree);
    }
    return tree.get(b);
  }

  /** The conduit's via devices of the given kinds (switches and routers only when they filter). */
  filteringDevices(c: Conduit): Device[] {
    return this.viaDevices(c).filter(
      (d) => FILTERING_DEVICE_KINDS.includes(d.kind) && ((d.kind !== 'switch' && d.kind !== 'router') || d.filtering === true),
    );
  }

  detectionDevices(c: Conduit): Device[] {
    return this.viaDevices(c).filter((d) => DETECTION_DEVICE_KINDS.includes(d.kind));
  }

  /** The link is a VPN: declared on the conduit or terminated by a VPN device on it. */
  isVpn(c: Conduit): boolean {
    return c.vpn === true || this.viaDevices(c).some((d) => d.vpn === true);
  }

  viaDevices(c: Conduit): Device[] {
    const out: Device[] = [];
    for (const v of c.via) {
      const d = this.index.devices.get(v.value);
      if (d) out.push(d);
    }
    return out;
  }
}

function unwind(prev: Map<string, { zone: string; conduit: string } | null>, end: string): Route {
  const zones = [end];
  const conduits: string[] = [];
  let step = prev.get(end);
  while (step) {
    conduits.push(step.conduit);
    zones.push(step.zone);
    step = prev.get(step.zone);
  }
  return { conduits: conduits.reverse(), zones: zones.reverse() };
}
