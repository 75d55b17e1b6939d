// Issue "every route counts": each case of the issue, with the right answer. Boundary verdicts go
// through the route model (every route, not the shortest one), never depend on declaration order,
// and keep the format's promises (a boundary ID on a via device, nested zones at a boundary).
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/index';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';
import { buildPlant, type PlantSpec } from './builder';
import { MODEL_PLANTS } from './fixtures';

type Data = { target: string; missing: string[]; planned: string[]; route: string[]; key: string; uncovered: { conduit: string; lacking: string[] }[] };
const all = (fs: readonly Problem[], code: string) => fs.filter((f) => f.code === code);
const one = (fs: readonly Problem[], code: string) => {
  const hits = all(fs, code);
  assert.equal(hits.length, 1, `${code}: ${hits.length} findings`);
  return { f: hits[0], d: hits[0].data as Data };
};
const state = (a: ReturnType<typeof analyze>, threat: string, id: string) => a.instances.find((i) => i.threat === threat)!.measures.find((m) => m.id === id)!.state;

const model1 = (conduits: PlantSpec['conduits'], measures: PlantSpec['measures'] = []): PlantSpec => ({
  zones: { 'iot-nw': 'iot-network', 'ctrl-info': 'control-info', 'info-nw': 'information' },
  devices: {
    sensors: { kind: 'iot-device', zone: 'iot-nw', count: 20 },
    gw: ['iot-gateway', 'iot-nw'],
    fw1: ['firewall', 'ctrl-info'],
    analysis: ['analysis-server', 'info-nw'],
  },
  conduits,
  measures,
});

