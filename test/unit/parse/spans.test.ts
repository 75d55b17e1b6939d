import { strict as assert } from 'node:assert';
import { checkText } from '../../../src/core/check';
import type { Span } from '../../../src/core/model/plant';
import { elementAt, nodeAt, pathAt, referenceAt, referencesTo } from '../../../src/core/parse/index';

/** Format checks only: the threat analysis has its own tests. */
const vcheck = (text: string) => checkText(text, { analysis: false });

const text = `smartfab: 1
plant: { name: Spans }
models: [1, 6]
zones:
  iot-nw:
    kind: iot-network
    wireless: wifi
  ctrl:
    kind: control-info
    critical: true
  dmz: { kind: dmz, parent: ctrl, level: 3.5, sl: 2 }
devices:
  sensors:
    kind: iot-device
    zone: iot-nw
    count: 200
  fw1: { kind: firewall, zone: dmz }
conduits:
  iot-ctrl:
    between: [iot-nw, "ctrl"]
    via: [fw1]
    vpn: false
flows:
  - from: sensors
    to: fw1
    protocol: mqtt
  - { id: second, from: fw1, to: sensors }
countermeasures:
  - measure: ID8-1
    target: iot-ctrl
    status: planned
`;

const slice = (s: Span | undefined) => (s ? text.slice(s.start, s.end) : undefined);
const r = vcheck(text);
const plant = r.plant!;

describe('parse: plant model with exact spans', () => {
  it('parses the sample without problems', () => assert.deepEqual(r.problems, []));

  it('keeps metadata, models and every zone field', () => {
    assert.equal(plant.version, 1);
    assert.deepEqual(plant.meta, { name: 'Spans' });
    assert.deepEqual(plant.models!.map((m) => [m.value, slice(m.span)]), [[1, '1'], [6, '6']]);
    const [iot, ctrl, dmz] = plant.zones;
    assert.equal(slice(iot.idSpan), 'iot-nw');
    assert.equal(slice(iot.span), 'iot-nw:\n    kind: iot-network\n    wireless: wifi');
    assert.equal(slice(iot.kindSpan), 'iot-network');
    assert.equal(iot.wireless, 'wifi');
    assert.equal(ctrl.critical, true);
    assert.deepEqual([dmz.kind, dmz.parent?.value, slice(dmz.parent?.span), dmz.level, dmz.securityLevel], ['dmz', 'ctrl', 'ctrl', 3.5, 2]);
    assert.equal(slice(dmz.span), 'dmz: { kind: dmz, parent: ctrl, level: 3.5, sl: 2 }');
  });

  it('locates devices, conduit ends (quotes included) and via', () => {
    const [sensors, fw1] = plant.devices;
    assert.deepEqual([sensors.kind, sensors.count, sensors.zone.value, slice(sensors.zone.span)], ['iot-device', 200, 'iot-nw', 'iot-nw']);
    assert.equal(fw1.count, 1);
    const c = plant.conduits[0];
    assert.deepEqual([c.from.value, slice(c.from.span), c.to.value, slice(c.to.span)], ['iot-nw', 'iot-nw', 'ctrl', '"ctrl"']);
    assert.deepEqual(c.via.map((v) => slice(v.span)), ['fw1']);
    assert.equal(c.vpn, false);
  });

  it('names flows from->to unless they have an id, and normalises countermeasure IDs', () => {
    assert.deepEqual(plant.flows.map((f) => f.id), ['sensors->fw1', 'second']);
    assert.equal(slice(plant.flows[0].span), 'from: sensors\n    to: fw1\n    protocol: mqtt');
    const m = plant.measures[0];
    assert.deepEqual([m.measure.value, slice(m.measure.span), m.target.value, m.status, slice(m.statusSpan)], ['8-1', 'ID8-1', 'iot-ctrl', 'planned', 'planned']);
  });
});

describe('parse: offset lookups for the language server', () => {
  const at = (needle: string, delta = 0) => text.indexOf(needle) + delta;

  it('nodeAt finds keys and values with their path', () => {
    const key = nodeAt(r.source, at('kind: iot-network', 1))!;
    assert.deepEqual([key.onKey, key.path], [true, ['zones', 'iot-nw', 'kind']]);
    const value = nodeAt(r.source, at('iot-network', 3))!;
    assert.deepEqual([value.onKey, value.path, slice(value.span)], [false, ['zones', 'iot-nw', 'kind'], 'iot-network']);
    assert.deepEqual(pathAt(r.source, at('"ctrl"', 2)), ['conduits', 'iot-ctrl', 'between', 1]);
    assert.deepEqual(pathAt(r.source, at('mqtt')), ['flows', 0, 'protocol']);
    assert.deepEqual(pathAt(r.source, text.length + 10), []);
  });

  it('an empty value being typed (`kind: |`) is found with its path, for completion', () => {
    const t = 'smartfab: 1\nzones:\n  a:\n    kind: \n';
    const hit = nodeAt(vcheck(t).source, t.indexOf('kind: ') + 6)!;
    assert.deepEqual([hit.path, hit.onKey], [['zones', 'a', 'kind'], false]);
  });

  it('elementAt / referenceAt / referencesTo resolve elements and uses of ids', () => {
    assert.equal((elementAt(plant, at('count: 200')) as { id: string }).id, 'sensors');
    const ref = referenceAt(plant, at('zone: iot-nw', 8))!;
    assert.deepEqual([ref.role, ref.value, ref.expects], ['device-zone', 'iot-nw', 'zone']);
    assert.deepEqual(referencesTo(plant, 'fw1').map((x) => x.role), ['conduit-via', 'flow-end', 'flow-end']);
    assert.equal(referenceAt(plant, at('smartfab')), undefined);
  });
});
