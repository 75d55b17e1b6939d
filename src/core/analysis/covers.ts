// Which plant elements carry a countermeasure ID: what the text declares (an entry on a conduit, on a
// device in a conduit's `via`, on a zone of either side) and what the topology shows (measure 8 a
// filtering device inline, 9 a DMZ zone, 10 an IDS/IPS inline or monitoring as a passive tap, 11 a VPN
// link or a closed carrier network). The text wins over the topology at each element: a conduit with
// a firewall whose 8-x entry says `planned` carries it only at the "shown" level (docs/analysis.md §3).
import { DETECTION_DEVICE_KINDS, FILTERING_DEVICE_KINDS } from '../model/kinds';
import type { Conduit, Device, MeasureEntry } from '../model/plant';
import { t } from '../lsp/l10n';
import type { PlantIndex } from './plant-index';
import type { Cover } from './route-model';
import type { ZoneSides } from './zone-sides';

export type TextState = 'implemented' | 'not-applicable' | 'planned';
export interface Mark {
  readonly state: TextState;
  readonly entry: MeasureEntry;
}

/**
 * How much counts as carrying the ID: `present` implemented entries and the topology where the text is
 * silent; `not-applicable` adds reasoned not-applicable entries; `planned` adds planned ones; `shown`
 * is `present` with the topology counted even where the text says otherwise (to find contradictions).
 */
export type CoverLevel = 'present' | 'not-applicable' | 'planned' | 'shown';

const RANK: Record<TextState, number> = { implemented: 3, 'not-applicable': 2, planned: 1 };
/** Measure kinds the topology can show (8 filtering, 9 DMZ, 10 IDS/IPS, 11 closed network / VPN). */
const STRUCTURAL = [8, 9, 10, 11];

export function measureKind(id: string): number {
  return Number.parseInt(id, 10);
}

export class Covers {
  private readonly marks = new Map<string, Map<string, Mark>>();
  private readonly covers = new Map<string, Cover>();

  constructor(
    private readonly index: PlantIndex,
    private readonly sides: ZoneSides,
  ) {}

  /** Element id -> strongest text state of the ID there (implemented > not-applicable with a reason > planned). */
  marksOf(id: string): ReadonlyMap<string, Mark> {
    const hit = this.marks.get(id);
    if (hit) return hit;
    const out = new Map<string, Mark>();
    for (const e of this.index.entriesOf(id)) {
      if (e.status === 'not-applicable' && !e.reason?.trim()) continue; // counts as missing (validation: missing-reason)
      const prev = out.get(e.target.value);
      if (!prev || RANK[e.status] > RANK[prev.state] || (RANK[e.status] === RANK[prev.state] && e.span.start < prev.entry.span.start)) {
        out.set(e.target.value, { state: e.status, entry: e });
      }
    }
    this.marks.set(id, out);
    return out;
  }

  /** The strongest mark on a conduit: its own entry or one on a device in its `via`. */
  conduitMark(c: Conduit, id: string): Mark | undefined {
    const marks = this.marksOf(id);
    let best = marks.get(c.id);
    for (const v of c.via) {
      const m = marks.get(v.value);
      if (m && (!best || RANK[m.state] > RANK[best.state])) best = m;
    }
    return best;
  }

  /** The strongest mark on a zone or an enclosing zone (a nested zone counts as its parent). */
  zoneMark(zoneId: string, id: string): Mark | undefined {
    const marks = this.marksOf(id);
    let best: Mark | undefined;
    for (const z of [zoneId, ...this.sides.ancestors(zoneId)]) {
      const m = marks.get(z);
      if (m && (!best || RANK[m.state] > RANK[best.state])) best = m;
    }
    return best;
  }

  /** What the topology shows on a conduit for a measure kind (8, 10, 11), in words; undefined if nothing. */
  shownOnConduit(kind: number, c: Conduit): string | undefined {
    if (kind === 8) {
      const ds = filteringDevices(this.index, c);
      return ds.length ? t('filtering device on {0} ({1})', c.id, ds.map((d) => d.id).join(', ')) : undefined;
    }
    if (kind === 10) {
      const ds = viaDevices(this.index, c).filter((d) => DETECTION_DEVICE_KINDS.includes(d.kind));
      if (ds.length) return t('IDS/IPS on {0} ({1})', c.id, ds.map((d) => d.id).join(', '));
      const taps = this.index.monitorsOf(c.id);
      return taps.length ? t('{0} monitors {1}', taps.map((d) => d.id).join(', '), c.id) : undefined;
    }
    if (kind === 11) return isVpn(this.index, c) ? t('VPN on {0}', c.id) : undefined;
    return undefined;
  }