describe('analysis: every route counts', () => {
  it('case 1: parallel conduits give the same verdict in any order, and the unfiltered bypass is reported', () => {
    const filtered = { between: ['iot-nw', 'ctrl-info'] as [string, string], via: ['fw1'] };
    const bypass: [string, string] = ['iot-nw', 'ctrl-info'];
    const info: [string, string] = ['info-nw', 'ctrl-info'];
    const m: PlantSpec['measures'] = [['ID8-1', 'filtered']];
    const a = analyze(buildPlant(model1({ filtered, bypass, 'info-to-ctrl': info }, m)));
    const b = analyze(buildPlant(model1({ bypass, filtered, 'info-to-ctrl': info }, m)));
    for (const x of [a, b]) {
      const { f, d } = one(x.findings, 'threat-A4');
      assert.equal(d.target, 'bypass');
      assert.ok(d.missing.includes('8-1'));
      assert.match(f.message, /ID8-1 is in place on other routes \(ID8-1 declared on filtered\), but route iot-nw → ctrl-info over bypass lacks it/);
      assert.deepEqual(d.uncovered.map((u) => u.conduit), ['bypass', 'filtered']);
      assert.ok(!d.uncovered[1].lacking.includes('8-1'), 'filtered carries 8-1');
    }
    assert.deepEqual(a.findings.map((f) => f.message).sort(), b.findings.map((f) => f.message).sort());
  });

  it('case 2: a declared boundary ID counts only when the elements carrying it cut every route', () => {
    const spec = model1({ a: ['iot-nw', 'ctrl-info'], b: ['iot-nw', 'ctrl-info'], 'info-to-ctrl': ['info-nw', 'ctrl-info'] }, [['9-1', 'a'], ['10-1', 'a']]);
    let x = analyze(buildPlant(spec));
    assert.equal(state(x, 'A4', '9-1'), 'missing');
    assert.equal(state(x, 'A4', '10-1'), 'missing');
    assert.equal(one(x.findings, 'threat-A4').d.target, 'b');
    // A route through another zone counts too.
    spec.zones.hop = 'generic';
    spec.conduits = { a: ['iot-nw', 'ctrl-info'], h1: ['iot-nw', 'hop'], h2: ['hop', 'ctrl-info'], 'info-to-ctrl': ['info-nw', 'ctrl-info'] };
    spec.measures = [['9-1', 'a'], ['9-1', 'h1']];
    x = analyze(buildPlant(spec));
    assert.equal(state(x, 'A4', '9-1'), 'present', 'a and h1 cut every route');
    spec.measures = [['9-1', 'a']];
    x = analyze(buildPlant(spec));
    assert.equal(state(x, 'A4', '9-1'), 'missing');
    assert.deepEqual(one(x.findings, 'threat-A4').d.route, ['h1', 'h2']);
  });

  it('case 3a: a boundary ID on a device in the conduit\'s via counts for that conduit', () => {
    const x = analyze(buildPlant(model1({ c: { between: ['iot-nw', 'ctrl-info'], via: ['fw1'] }, i: ['info-nw', 'ctrl-info'] }, [['ID8-1', 'fw1'], ['ID6-1', 'fw1']])));
    assert.equal(state(x, 'A4', '8-1'), 'present');
    assert.equal(state(x, 'A4', '6-1'), 'present');
  });

  it('case 3b: a DMZ nested in the control network is part of its side: model 1, A4 on the IoT/DMZ conduit, the DMZ shown', () => {
    const text = [
      'smartfab: 1',
      'models: [1]',
      'zones:',
      '  iot-nw: { kind: iot-network }',
      '  ctrl-info: { kind: control-info, critical: true }',
      '  iot-dmz: { kind: dmz, parent: ctrl-info }',
      '  info-nw: { kind: information }',
      'devices:',
      '  sensors: { kind: iot-device, zone: iot-nw, count: 20 }',
      '  fw: { kind: firewall, zone: iot-dmz }',
      '  analysis: { kind: analysis-server, zone: info-nw }',
      'conduits:',
      '  iot-to-dmz: { between: [iot-nw, iot-dmz], via: [fw] }',
      '  info-to-ctrl: { between: [info-nw, ctrl-info] }',
      '',
    ].join('\n');
    const x = analyze(checkText(text).plant!);
    assert.deepEqual(x.models, [1]);
    assert.equal(all(x.findings, 'model-mismatch').length, 0);
    const { d } = one(x.findings, 'threat-A4');
    assert.equal(d.target, 'iot-to-dmz');
    assert.equal(state(x, 'A4', '8-1'), 'present');
    assert.equal(state(x, 'A4', '9-1'), 'present', 'the route enters the control side at the DMZ');
  });

  it('case 4a: cascaded IoT networks: the route crosses the first, and every device behind counts for §2.3.8', () => {
    const spec: PlantSpec = {
      zones: { 'iot-a': 'iot-network', 'iot-b': 'iot-network', ctrl: 'control-info' },
      devices: { s1: { kind: 'iot-device', zone: 'iot-a', count: 600 }, s2: { kind: 'iot-device', zone: 'iot-b', count: 600 }, srv: ['analysis-server', 'ctrl'] },
      conduits: { ab: ['iot-a', 'iot-b'], bc: ['iot-b', 'ctrl'] },
    };
    const x = analyze(buildPlant(spec));
    const a4 = all(x.findings, 'threat-A4').map((f) => (f.data as Data).key).sort();
    assert.deepEqual(a4, ['A4@iot-a>ctrl', 'A4@iot-b>ctrl']);
    for (const i of x.instances.filter((j) => j.threat === 'A4')) {
      assert.equal(i.measures.find((m) => m.id === '10-1')!.optional, undefined, `${i.key}: 1,200 IoT devices behind the boundary expect an IDS`);
    }
  });

  it('case 4b: an IDS counts only for the conduits and zones it sees', () => {
    const spec: PlantSpec = {
      zones: { iot: 'iot-network', ctrl: 'control-info', office: 'information' },
      devices: { s: ['iot-device', 'iot'], a: ['analysis-server', 'office'], ids: { kind: 'ids', zone: 'ctrl', monitors: ['office-ctrl'] } },
      conduits: { 'iot-ctrl': ['iot', 'ctrl'], 'office-ctrl': ['office', 'ctrl'] },
    };
    const x = analyze(buildPlant(spec));
    assert.equal(state(x, 'A4', '10-1'), 'missing');
    assert.equal(state(x, 'B3', '10-2'), 'present');
  });

  it('case 4c: a VPN counts for the routes it carries, not for the whole WAN zone', () => {
    const spec: PlantSpec = {
      zones: { inet: 'internet', vendor: 'vendor', dmz: 'dmz', ctrl: 'control-info', office: 'information' },
      devices: { vpc: ['vendor-terminal', 'vendor'], ras: ['remote-access-server', 'dmz'], pc: ['viewer', 'office'] },
      conduits: {
        'vendor-inet': { between: ['vendor', 'inet'], vpn: true },
        'inet-dmz': { between: ['inet', 'dmz'], vpn: true },
        'office-inet': ['office', 'inet'],
        'dmz-ctrl': ['dmz', 'ctrl'],
      },
    };
    const x = analyze(buildPlant(spec));
    assert.equal(state(x, 'I1', '11-3'), 'present');
    assert.equal(state(x, 'J1', '11-3'), 'present');
    spec.conduits!['inet-dmz-2'] = ['inet', 'dmz'];
    const y = analyze(buildPlant(spec));
    assert.equal(state(y, 'I1', '11-3'), 'missing');
    assert.match(one(y.findings, 'threat-I1').f.message, /VPN on inet-dmz/);
  });

  it('case 5: the text wins: planned stays planned although an IDS sits on the conduit, and the contradiction is reported', () => {
    const spec: PlantSpec = {
      zones: { iot: 'iot-network', ctrl: 'control-info' },
      devices: { s: ['iot-device', 'iot'], a: ['analysis-server', 'ctrl'], ids: ['ids', 'ctrl'] },
      conduits: { c: { between: ['iot', 'ctrl'], via: ['ids'] } },
      measures: [['10-1', 'c', 'planned']],
    };
    const x = analyze(buildPlant(spec));
    assert.equal(state(x, 'A4', '10-1'), 'planned');
    const { f } = one(x.findings, 'planned-but-shown');
    assert.match(f.message, /ID10-1 is declared planned on c.*IDS\/IPS on c \(ids\)/);
  });

  it('case 6: an entry a path continues is chained (C2 then C3); a damage without scenarios is not exhibited', () => {
    const x = analyze(buildPlant(MODEL_PLANTS[2]));
    const d3 = x.damages.find((d) => d.damage === 3)!;
    assert.ok(d3.scenarios.some((s) => s.threats.join('+') === 'C2+C3'), d3.scenarios.map((s) => s.threats.join('+')).join(' '));
    const y = analyze(buildPlant({ zones: { office: 'information' }, devices: { v: ['viewer', 'office'] }, models: [2] }));
    assert.equal(y.damages.find((d) => d.damage === 4)!.status, 'not-exhibited');
  });

  it('case 7: an IoT network cabled into the control network is model 1 even before an analysis server is drawn', () => {
    const x = analyze(buildPlant({
      zones: { iot: 'iot-network', ctrl: 'control-info' },
      devices: { s: { kind: 'iot-device', zone: 'iot', count: 5 } },
      conduits: { c: ['iot', 'ctrl'] },
    }));
    assert.deepEqual(x.models, [1]);
    assert.ok(all(x.findings, 'threat-A4').length === 1 && all(x.findings, 'threat-A1').length === 1);
  });
});

