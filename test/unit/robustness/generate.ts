// Seeded random plants as YAML text (with comments), for the robustness property tests: realistic
// enough to draw threat findings and quick-fixes, sloppy enough to carry validation problems too.
import { catalog } from '../../../src/core/catalog/index';
import { DEVICE_KINDS, ZONE_KINDS } from '../../../src/core/model/kinds';
import { prng } from '../seeded';

export { prng };


export const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)];
const int = (lo: number, hi: number, rnd: () => number) => lo + Math.floor(rnd() * (hi - lo + 1));

const ZONE_KIND_LIST = Object.keys(ZONE_KINDS);
const DEVICE_KIND_LIST = Object.keys(DEVICE_KINDS);
const MEASURE_IDS = catalog.countermeasures.map((c) => c.id);
const STATUSES = ['planned', 'implemented', 'not-applicable'];

/** A plant file from `seed`: 3-7 zones (some nested), devices, conduits with via, flows, countermeasures, comments. */
export function generatePlantText(seed: number): string {
  const rnd = prng(seed);
  const comment = (s: string) => (rnd() < 0.25 ? `${s}   # note ${int(1, 99, rnd)}` : s);
  const lines: string[] = [`# generated plant ${seed}`, 'smartfab: 1', 'plant:', `  name: Generated ${seed}`];
  const zones = Array.from({ length: int(3, 7, rnd) }, (_, i) => `z${i}`);
  const zoneKinds = zones.map((_, i) => (i < 2 ? ['iot-network', 'control-info'][i] : pick(ZONE_KIND_LIST, rnd)));
  lines.push('zones:');
  zones.forEach((z, i) => {
    if (rnd() < 0.2) lines.push(`  # zone ${z}`);
    const parent = zoneKinds[i] === 'dmz' && rnd() < 0.5 ? `, parent: ${zones[1]}` : '';
    const critical = zoneKinds[i] === 'control-info' && rnd() < 0.5 ? ', critical: true' : '';
    lines.push(comment(`  ${z}: { kind: ${zoneKinds[i]}${parent}${critical} }`));
  });
  const devices = Array.from({ length: int(3, 10, rnd) }, (_, i) => `d${i}`);
  const deviceKinds = devices.map(() => pick(DEVICE_KIND_LIST, rnd));
  lines.push('devices:');
  devices.forEach((d, i) => {
    if (rnd() < 0.5) {
      lines.push(comment(`  ${d}:`), `    kind: ${deviceKinds[i]}`, comment(`    zone: ${pick(zones, rnd)}`));
    } else {
      lines.push(comment(`  ${d}: { kind: ${deviceKinds[i]}, zone: ${pick(zones, rnd)} }`));
    }
  });
  const conduits = Array.from({ length: int(2, 8, rnd) }, (_, i) => `c${i}`);
  lines.push('# the paths between zones', 'conduits:');
  for (const c of conduits) {
    const a = pick(zones, rnd);
    let b = pick(zones, rnd);
    if (b === a) b = zones[(zones.indexOf(a) + 1) % zones.length];
    const filters = devices.filter((_, i) => ['firewall', 'ids', 'ips'].includes(deviceKinds[i]));
    const via = filters.length && rnd() < 0.4 ? `, via: [${pick(filters, rnd)}]` : '';
    const vpn = rnd() < 0.15 ? ', vpn: true' : '';
    lines.push(comment(`  ${c}: { between: [${a}, ${b}]${via}${vpn} }`));
  }
  lines.push('flows:');
  for (let i = int(1, 5, rnd); i > 0; i--) {
    const id = rnd() < 0.3 ? `id: f${i}, ` : '';
    lines.push(comment(`  - { ${id}from: ${pick(devices, rnd)}, to: ${pick(devices, rnd)} }`));
  }
  lines.push('countermeasures:');
  const targets = [...zones, ...devices, ...conduits];
  for (let i = int(0, 8, rnd); i > 0; i--) {
    const status = pick(STATUSES, rnd);
    const reason = status === 'not-applicable' && rnd() < 0.7 ? ', reason: judged by the review' : '';
    if (rnd() < 0.5) {
      lines.push(comment(`  - { measure: ID${pick(MEASURE_IDS, rnd)}, target: ${pick(targets, rnd)}, status: ${status}${reason} }`));
    } else {
      lines.push(`  - measure: ID${pick(MEASURE_IDS, rnd)}`, comment(`    target: ${pick(targets, rnd)}`), `    status: ${status}`);
      if (reason) lines.push('    reason: judged by the review');
    }
  }
  return lines.join('\n') + '\n';
}
