// Lookups over a parsed plant, built once per analysis so that every rule is O(1) per element.
import type { DeviceKind, ZoneKind } from '../model/kinds';
import type { Conduit, Device, MeasureEntry, Plant, Zone } from '../model/plant';

export class PlantIndex {
  readonly zones = new Map<string, Zone>();
  readonly devices = new Map<string, Device>();
  readonly conduits = new Map<string, Conduit>();
  private readonly byDeviceKind = new Map<DeviceKind, Device[]>();
  private readonly byZoneKind = new Map<ZoneKind, Zone[]>();
  private readonly byZone = new Map<string, Device[]>();
  private readonly iotCount = new Map<string, number>();
  /** "target|measure" -> entries; a measure may be declared twice (e.g. planned then implemented). */
  private readonly measureEntries = new Map<string, MeasureEntry[]>();
  private readonly byMeasure = new Map<string, MeasureEntry[]>();
  /** Element id -> IDS/IPS devices that list it under `monitors` (passive taps, measure 10). */
  private readonly monitoredBy = new Map<string, Device[]>();

  constructor(readonly plant: Plant) {
    for (const z of plant.zones) {
      if (!this.zones.has(z.id)) this.zones.set(z.id, z);
      push(this.byZoneKind, z.kind, z);
    }
    for (const d of plant.devices) {
      if (!this.devices.has(d.id)) this.devices.set(d.id, d);
      push(this.byDeviceKind, d.kind, d);
      push(this.byZone, d.zone.value, d);
      if (d.kind === 'iot-device') this.iotCount.set(d.zone.value, (this.iotCount.get(d.zone.value) ?? 0) + safeCount(d));
      if (d.kind === 'ids' || d.kind === 'ips') for (const m of d.monitors ?? []) push(this.monitoredBy, m.value, d);
    }
    for (const c of plant.conduits) if (!this.conduits.has(c.id)) this.conduits.set(c.id, c);
    for (const m of plant.measures) {
      push(this.measureEntries, `${m.target.value}|${m.measure.value}`, m);
      push(this.byMeasure, m.measure.value, m);
    }
  }

  devicesOfKind(kind: DeviceKind): readonly Device[] {
    return this.byDeviceKind.get(kind) ?? [];
  }

  zonesOfKind(kind: ZoneKind): readonly Zone[] {
    return this.byZoneKind.get(kind) ?? [];
  }

  devicesIn(zoneId: string): readonly Device[] {
    return this.byZone.get(zoneId) ?? [];
  }

  /** Total IoT devices (group counts summed) in a zone. */
  iotDevicesIn(zoneId: string): number {
    return this.iotCount.get(zoneId) ?? 0;
  }

  entries(target: string, measure: string): readonly MeasureEntry[] {
    return this.measureEntries.get(`${target}|${measure}`) ?? [];
  }

  /** Every entry declaring this countermeasure ID ("8-1"), on any target. */
  entriesOf(measure: string): readonly MeasureEntry[] {
    return this.byMeasure.get(measure) ?? [];
  }

  /** IDS/IPS devices monitoring a zone or conduit as a passive tap. */
  monitorsOf(elementId: string): readonly Device[] {
    return this.monitoredBy.get(elementId) ?? [];
  }

  /** The span to report an element at: its id. */
  idSpan(id: string): { start: number; end: number } | undefined {
    return (this.devices.get(id) ?? this.zones.get(id) ?? this.conduits.get(id))?.idSpan;
  }

  typeOf(id: string): 'device' | 'zone' | 'conduit' | undefined {
    if (this.devices.has(id)) return 'device';
    if (this.zones.has(id)) return 'zone';
    if (this.conduits.has(id)) return 'conduit';
    return undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function safeCount(d: Device): number {
  return Number.isFinite(d.count) && d.count > 0 ? d.count : 1;
}
