// Guidance rules (own codes, lower severity): §3.2 wireless, §2.2 once per plant, topology rules,
// §2.3.8 IPS availability; plus model inference and the model-mismatch finding.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/index';
import type { Problem } from '../../../src/core/diagnostics';
import { buildPlant, type PlantSpec } from './builder';
import { MODEL_PLANTS } from './fixtures';

const codes = (fs: readonly Problem[], code: string) => fs.filter((f) => f.code === code);

describe('analysis: guidance rules', () => {
  it('wireless-lorawan: info when a DMZ separates it, warning naming the control zone otherwise', () => {
    const spec: PlantSpec = {
      zones: { lora: { kind: 'iot-network', wireless: 'lorawan' }, dmz: 'dmz', ctrl: 'control-info' },
      conduits: { a: ['lora', 'dmz'], b: ['dmz', 'ctrl'] },
    };
    let f = codes(analyze(buildPlant(spec)).findings, 'wireless-lorawan');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, /§3\.2\.2/);
    spec.conduits!.c = ['lora', 'ctrl'];
    f = codes(analyze(buildPlant(spec)).findings, 'wireless-lorawan');
    assert.equal(f[0].severity, 'warning');
    assert.deepEqual((f[0].data as { unseparated: string[] }).unseparated, ['ctrl']);
  });

  it('wireless-local-5g: from a device using Local 5G, once per zone', () => {
    const spec: PlantSpec = {
      zones: { l5g: 'iot-network', ctrl: 'control-info' },
      devices: { a: { kind: 'iot-device', zone: 'l5g', wireless: 'local-5g' }, b: { kind: 'iot-device', zone: 'l5g', wireless: 'local-5g' } },
      conduits: { c: ['l5g', 'ctrl'] },
    };
    const f = codes(analyze(buildPlant(spec)).findings, 'wireless-local-5g');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /§3\.2\.3.*SIM/);
  });

  it('general-measures: once per plant, info, citing §2.2', () => {
    const f = codes(analyze(buildPlant(MODEL_PLANTS[1])).findings, 'general-measures');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, /§2\.2/);
  });

  it('wan-unfiltered: a WAN reaching a control network with no filtering device on the way', () => {
    const spec: PlantSpec = {
      zones: { inet: 'internet', office: 'information', ctrl: 'control-info' },
      devices: { fw: ['firewall', 'office'] },
      conduits: { up: ['inet', 'office'], down: ['office', 'ctrl'] },
    };
    const f = codes(analyze(buildPlant(spec)).findings, 'wan-unfiltered');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.deepEqual((f[0].data as { route: string[] }).route, ['up', 'down']);
    spec.conduits!.down = { between: ['office', 'ctrl'], via: ['fw'] };
    assert.equal(codes(analyze(buildPlant(spec)).findings, 'wan-unfiltered').length, 0);
  });

  it('flow-without-conduit and conduit-unused (measure 6)', () => {
    const spec: PlantSpec = {
      zones: { a: 'information', b: 'control-info', c: 'generic', d: 'generic' },
      devices: { x: ['viewer', 'a'], y: ['hmi', 'b'], z: ['generic', 'c'], w: ['generic', 'd'] },
      conduits: { ab: ['a', 'b'], bc: ['b', 'c'] },
      flows: [['x', 'y'], ['x', 'w']],
    };
    const fs = analyze(buildPlant(spec)).findings;
    assert.deepEqual(codes(fs, 'flow-without-conduit').map((f) => (f.data as { flow: string }).flow), ['x->w']);
    const unused = codes(fs, 'conduit-unused');
    assert.deepEqual(unused.map((f) => (f.data as { conduit: string }).conduit), ['bc']);
    assert.deepEqual(unused[0].tags, ['unnecessary']);
  });

  it('conduit-unused is silent when the plant models no flows', () => {
    assert.equal(codes(analyze(buildPlant(MODEL_PLANTS[2])).findings, 'conduit-unused').length, 0);
  });

  it('ips-availability: an IPS on a conduit into a critical control network', () => {
    const spec: PlantSpec = {
      zones: { iot: 'iot-network', ctrl: { kind: 'control-info', critical: true } },
      devices: { ips: ['ips', 'iot'] },
      conduits: { c: { between: ['iot', 'ctrl'], via: ['ips'] } },
    };
    const f = codes(analyze(buildPlant(spec)).findings, 'ips-availability');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /§2\.3\.8/);
    spec.zones.ctrl = 'control-info';
    assert.equal(codes(analyze(buildPlant(spec)).findings, 'ips-availability').length, 0);
  });
});

describe('analysis: models', () => {
  it('infers every model of a combined plant (1 + 4 + 5 + 6)', () => {
    const spec: PlantSpec = {
      zones: {
        ...MODEL_PLANTS[1].zones,
        ...MODEL_PLANTS[4].zones,
        ...MODEL_PLANTS[5].zones,
        ...MODEL_PLANTS[6].zones,
      },
      devices: { ...MODEL_PLANTS[1].devices, ...MODEL_PLANTS[4].devices, ...MODEL_PLANTS[5].devices, ...MODEL_PLANTS[6].devices },
      conduits: { ...MODEL_PLANTS[1].conduits, ...MODEL_PLANTS[4].conduits, ...MODEL_PLANTS[5].conduits, ...MODEL_PLANTS[6].conduits },
    };
    spec.zones['ctrl-info'] = 'control-info';
    const a = analyze(buildPlant(spec));
    assert.deepEqual(a.models, [1, 4, 5, 6]);
    const threats = new Set(a.instances.map((i) => i.threat));
    for (const t of ['A1', 'A4', 'B3', 'I1', 'I4', 'J3', 'K2', 'L2']) assert.ok(threats.has(t), t);
    assert.ok(!threats.has('E1') && !threats.has('D1'));
    assert.deepEqual(a.damages.map((d) => d.damage), [1, 2, 10, 11, 12, 13]);
  });

  it('model-mismatch: declared but not shown (warning), shown but not declared (info)', () => {
    const spec = { ...MODEL_PLANTS[1], models: [1, 5] };
    const a = analyze(buildPlant(spec));
    const mm = a.findings.filter((f) => f.code === 'model-mismatch');
    assert.equal(mm.length, 1);
    assert.equal(mm[0].severity, 'warning');
    assert.match(mm[0].message, /patch distribution server/);
    assert.deepEqual(a.models, [1, 5]);
    const b = analyze(buildPlant({ ...MODEL_PLANTS[6], models: [6], devices: { ...MODEL_PLANTS[6].devices, p: ['patch-server', 'ctrl-info'] } }));
    const mm2 = b.findings.filter((f) => f.code === 'model-mismatch');
    assert.deepEqual(mm2.map((f) => [f.severity, (f.data as { model: number }).model]), [['info', 5]]);
  });

  it('a declared model adds its threats where the topology has the elements', () => {
    // A viewer alone does not make model 2, but declaring it brings C1 onto the viewer.
    const a = analyze(buildPlant({ zones: { office: 'information' }, devices: { v: ['viewer', 'office'] }, models: [2] }));
    assert.deepEqual(a.instances.map((i) => i.threat), ['C1']);
  });
});
