// Attack scenarios per damage (entry OR, path AND entry), §2.3.8 severity conditions, overrides,
// coverage, and growth linear in devices.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/index';
import { RouteModel } from '../../../src/core/analysis/route-model';
import { buildPlant, type PlantSpec } from './builder';
import { MODEL_PLANTS } from './fixtures';

describe('analysis: scenarios, conditions, coverage', () => {
  it('damage 1 chains each entry with the path from its zone; damage 2 takes entries alone', () => {
    const a = analyze(buildPlant(MODEL_PLANTS[1]));
    const d1 = a.damages.find((d) => d.damage === 1)!;
    assert.equal(d1.priority, true);
    assert.deepEqual(
      d1.scenarios.map((s) => s.threats.join('+')),
      ['A1+A4', 'A1+A4', 'A2+A4', 'A3+A4', 'B1+B3', 'B2+B3'],
    );
    assert.ok(d1.scenarios.every((s) => s.target === 'ctrl-info' && s.status === 'open'));
    assert.deepEqual(a.damages.find((d) => d.damage === 2)!.scenarios.map((s) => s.threats.join('+')), ['A1', 'A1', 'A2', 'A3']);
  });

  it('model 3 damage 6: WAN -> remote-access server -> control network, and the server as entry', () => {
    const a = analyze(buildPlant(MODEL_PLANTS[3]));
    const d6 = a.damages.find((d) => d.damage === 6)!;
    assert.deepEqual(d6.scenarios.map((s) => s.threats.join('+')), ['E1+E2+E4', 'E3+E4']);
  });

  it('status: one layer, then defended in depth as steps are covered', () => {
    const spec: PlantSpec = { ...MODEL_PLANTS[4], measures: [['1-6', 'ras'], ['2-6', 'ras']] };
    let d10 = analyze(buildPlant(spec)).damages.find((d) => d.damage === 10)!;
    const e3 = d10.scenarios.find((s) => s.threats[0] === 'I3')!;
    assert.equal(e3.status, 'one-layer');
    assert.equal(d10.status, 'open');
    spec.measures!.push(['8-5', 'ras-ctrl']);
    d10 = analyze(buildPlant(spec)).damages.find((d) => d.damage === 10)!;
    assert.equal(d10.scenarios.find((s) => s.threats[0] === 'I3')!.status, 'defended-in-depth');
  });

  it('§2.3.8: DMZ expected only for a critical control network; IDS only for very many IoT devices', () => {
    const spec: PlantSpec = {
      zones: { iot: 'iot-network', ctrl: 'control-info' },
      devices: { s: { kind: 'iot-device', zone: 'iot', count: 20 }, a: ['analysis-server', 'ctrl'] },
      conduits: { c: ['iot', 'ctrl'] },
      measures: [['5-1', 'c'], ['6-1', 'c'], ['7-1', 'iot'], ['8-1', 'c']],
    };
    let f = analyze(buildPlant(spec)).findings.find((x) => x.code === 'threat-A4')!;
    assert.equal(f.severity, 'info');
    assert.deepEqual((f.data as { optional: string[] }).optional, ['9-1', '10-1']);
    spec.zones.ctrl = { kind: 'control-info', critical: true };
    f = analyze(buildPlant(spec)).findings.find((x) => x.code === 'threat-A4')!;
    assert.equal(f.severity, 'error');
    spec.zones.ctrl = 'control-info';
    (spec.devices!.s as { count: number }).count = 5000;
    f = analyze(buildPlant(spec)).findings.find((x) => x.code === 'threat-A4')!;
    assert.equal(f.severity, 'error');
    assert.deepEqual((f.data as { optional: string[] }).optional, ['9-1']);
    f = analyze(buildPlant(spec), { manyIotDevices: 10000 }).findings.find((x) => x.code === 'threat-A4')!;
    assert.equal(f.severity, 'info');
  });

  it('§2.3.8: filtering optional only when IoT devices are few and communications are inventoried', () => {
    const spec: PlantSpec = {
      zones: { iot: 'iot-network', ctrl: 'control-info' },
      devices: { s: { kind: 'iot-device', zone: 'iot', count: 4 }, a: ['analysis-server', 'ctrl'] },
      conduits: { c: ['iot', 'ctrl'] },
      measures: [['5-1', 'c'], ['7-1', 'iot']],
    };
    let f = analyze(buildPlant(spec)).findings.find((x) => x.code === 'threat-A4')!;
    assert.ok(!(f.data as { optional: string[] }).optional.includes('8-1'));
    spec.measures!.push(['6-1', 'c']);
    f = analyze(buildPlant(spec)).findings.find((x) => x.code === 'threat-A4')!;
    assert.ok((f.data as { optional: string[] }).optional.includes('8-1'));
    assert.equal(f.severity, 'info');
  });

  it('severity overrides per code, and off drops the finding', () => {
    const a = analyze(buildPlant(MODEL_PLANTS[1]), { severity: { 'threat-A4': 'hint', 'general-measures': 'off' } });
    assert.equal(a.findings.find((f) => f.code === 'threat-A4')!.severity, 'hint');
    assert.equal(a.findings.find((f) => f.code === 'general-measures'), undefined);
  });

  it('coverage: per threat, instances per countermeasure state', () => {
    const spec: PlantSpec = { ...MODEL_PLANTS[1], measures: [['1-1', 'sensors'], ['2-1', 'cameras', 'planned']] };
    const row = analyze(buildPlant(spec)).coverage.find((r) => r.threat === 'A1')!;
    assert.equal(row.instances, 2);
    assert.deepEqual(row.measures.map((m) => [m.id, m.counts.present, m.counts.planned, m.counts.missing]), [
      ['1-1', 1, 0, 1],
      ['2-1', 0, 1, 1],
      ['3-1', 0, 0, 2],
    ]);
  });

  it('counts every chain without listing it: entries x continuing paths, the first 2,000 listed, the worst status over all', () => {
    // k IoT networks and m control networks joined by a hub; w viewers and an analysis server in the hub.
    // Damage 1: each IoT network's sensors chain with its m A4 paths (k x m); each viewer (B1) and the
    // server (B2) reach every A4 path through the hub ((w + 1) x k x m). No B3: no information zone.
    const hub = (k: number, m: number, w: number, defendEntries = false): PlantSpec => {
      const spec: PlantSpec = { zones: { hub: 'generic' }, devices: { srv: ['analysis-server', 'hub'] }, conduits: {}, measures: [] };
      for (let i = 0; i < k; i++) {
        spec.zones[`iot${i}`] = 'iot-network';
        spec.devices![`s${i}`] = { kind: 'iot-device', zone: `iot${i}` };
        spec.conduits![`u${i}`] = [`iot${i}`, 'hub'];
        if (defendEntries) for (const id of ['1-1', '2-1', '3-1']) spec.measures!.push([id, `s${i}`]);
      }
      for (let j = 0; j < m; j++) {
        spec.zones[`ctrl${j}`] = 'control-info';
        spec.conduits![`d${j}`] = ['hub', `ctrl${j}`];
      }
      for (let v = 0; v < w; v++) {
        spec.devices![`v${v}`] = ['viewer', 'hub'];
        if (defendEntries) for (const id of ['1-3', '2-3']) spec.measures!.push([id, `v${v}`]);
      }
      if (defendEntries) for (const id of ['1-4', '2-4']) spec.measures!.push([id, 'srv']);
      return spec;
    };
    const damage1 = (spec: PlantSpec) => analyze(buildPlant(spec)).damages.find((d) => d.damage === 1)!;
    const small = damage1(hub(3, 3, 2));
    assert.equal(small.scenarios.length, 3 * 3 * (2 + 2));
    assert.equal(small.unlisted, undefined);
    // A viewer inside ctrl0 reaches every A4 path but those into ctrl0 itself (the attacker already stands there).
    const inside = hub(3, 3, 0);
    inside.devices!.vc = ['viewer', 'ctrl0'];
    const fromInside = damage1(inside).scenarios.filter((s) => s.steps[0] === 'B1@vc');
    assert.equal(fromInside.length, 3 * 2);
    assert.ok(fromInside.every((s) => s.target !== 'ctrl0'));
    const large = damage1(hub(10, 10, 30));
    assert.equal(large.scenarios.length, 2000);
    assert.equal(large.scenarios.length + large.unlisted!, 10 * 10 * (30 + 2));
    assert.equal(large.status, 'open');
    assert.deepEqual(large.scenarios[0].threats, ['A1', 'A4']);
    // Every entry defended, no path: each chain has exactly one layer, listed or not.
    const oneLayer = damage1(hub(10, 10, 30, true));
    assert.equal(oneLayer.scenarios.length + oneLayer.unlisted!, 10 * 10 * (30 + 2));
    assert.ok(oneLayer.scenarios.every((s) => s.status === 'one-layer'));
    assert.equal(oneLayer.status, 'one-layer');
  });

  it('zone-graph work does not grow with the number of devices', () => {
    const plantWith = (groups: number): PlantSpec => {
      const spec = structuredClone(MODEL_PLANTS[1]);
      for (let i = 0; i < groups; i++) spec.devices![`s${i}`] = { kind: 'iot-device', zone: 'iot-nw', count: 3 };
      return spec;
    };
    const original = RouteModel.prototype.arcsFrom;
    let calls = 0;
    RouteModel.prototype.arcsFrom = function (this: RouteModel, z: string) {
      calls++;
      return original.call(this, z);
    };
    try {
      const work = (n: number) => {
        calls = 0;
        const a = analyze(buildPlant(plantWith(n)));
        assert.equal(a.instances.filter((i) => i.threat === 'A1').length, n + 2);
        return calls;
      };
      assert.equal(work(10), work(2000));
    } finally {
      RouteModel.prototype.arcsFrom = original;
    }
  });
});
