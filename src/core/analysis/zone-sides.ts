// Zone nesting at a boundary (docs/format.md "Boundaries and nesting"): a zone with `parent` also
// counts as its parent, so a DMZ nested in the control network is part of the control side. A side is
// a root zone of the wanted kind (no ancestor of that kind) with every zone nested in it.
// Purdue levels: declared `level`, else the level the zone kind stands at (DEFAULT_PURDUE_LEVEL).
import { DEFAULT_PURDUE_LEVEL, type ZoneKind } from '../model/kinds';
import type { Zone } from '../model/plant';
import type { PlantIndex } from './plant-index';

export class ZoneSides {
  private readonly parentOf = new Map<string, string>();
  private readonly children = new Map<string, string[]>();
  private readonly sides = new Map<string, ReadonlySet<string>>();

  constructor(private readonly index: PlantIndex) {
    for (const z of index.zones.values()) {
      const p = z.parent?.value;
      if (p === undefined || !index.zones.has(p) || p === z.id) continue;
      this.parentOf.set(z.id, p);
      const list = this.children.get(p);
      if (list) list.push(z.id);
      else this.children.set(p, [z.id]);
    }
  }

  /** Enclosing zones, nearest first; stops on a cycle (validation reports `parent-cycle`). */
  ancestors(zoneId: string): string[] {
    const out: string[] = [];
    const seen = new Set([zoneId]);
    for (let p = this.parentOf.get(zoneId); p !== undefined && !seen.has(p); p = this.parentOf.get(p)) {
      out.push(p);
      seen.add(p);
    }
    return out;
  }

  /** The zone counts as one of these kinds at a boundary: its own kind or an enclosing zone's. */
  counts(zoneId: string, kinds: readonly ZoneKind[]): boolean {
    const own = this.index.zones.get(zoneId)?.kind;
    if (own === undefined) return false;
    return kinds.includes(own) || this.ancestors(zoneId).some((a) => kinds.includes(this.index.zones.get(a)!.kind));
  }

  /** Zones of these kinds not nested in another of them (each heads one side), sorted by id. */
  roots(kinds: readonly ZoneKind[]): Zone[] {
    const out: Zone[] = [];
    for (const k of kinds) {
      for (const z of this.index.zonesOfKind(k)) {
        if (this.index.zones.get(z.id) !== z) continue; // a duplicate id: validation reports it
        if (!this.ancestors(z.id).some((a) => kinds.includes(this.index.zones.get(a)!.kind))) out.push(z);
      }
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** The zone and every zone nested in it. */
  side(rootId: string): ReadonlySet<string> {
    const hit = this.sides.get(rootId);
    if (hit) return hit;
    const out = new Set([rootId]);
    const stack = [rootId];
    while (stack.length > 0) {
      for (const c of this.children.get(stack.pop()!) ?? []) {
        if (out.has(c)) continue;
        out.add(c);
        stack.push(c);
      }
    }
    this.sides.set(rootId, out);
    return out;
  }

  /** The root (of these kinds) whose side holds the zone, if any. */
  rootOf(zoneId: string, kinds: readonly ZoneKind[]): string | undefined {
    let found: string | undefined;
    for (const z of [zoneId, ...this.ancestors(zoneId)]) if (kinds.includes(this.index.zones.get(z)!.kind)) found = z;
    return found;
  }

  /** Purdue level: declared, else the kind's (IEC 62443 / Purdue reference model), else undefined. */
  level(zoneId: string): number | undefined {
    const z = this.index.zones.get(zoneId);
    if (!z) return undefined;
    return z.level ?? DEFAULT_PURDUE_LEVEL[z.kind];
  }
}
