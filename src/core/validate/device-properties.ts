// Device keys that have no effect on the device's kind. The analysis reads `monitors` only on an IDS/IPS
// (measure 10, report §2.3.8 ②) and `filtering` only on a switch or router (measure 8, example ①; a
// firewall or IPS filters by kind, example ②). Silently ignoring such a key would let a reviewer believe
// a measure is in place that the analysis does not count, so each one is reported where it is written.
import type { Problem } from '../diagnostics';
import { DETECTION_DEVICE_KINDS, FILTERING_DEVICE_KINDS } from '../model/kinds';
import type { Plant } from '../model/plant';

/** Why a written key is ignored: `monitors` off an IDS/IPS, `filtering` off a filtering kind, `filtering: false` on a firewall/IPS. */
export type IgnoredPropertyReason = 'not-detection' | 'not-filtering' | 'always-filtering';

/**
 * `ignored-property` warnings (span: the key; data: { device, kind, property, reason }) for every device
 * key the analysis does not read for that device's kind.
 */
export function checkDeviceProperties(plant: Plant): Problem[] {
  const out: Problem[] = [];
  const warn = (device: string, kind: string, property: string, reason: IgnoredPropertyReason, span: Problem['span'], message: string) =>
    out.push({ code: 'ignored-property', severity: 'warning', message, span, data: { device, kind, property, reason } });
  for (const d of plant.devices) {
    if (d.monitorsSpan && !DETECTION_DEVICE_KINDS.includes(d.kind)) {
      warn(d.id, d.kind, 'monitors', 'not-detection', d.monitorsSpan,
        `'monitors' has no effect on '${d.id}' (${d.kind}): only an IDS or IPS watches zones and conduits (measure 10)`);
    }
    if (d.filteringSpan && d.filtering === true && !FILTERING_DEVICE_KINDS.includes(d.kind)) {
      warn(d.id, d.kind, 'filtering', 'not-filtering', d.filteringSpan,
        `'filtering' has no effect on '${d.id}' (${d.kind}): only a switch or router is made a filtering device by it (measure 8)`);
    }
    if (d.filteringSpan && d.filtering === false && FILTERING_DEVICE_KINDS.includes(d.kind) && d.kind !== 'switch' && d.kind !== 'router') {
      warn(d.id, d.kind, 'filtering', 'always-filtering', d.filteringSpan,
        `'filtering: false' has no effect on '${d.id}' (${d.kind}): a firewall or IPS always counts as a filtering device (measure 8); give a device that does not filter another kind`);
    }
  }
  return out;
}