  /** What the topology shows on a zone for a measure kind (9 DMZ, 10 monitored, 11 closed network). */
  shownOnZone(kind: number, zoneId: string): string | undefined {
    const z = this.index.zones.get(zoneId);
    if (!z) return undefined;
    if (kind === 9 && z.kind === 'dmz') return t('DMZ {0}', z.id);
    if (kind === 10) {
      const taps = this.index.monitorsOf(z.id);
      return taps.length ? t('{0} monitors {1}', taps.map((d) => d.id).join(', '), z.id) : undefined;
    }
    if (kind === 11 && z.kind === 'closed-network') return t('{0} is a closed carrier network', z.id);
    return undefined;
  }

  /**
   * The cover of an ID at a level. Declarations on zones count only for zones of the pair's two sides
   * (`scope`); the topology counts anywhere on the routes.
   */
  cover(id: string, level: CoverLevel, scope: { readonly key: string; readonly zones: ReadonlySet<string> }): Cover {
    const kind = measureKind(id);
    // Without any entry for the ID, every level is the topology alone: one cover per measure kind, shared
    // by every pair and ID of that kind (8-1, 8-4... all mean "a filtering device inline").
    const silent = this.marksOf(id).size === 0;
    const key = silent ? `shown:${STRUCTURAL.includes(kind) ? kind : 0}` : `${id}|${level}|${scope.key}`;
    const hit = this.covers.get(key);
    if (hit) return hit;
    if (silent && !STRUCTURAL.includes(kind)) {
      const none: Cover = { key: '' };
      this.covers.set(key, none);
      return none;
    }
    const accepts = (m: Mark | undefined): string | undefined => {
      if (!m) return undefined;
      const where = m.entry.target.value;
      if (m.state === 'implemented') return t('ID{0} declared on {1}', id, where);
      if (m.state === 'not-applicable' && (level === 'not-applicable' || level === 'planned')) return t('ID{0} not applicable on {1}', id, where);
      if (m.state === 'planned' && level === 'planned') return t('ID{0} planned on {1}', id, where);
      return undefined;
    };
    // Every search of the pairs sharing this cover asks the same elements again: answered once each.
    const onConduit = new Map<Conduit, string | undefined>();
    const onZone = new Map<string, string | undefined>();
    const cover: Cover = {
      key,
      ...(silent && { shared: true }),
      conduit: (c) => {
        if (onConduit.has(c)) return onConduit.get(c);
        const m = this.conduitMark(c, id);
        const why = accepts(m) || (m && level !== 'shown' ? undefined : this.shownOnConduit(kind, c));
        onConduit.set(c, why);
        return why;
      },
      zone: (z) => {
        if (onZone.has(z)) return onZone.get(z);
        // Declarations count on the pair's own sides; anywhere, the text still overrides the topology.
        const m = this.zoneMark(z, id);
        const declared = scope.zones.has(z) ? accepts(m) : undefined;
        const why = declared || (m && m.state !== 'implemented' && level !== 'shown' ? undefined : this.shownOnZone(kind, z));
        onZone.set(z, why);
        return why;
      },
    };
    this.covers.set(key, cover);
    return cover;
  }
}

export function viaDevices(index: PlantIndex, c: Conduit): Device[] {
  const out: Device[] = [];
  for (const v of c.via) {
    const d = index.devices.get(v.value);
    if (d) out.push(d);
  }
  return out;
}

/** Filtering devices inline on the conduit (switches and routers only with `filtering: true`; §2.3.8 measure 8 ①②). */
export function filteringDevices(index: PlantIndex, c: Conduit): Device[] {
  return viaDevices(index, c).filter(
    (d) => FILTERING_DEVICE_KINDS.includes(d.kind) && ((d.kind !== 'switch' && d.kind !== 'router') || d.filtering === true),
  );
}

/** The link is a VPN: declared on the conduit or terminated by a VPN device on it (measure 11). */
export function isVpn(index: PlantIndex, c: Conduit): boolean {
  return c.vpn === true || viaDevices(index, c).some((d) => d.vpn === true);
}
