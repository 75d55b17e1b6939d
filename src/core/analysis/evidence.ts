// Whether each countermeasure ID of a threat stands on one instance (docs/analysis.md §3). Device IDs
// stand on the instance's device. Other IDs stand when declared on an end zone or the device of the
// instance, or when the elements carrying them (covers.ts: declared, or shown by the topology) cut every
// route of the instance's boundary (route-model.ts). What the text says wins over the topology.
import type { CountermeasureId } from '../catalog/types';
import { t } from '../lsp/l10n';
import { measureKind, type Mark } from './covers';
import type { RawInstance, RuleContext } from './rules/rule';
import type { MeasureStatus } from './types';

export { measureKind } from './covers';

export interface EvidenceOptions {
  readonly fewIotDevices: number;
  readonly manyIotDevices: number;
}

/** At most this many elements are named in one evidence text. */
const MAX_NAMED = 3;

export function weigh(
  ctx: RuleContext,
  inst: RawInstance,
  ids: readonly string[],
  byId: ReadonlyMap<string, CountermeasureId>,
  opts: EvidenceOptions,
): MeasureStatus[] {
  const statuses = ids.map((id) => status(ctx, inst, id, byId.get(id)?.target.type === 'device'));
  return statuses.map((s) => (s.state === 'present' ? s : { ...s, optional: optional(ctx, inst, s.id, statuses, opts) || undefined }));
}

function status(ctx: RuleContext, inst: RawInstance, id: string, deviceId: boolean): MeasureStatus {
  // Declared on the instance as a whole: its device, or (network and boundary IDs) an end zone.
  const whole = best(deviceId ? inst.devices.map((d) => ctx.covers.marksOf(id).get(d)) : [
    ...inst.zones.map((z) => ctx.covers.zoneMark(z, id)),
    ...inst.devices.map((d) => ctx.covers.marksOf(id).get(d)),
  ]);
  if (whole?.state === 'implemented') return { id, state: 'present', evidence: t('declared on {0}', whole.entry.target.value) };
  const b = inst.boundary;
  if (deviceId || !b) {
    const shown = inst.wanZone && !b ? ctx.covers.shownOnZone(measureKind(id), inst.wanZone) : undefined;
    if (shown && !whole) return { id, state: 'present', evidence: shown };
    return fromText(id, whole, shown);
  }
  const cut = (level: 'present' | 'not-applicable' | 'planned' | 'shown') => ctx.routes.cut(b.pair, ctx.covers.cover(id, level, b.coverScope ?? b.scope));
  const marks = ctx.covers.marksOf(id);
  const shownOnly = () => {
    const c = cut('shown');
    return c.cut ? named(c.blockers.map((x) => x.why)) : undefined;
  };
  if (whole) return fromText(id, whole, shownOnly());
  const present = cut('present');
  if (present.cut) return { id, state: 'present', evidence: named(present.blockers.map((x) => x.why)) };
  const partial = present.blockers.map((x) => x.why);
  const idle = measureKind(id) === 10 ? idleDetectors(ctx, b.scope.zones, present.blockers.map((x) => x.id)) : undefined;
  const extra = { uncovered: present.uncovered, ...(partial.length > 0 && { partial }), ...(idle && { hint: idleHint(idle), idle }) };
  if (marks.size === 0) return { id, state: 'missing', ...extra };
  const shown = shownOnly();
  const na = cut('not-applicable');
  if (na.cut) {
    const reasons = textMarks(ctx, id, na.blockers.map((x) => x.id), 'not-applicable');
    return { id, state: 'not-applicable', reason: reasons.map((m) => m.entry.reason).join('; '), evidence: named(na.blockers.map((x) => x.why)), ...(shown && { shown }) };
  }
  const planned = cut('planned');
  if (planned.cut) return { id, state: 'planned', evidence: named(planned.blockers.map((x) => x.why)), ...extra, ...(shown && { shown }) };
  return { id, state: 'missing', ...extra };
}

