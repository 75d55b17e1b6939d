// Seeded property tests (bounded) over every example and generated plants:
// - shuffling the order of zones, devices, conduits, flows and countermeasures gives the same findings;
// - adding an unprotected conduit parallel to an existing one never removes a finding (nor an ID from one);
// - declaring an ID implemented never adds a missing ID.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/index';
import { catalog } from '../../../src/core/catalog/index';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';
import type { DeviceKind, ZoneKind } from '../../../src/core/model/kinds';
import type { Conduit, MeasureEntry, Plant } from '../../../src/core/model/plant';
import { buildPlant, type PlantSpec } from './builder';
import { prng as rng } from '../seeded';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
function shuffled<T>(r: () => number, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const ZONES: ZoneKind[] = ['iot-network', 'iot-network', 'control-info', 'control-info', 'control-field', 'information', 'internet', 'intranet', 'closed-network', 'wan', 'dmz', 'dmz', 'vendor', 'cloud', 'other-factory', 'robot-network', 'generic'];
const DEVICES: DeviceKind[] = ['iot-device', 'iot-gateway', 'wireless-ap', 'viewer', 'analysis-server', 'analysis-service', 'cloud-analysis-server', 'remote-access-server', 'remote-terminal', 'vendor-terminal', 'patch-server', 'maintenance-pc', 'robot-server', 'firewall', 'firewall', 'ids', 'ips', 'switch', 'router'];
const IDS = catalog.countermeasures.map((c) => c.id);

function generate(seed: number): Plant {
  const r = rng(seed);
  const spec: PlantSpec = { zones: {}, devices: {}, conduits: {}, flows: [], measures: [] };
  const zones = Array.from({ length: 3 + Math.floor(r() * 8) }, (_, i) => `z${i}`);
  zones.forEach((z, i) => {
    spec.zones[z] = {
      kind: pick(r, ZONES),
      ...(r() < 0.15 && { critical: true }),
      ...(i > 0 && r() < 0.12 && { parent: zones[Math.floor(r() * i)] }),
      ...(r() < 0.1 && { level: pick(r, [0, 1, 2, 3, 3.5, 4, 5]) }),
      ...(r() < 0.15 && { wireless: pick(r, ['wifi', 'lorawan', 'local-5g'] as const) }),
    };
  });
  const devices = Array.from({ length: Math.floor(r() * 14) }, (_, i) => `d${i}`);
  for (const d of devices) {
    const kind = pick(r, DEVICES);
    spec.devices![d] = {
      kind,
      zone: pick(r, zones),
      ...(kind === 'iot-device' && { count: 1 + Math.floor(r() * 1500) }),
      ...((kind === 'switch' || kind === 'router') && r() < 0.5 && { filtering: true }),
      ...(kind === 'router' && r() < 0.5 && { vpn: true }),
      ...(r() < 0.15 && { wireless: 'wifi' as const }),
      ...(r() < 0.1 && { wired: true }),
      ...((kind === 'ids' || kind === 'ips') && r() < 0.6 && { monitors: [pick(r, zones)] }),
    };
  }
  const n = Math.floor(r() * zones.length * 1.6);
  for (let i = 0; i < n; i++) {
    const a = pick(r, zones);
    const b = pick(r, zones.filter((z) => z !== a));
    spec.conduits![`c${i}`] = {
      between: [a, b],
      via: devices.length && r() < 0.4 ? [pick(r, devices)] : [],
      ...(r() < 0.15 && { vpn: true }),
      ...(r() < 0.1 && { direction: 'one-way' as const }),
    };
  }
  for (let i = 0; devices.length > 1 && i < Math.floor(r() * 6); i++) spec.flows!.push([pick(r, devices), pick(r, devices), ...(r() < 0.3 ? ['one-way' as const] : [])] as [string, string]);
  const targets = [...zones, ...devices, ...Object.keys(spec.conduits!)];
  for (let i = 0; i < Math.floor(r() * 10); i++) {
    const status = pick(r, ['implemented', 'planned', 'not-applicable'] as const);
    spec.measures!.push([pick(r, IDS), pick(r, targets), status, status === 'not-applicable' ? 'reason' : undefined]);
  }
  return buildPlant(spec);
}

const examples = readdirSync(join(__dirname, '../../../examples'))
  .filter((f) => f.endsWith('.smartfab.yaml'))
  .map((f) => ({ name: f, plant: checkText(readFileSync(join(__dirname, '../../../examples', f), 'utf8'), { analysis: false }).plant! }));
const generated = Array.from({ length: 80 }, (_, i) => ({ name: `generated #${i}`, plant: generate(1000 + i) }));
const PLANTS = [...examples, ...generated];

/** A finding as a comparable string: everything but nothing positional that shuffling may change. */
const canon = (f: Problem) => JSON.stringify([f.code, f.severity, f.message, f.span, f.data, (f.related ?? []).map((r) => [r.span, r.message]).sort()]);

/** What makes a finding the same finding (a threat instance key, or the elements it is about). */
function identity(f: Problem): string {
  const d = (f.data ?? {}) as Record<string, unknown>;
  if (typeof d.key === 'string') return `${f.code} ${d.key}`;
  const fields = f.code === 'purdue-bypass' ? ['target'] : ['from', 'to', 'wan', 'control', 'conduit', 'flow', 'zone', 'device', 'measure', 'model', 'declared'];
  return `${f.code} ${JSON.stringify(fields.map((k) => d[k]))}`;
}

const missingOf = (fs: readonly Problem[]) => {
  const out = new Map<string, { missing: string[]; planned: string[] }>();
  for (const f of fs) {
    const d = f.data as { key?: string; missing?: string[]; planned?: string[] } | undefined;
    if (f.code.startsWith('threat-') && d?.key) out.set(d.key, { missing: d.missing ?? [], planned: d.planned ?? [] });
  }
  return out;
};

describe('analysis: properties (seeded)', () => {
  it('shuffling the order of zones, devices, conduits, flows and countermeasures gives the same findings', () => {
    for (const [k, { name, plant }] of PLANTS.entries()) {
      const r = rng(7 + k);
      const before = analyze(plant).findings.map(canon).sort();
      for (let s = 0; s < 2; s++) {
        const p: Plant = {
          ...plant,
          zones: shuffled(r, plant.zones),
          devices: shuffled(r, plant.devices),
          conduits: shuffled(r, plant.conduits),
          flows: shuffled(r, plant.flows),
          measures: shuffled(r, plant.measures),
        };
        assert.deepEqual(analyze(p).findings.map(canon).sort(), before, name);
      }
    }
  });

  it('adding an unprotected conduit parallel to an existing one never removes a finding or an absent ID', () => {
    for (const [k, { name, plant }] of PLANTS.entries()) {
      if (plant.conduits.length === 0) continue;
      const r = rng(99 + k);
      const base = pick(r, plant.conduits);
      const at = 900000 + k * 10;
      const extra: Conduit = { ...base, id: `${pick(r, ['a', 'm', 'zz'])}-parallel`, idSpan: { start: at, end: at + 3 }, span: { start: at, end: at + 5 }, via: [], vpn: undefined };
      const a = analyze(plant).findings;
      const b = analyze({ ...plant, conduits: [...plant.conduits, extra] }).findings;
      const after = new Set(b.map(identity));
      for (const f of a) assert.ok(after.has(identity(f)), `${name}: + ${extra.id} (${base.from.value}–${base.to.value}) removed ${identity(f)}`);
      const ma = missingOf(a);
      const mb = missingOf(b);
      for (const [key, m] of ma) {
        const n = mb.get(key)!;
        for (const id of m.missing) assert.ok(n.missing.includes(id), `${name}: ${key} lost missing ${id}`);
        for (const id of m.planned) assert.ok(n.missing.includes(id) || n.planned.includes(id), `${name}: ${key} lost planned ${id}`);
      }
    }
  });

  it('declaring an ID implemented never adds a missing ID', () => {
    for (const [k, { name, plant }] of PLANTS.entries()) {
      const r = rng(555 + k);
      const a = analyze(plant).findings;
      const ids = [...plant.zones.map((z) => z.id), ...plant.devices.map((d) => d.id), ...plant.conduits.map((c) => c.id)];
      if (ids.length === 0) continue;
      for (let s = 0; s < 3; s++) {
        const at = 950000 + s;
        const entry: MeasureEntry = {
          type: 'measure',
          measure: { value: pick(r, IDS), span: { start: at, end: at + 1 } },
          target: { value: pick(r, ids), span: { start: at, end: at + 1 } },
          status: 'implemented',
          span: { start: at, end: at + 1 },
        };
        const b = missingOf(analyze({ ...plant, measures: [...plant.measures, entry] }).findings);
        for (const [key, m] of b) {
          const before = missingOf(a).get(key);
          assert.ok(before, `${name}: ID${entry.measure.value} on ${entry.target.value} added finding ${key}`);
          for (const id of m.missing) assert.ok(before.missing.includes(id), `${name}: ID${entry.measure.value} on ${entry.target.value} made ${id} missing on ${key}`);
        }
      }
    }
  });
});
