// Whether a countermeasure ID may be applied to a plant element (the same reading as validation's
// "measure-target-kind"): device IDs on devices of those kinds, network IDs on zones of those kinds,
// boundary IDs on conduits whose ends match the two sides (or a network ID on a conduit crossing it).
import { targetMatches, type BoundaryEnd } from '../catalog';
import type { CountermeasureId } from '../catalog/types';
import type { Plant } from '../model/plant';

export function measureApplies(cm: CountermeasureId, targetId: string, plant: Plant): boolean {
  const device = plant.devices.find((d) => d.id === targetId);
  if (device) return targetMatches(cm.target, { device: device.kind });
  const zone = plant.zones.find((z) => z.id === targetId);
  if (zone) return targetMatches(cm.target, { zone: zone.kind });
  const conduit = plant.conduits.find((c) => c.id === targetId);
  if (!conduit) return false;
  const end = (zoneId: string): BoundaryEnd | undefined => {
    const z = plant.zones.find((x) => x.id === zoneId);
    return z && { zoneKind: z.kind, deviceKinds: plant.devices.filter((d) => d.zone.value === zoneId).map((d) => d.kind) };
  };
  const a = end(conduit.from.value);
  const b = end(conduit.to.value);
  if (!a || !b) return false;
  return targetMatches(cm.target, { boundary: [a, b] }) || targetMatches(cm.target, { zone: a.zoneKind }) || targetMatches(cm.target, { zone: b.zoneKind });
}
