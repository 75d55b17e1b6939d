// Threat instances -> findings: one "threat-<ID>" per instance lacking countermeasures, at the element
// it concerns, with the route and the other end as related locations.
import type { CountermeasureId, Damage, Threat } from '../catalog/types';
import type { Problem, RelatedLocation, Severity } from '../diagnostics';
import type { PlantIndex } from './plant-index';
import type { ThreatInstance } from './types';

export function threatFinding(
  inst: ThreatInstance,
  threat: Threat,
  damages: ReadonlyMap<number, Damage>,
  cms: ReadonlyMap<string, CountermeasureId>,
  index: PlantIndex,
): Problem | undefined {
  const missing = inst.measures.filter((m) => m.state === 'missing').map((m) => m.id);
  const planned = inst.measures.filter((m) => m.state === 'planned').map((m) => m.id);
  const na = inst.measures.filter((m) => m.state === 'not-applicable');
  const base = {
    key: inst.key,
    threat: inst.threat,
    model: inst.model,
    damages: inst.damages,
    target: inst.target,
    targetType: inst.targetType,
    route: inst.route,
    routeZones: inst.routeZones,
    devices: inst.devices,
    zones: inst.zones,
  };
  const related = relatedOf(inst, index);
  if (missing.length === 0 && planned.length === 0) {
    if (na.length === 0) return undefined;
    return {
      code: 'suppressed',
      severity: 'info',
      message: `${inst.threat} ${threat.title.en} on ${inst.target}: not applicable (${na.map((m) => `ID${m.id}: ${m.reason}`).join('; ')}).`,
      span: inst.span,
      related,
      data: { ...base, notApplicable: na.map((m) => ({ id: m.id, reason: m.reason })) },
    };
  }
  const optional = inst.measures.filter((m) => m.optional && m.state !== 'present').map((m) => m.id);
  const priority = inst.damages.some((d) => damages.get(d)?.priority);
  const onlyOptional = [...missing, ...planned].every((id) => optional.includes(id));
  const severity: Severity = onlyOptional ? 'info' : priority ? 'error' : 'warning';
  const parts = [];
  if (missing.length) parts.push(`missing ${missing.map((m) => `ID${m}`).join(', ')}`);
  if (planned.length) parts.push(`planned ${planned.map((m) => `ID${m}`).join(', ')}`);
  const where = inst.route.length > 0 ? ` (route ${inst.routeZones.join(' → ')})` : '';
  const dmg = inst.damages.map((d) => `damage ${d}`).join(', ');
  return {
    code: `threat-${inst.threat}`,
    severity,
    message: `${inst.threat} ${threat.title.en} [${dmg}] on ${inst.target}${where}: ${parts.join('; ')}.${onlyOptional ? ' Only measures §2.3.8 leaves optional here.' : ''}`,
    span: inst.span,
    related,
    data: {
      ...base,
      missing,
      planned,
      optional,
      declareOn: Object.fromEntries([...missing, ...planned].map((id) => [id, declareOn(inst, cms.get(id), index)])),
      notApplicable: na.map((m) => ({ id: m.id, reason: m.reason })),
      present: inst.measures.filter((m) => m.state === 'present').map((m) => ({ id: m.id, evidence: m.evidence })),
    },
  };
}

/** The element a countermeasure entry for this ID should target (what quick-fixes insert). */
function declareOn(inst: ThreatInstance, cm: CountermeasureId | undefined, index: PlantIndex): string {
  const t = cm?.target;
  if (t?.type === 'device') return inst.devices[0] ?? inst.target;
  if (t?.type === 'network') {
    const zone = inst.zones.find((z) => t.zoneKinds.includes(index.zones.get(z)!.kind));
    if (zone) return zone;
  }
  return inst.target;
}

function relatedOf(inst: ThreatInstance, index: PlantIndex): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  inst.route.forEach((id, i) => {
    const c = index.conduits.get(id);
    if (c && id !== inst.target) out.push({ span: c.idSpan, message: `route step ${i + 1}: ${c.from.value} – ${c.to.value} (${id})` });
  });
  for (const z of inst.zones) {
    const zone = index.zones.get(z);
    if (zone && z !== inst.target) out.push({ span: zone.idSpan, message: `zone ${z} (${zone.kind})` });
  }
  for (const d of inst.devices) {
    const dev = index.devices.get(d);
    if (dev && d !== inst.target) out.push({ span: dev.idSpan, message: `device ${d} (${dev.kind})` });
  }
  return out;
}