describe('analysis: format additions at work', () => {
  it('direction: a data diode from the control network out lets no route in; a flow must follow it', () => {
    const spec: PlantSpec = {
      zones: { iot: 'iot-network', ctrl: 'control-info', office: 'information' },
      devices: { s: ['iot-device', 'iot'], scada: ['hmi', 'ctrl'], a: ['analysis-server', 'office'] },
      conduits: { diode: { between: ['ctrl', 'office'], direction: 'one-way' }, c: ['iot', 'ctrl'] },
      flows: [['scada', 'a', 'one-way'], ['a', 'scada']],
    };
    const x = analyze(buildPlant(spec));
    assert.equal(all(x.findings, 'threat-B3').length, 0, 'no route from the office into the control network');
    assert.deepEqual(all(x.findings, 'flow-without-conduit').map((f) => (f.data as { flow: string }).flow), ['a->scada']);
    assert.match(all(x.findings, 'flow-without-conduit')[0].message, /one-way conduit/);
  });

  it('wireless: none: a wired gateway in a wireless zone is no wireless entry (A2), a wireless one is', () => {
    const spec: PlantSpec = {
      zones: { iot: { kind: 'iot-network', wireless: 'wifi' }, ctrl: 'control-info' },
      devices: { gw: { kind: 'iot-gateway', zone: 'iot', wired: true }, s: ['iot-device', 'iot'] },
      conduits: { c: ['iot', 'ctrl'] },
    };
    assert.equal(all(analyze(buildPlant(spec)).findings, 'threat-A2').length, 0);
    spec.devices!.gw = { kind: 'iot-gateway', zone: 'iot' };
    assert.equal(all(analyze(buildPlant(spec)).findings, 'threat-A2').length, 1);
  });

  it('parses direction, monitors and wireless: none from YAML', () => {
    const r = checkText([
      'smartfab: 1',
      'zones:',
      '  a: { kind: iot-network, wireless: wifi }',
      '  b: { kind: control-info }',
      'devices:',
      '  gw: { kind: iot-gateway, zone: a, wireless: none }',
      '  ids: { kind: ids, zone: b, monitors: [a, up] }',
      'conduits:',
      '  up: { between: [a, b], direction: one-way }',
      'flows:',
      '  - { from: gw, to: ids, direction: one-way }',
      '',
    ].join('\n'));
    assert.deepEqual(r.problems.filter((p) => p.severity === 'error' && !p.code.startsWith('threat-')).map((p) => p.code), []);
    const p = r.plant!;
    assert.equal(p.devices[0].wired, true);
    assert.equal(p.devices[0].wireless, undefined);
    assert.deepEqual(p.devices[1].monitors?.map((m) => m.value), ['a', 'up']);
    assert.equal(p.conduits[0].direction, 'one-way');
    assert.equal(p.flows[0].direction, 'one-way');
  });
});