/** IDS/IPS devices placed in a zone of either side that neither sit inline on nor monitor any route there. */
function idleDetectors(ctx: RuleContext, zones: ReadonlySet<string>, blockers: readonly string[]): { device: string; zone: string }[] | undefined {
  const counted = new Set<string>();
  for (const b of blockers) {
    const c = ctx.index.conduits.get(b);
    for (const d of c ? c.via.map((v) => v.value) : []) counted.add(d);
    for (const d of ctx.index.monitorsOf(b)) counted.add(d.id);
  }
  // Detectors are few: scanning them keeps the work independent of the number of devices.
  const idle = [...ctx.index.devicesOfKind('ids'), ...ctx.index.devicesOfKind('ips')]
    .filter((d) => zones.has(d.zone.value) && !counted.has(d.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((d) => ({ device: d.id, zone: d.zone.value }));
  return idle.length === 0 ? undefined : idle;
}

/** The hint of idle detectors, in the current language (src/core/l10n/analysis-text.ts renders it from data too). */
export function idleHint(idle: readonly { device: string; zone: string }[]): string {
  return t('IDS/IPS {0} but is neither inline on nor monitoring these routes: add it to the via of the entry conduit, or list the zone or conduit under its monitors.', idle.map((d) => t('{0} sits in {1}', d.device, d.zone)).join(', '));
}

function fromText(id: string, m: Mark | undefined, shown: string | undefined): MeasureStatus {
  const on = m && t('declared on {0}', m.entry.target.value);
  if (m?.state === 'not-applicable') return { id, state: 'not-applicable', reason: m.entry.reason, evidence: on, ...(shown && { shown }) };
  if (m?.state === 'planned') return { id, state: 'planned', evidence: on, ...(shown && { shown }) };
  return { id, state: 'missing' };
}

function best(marks: readonly (Mark | undefined)[]): Mark | undefined {
  const rank = { implemented: 3, 'not-applicable': 2, planned: 1 } as const;
  let out: Mark | undefined;
  for (const m of marks) if (m && (!out || rank[m.state] > rank[out.state])) out = m;
  return out;
}

/** The marks of a state on the blocking elements (conduits, their via devices, zones). */
function textMarks(ctx: RuleContext, id: string, elementIds: readonly string[], state: Mark['state']): Mark[] {
  const out: Mark[] = [];
  for (const e of elementIds) {
    const c = ctx.index.conduits.get(e);
    const m = c ? ctx.covers.conduitMark(c, id) : ctx.covers.zoneMark(e, id);
    if (m?.state === state && !out.includes(m)) out.push(m);
  }
  return out;
}

function named(whys: readonly string[]): string {
  const unique = [...new Set(whys)];
  return unique.length <= MAX_NAMED ? unique.join('; ') : `${unique.slice(0, MAX_NAMED).join('; ')}; ${t('{0} more', unique.length - MAX_NAMED)}`;
}

/**
 * §2.3.8 conditions on the boundary into the control network (information side): filtering (8) may be
 * skipped when the IoT devices behind it are few and the communications are clear (6 present); a DMZ
 * (9) is expected when the control network is critical; IDS/IPS (10) when IoT devices are very many.
 * "Behind it" counts every IoT network from which the source side is reached over IoT networks only
 * (cascaded sensor networks).
 */
function optional(ctx: RuleContext, inst: RawInstance, id: string, all: readonly MeasureStatus[], opts: EvidenceOptions): boolean {
  const b = inst.boundary;
  if (!b || ctx.index.zones.get(b.target)?.kind !== 'control-info') return false;
  const fromIot = ctx.index.zones.get(b.source)?.kind === 'iot-network';
  const iot = fromIot ? iotDevicesBehind(ctx, b.pair.sources) : 0;
  switch (measureKind(id)) {
    case 8: {
      const commsClear = all.some((s) => measureKind(s.id) === 6 && s.state === 'present');
      return fromIot && iot <= opts.fewIotDevices && commsClear;
    }
    case 9:
      return ctx.index.zones.get(b.target)?.critical !== true;
    case 10:
      return iot < opts.manyIotDevices;
    default:
      return false;
  }
}

/** IoT devices in the IoT networks that reach these zones over IoT networks only (cascades count). */
export function iotDevicesBehind(ctx: RuleContext, zones: readonly string[]): number {
  const isIot = (z: string): boolean => ctx.sides.counts(z, ['iot-network']);
  const reached = ctx.routes.reach('iot-behind', zones, { backward: true, passable: isIot });
  let n = 0;
  for (const z of reached) if (isIot(z)) n += ctx.index.iotDevicesIn(z);
  return n;
}