describe('analysis: topology findings beyond the tables', () => {
  it('purdue-bypass: level 4-5 reaching level 0-1 without a level 3/3.5 zone', () => {
    const spec: PlantSpec = {
      zones: { office: 'information', ctrl: 'control-info', field: 'control-field', cell: { kind: 'generic', level: 2 } },
      conduits: { oc: ['office', 'ctrl'], cf: ['ctrl', 'field'] },
    };
    assert.equal(all(analyze(buildPlant(spec)).findings, 'purdue-bypass').length, 0);
    spec.conduits!.shortcut = ['office', 'cell'];
    spec.conduits!.down = ['cell', 'field'];
    const { f, d } = one(analyze(buildPlant(spec)).findings, 'purdue-bypass');
    assert.equal(d.target, 'down');
    assert.deepEqual(d.route, ['shortcut', 'down']);
    assert.match(f.message, /office \(Purdue level 4\) to field \(level 1\)/);
    spec.zones.cell = { kind: 'generic', level: 3 };
    assert.equal(all(analyze(buildPlant(spec)).findings, 'purdue-bypass').length, 0, 'a declared level 3 zone on the way');
  });

  it('wireless-in-control: an access point inside a control network (§2.3.7 measure 4)', () => {
    const x = analyze(buildPlant({ zones: { ctrl: 'control-info', sub: { kind: 'generic', parent: 'ctrl' } }, devices: { ap: { kind: 'wireless-ap', zone: 'sub', wireless: 'wifi' } } }));
    const { f } = one(x.findings, 'wireless-in-control');
    assert.match(f.message, /ap sits inside control network ctrl.*§2\.3\.7/);
  });

  it('field-direct-conduit: a DMZ or patch server straight into the field side', () => {
    const x = analyze(buildPlant({
      zones: { dmz: 'dmz', lan: 'generic', field: 'control-field', ctrl: 'control-info' },
      devices: { p: ['patch-server', 'lan'] },
      conduits: { a: ['dmz', 'field'], b: ['lan', 'field'], c: ['ctrl', 'field'], d: { between: ['field', 'dmz'], direction: 'one-way' } },
    }));
    assert.deepEqual(all(x.findings, 'field-direct-conduit').map((f) => (f.data as { conduit: string }).conduit), ['a', 'b']);
  });

  it('dmz-bypassed names every bypassing route', () => {
    const x = analyze(buildPlant({
      zones: { iot: 'iot-network', dmz: 'dmz', ctrl: 'control-info' },
      devices: { s: ['iot-device', 'iot'] },
      conduits: { i1: ['iot', 'dmz'], i2: ['dmz', 'ctrl'], by1: ['iot', 'ctrl'], by2: ['iot', 'ctrl'] },
    }));
    const { f } = one(x.findings, 'dmz-bypassed');
    assert.deepEqual((f.data as { bypasses: { conduit: string }[] }).bypasses.map((b) => b.conduit), ['by1', 'by2']);
    assert.match(f.message, /Also bypassed: route iot → ctrl/);
  });
});
