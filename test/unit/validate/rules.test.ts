// Each validation rule: its code, its span (the offending reference or key) and a clear message.
import { strict as assert } from 'node:assert';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';

/** Format checks only: the threat analysis has its own tests. */
const vcheck = (text: string) => checkText(text, { analysis: false });

const BASE = `smartfab: 1
zones:
  iot: { kind: iot-network }
  ctrl: { kind: control-info }
  office: { kind: information }
devices:
  gw: { kind: iot-gateway, zone: iot }
  viewer: { kind: viewer, zone: office }
  fw: { kind: firewall, zone: ctrl }
conduits:
  iot-ctrl: { between: [iot, ctrl], via: [fw] }
  office-ctrl: { between: [office, ctrl] }
`;

function check(extra: string): { text: string; problems: Problem[]; at: (p: Problem) => string } {
  const text = BASE + extra;
  const { problems } = vcheck(text);
  return { text, problems, at: (p) => text.slice(p.span.start, p.span.end) };
}

const only = (problems: Problem[], code: string) => problems.filter((p) => p.code === code);

describe('validate: cross-element rules', () => {
  it('the base plant is clean', () => assert.deepEqual(check('').problems, []));

  it('duplicate-id across zones, devices, conduits and flow ids, pointing at the later one', () => {
    const { problems, at, text } = check('flows:\n  - { id: gw, from: gw, to: viewer }\n');
    const dup = only(problems, 'duplicate-id');
    assert.equal(dup.length, 1);
    assert.match(dup[0].message, /'gw'.*device/);
    assert.ok(at(dup[0]).includes('id: gw'));
    assert.equal(dup[0].related![0].span.start, text.indexOf('gw:'));
    const again = vcheck(BASE.replace('conduits:\n  iot-ctrl', 'conduits:\n  viewer')).problems;
    assert.deepEqual(only(again, 'duplicate-id').map((p) => p.data?.firstSort), ['device']);
  });

  it('unknown-zone at the device\'s zone value', () => {
    const text = BASE.replace('zone: office', 'zone: ofice');
    const p = only(vcheck(text).problems, 'unknown-zone')[0];
    assert.equal(text.slice(p.span.start, p.span.end), 'ofice');
    assert.match(p.message, /Device 'viewer'.*'ofice'/);
  });

  it('dangling-ref at the reference, saying what kind was expected', () => {
    const { problems, at } = check('flows:\n  - { from: gw, to: nobody }\n  - { from: iot, to: gw }\ncountermeasures:\n  - { measure: ID1-1, target: ghost }\n');
    const d = only(problems, 'dangling-ref');
    assert.deepEqual(d.map(at), ['nobody', 'iot', 'ghost']);
    assert.match(d[1].message, /'iot' is a zone, but a device is expected/);
    const via = vcheck(BASE.replace('via: [fw]', 'via: [ctrl]')).problems;
    assert.match(only(via, 'dangling-ref')[0].message, /'ctrl' is a zone, but a device/);
  });

  it('self-conduit at the repeated zone', () => {
    const { problems, at } = check('  loop: { between: [iot, iot] }\n');
    const p = only(problems, 'self-conduit')[0];
    assert.equal(at(p), 'iot');
    assert.match(p.message, /loop.*itself/);
  });

  it('parent-cycle when zones nest in each other', () => {
    const text = BASE.replace('iot: { kind: iot-network }', 'iot: { kind: iot-network, parent: ctrl }').replace('ctrl: { kind: control-info }', 'ctrl: { kind: control-info, parent: iot }');
    assert.equal(only(vcheck(text).problems, 'parent-cycle').length, 2);
  });
});

describe('validate: countermeasures against the catalogue', () => {
  it('unknown-measure for well-formed IDs the report does not define', () => {
    const { problems, at } = check('countermeasures:\n  - { measure: ID99-1, target: gw }\n  - { measure: 8-42, target: iot-ctrl }\n');
    assert.deepEqual(only(problems, 'unknown-measure').map(at), ['ID99-1', '8-42']);
  });

  it('malformed IDs are schema-pattern problems only', () => {
    const { problems } = check('countermeasures:\n  - { measure: firewall, target: gw }\n');
    assert.deepEqual(problems.map((p) => p.code), ['schema-pattern']);
  });

  it('measure-target-kind: ID4-1 (IoT gateway) on a viewer', () => {
    const { problems, at } = check('countermeasures:\n  - { measure: ID4-1, target: viewer }\n');
    const p = only(problems, 'measure-target-kind')[0];
    assert.equal(at(p), 'viewer');
    assert.match(p.message, /ID4-1.*iot-gateway.*viewer/);
  });

  it('device, network and boundary targets accept the right elements', () => {
    const ok = check(`countermeasures:
  - { measure: ID4-1, target: gw }
  - { measure: ID7-1, target: iot }
  - { measure: ID8-1, target: iot-ctrl }
  - { measure: ID8-1, target: fw }
  - { measure: id8-2, target: office-ctrl }
`);
    assert.deepEqual(ok.problems, []);
    const bad = check(`countermeasures:
  - { measure: ID7-1, target: office }
  - { measure: ID8-1, target: office-ctrl }
  - { measure: ID8-2, target: fw }
  - { measure: ID1-1, target: iot }
`);
    assert.deepEqual(only(bad.problems, 'measure-target-kind').map(bad.at), ['office', 'office-ctrl', 'fw', 'iot']);
  });

  it('a zone nested with parent counts as its parent at a boundary', () => {
    const text = BASE.replace('  office: { kind: information }', '  office: { kind: information }\n  dmz: { kind: dmz, parent: ctrl }') + '  iot-dmz: { between: [iot, dmz] }\ncountermeasures:\n  - { measure: ID9-1, target: iot-dmz }\n';
    assert.deepEqual(vcheck(text).problems, []);
  });

  it('missing-reason for not-applicable without a reason, at the status', () => {
    const { problems, at } = check('countermeasures:\n  - { measure: ID10-1, target: iot-ctrl, status: not-applicable }\n  - { measure: ID8-1, target: iot-ctrl, status: not-applicable, reason: Four sensors only }\n');
    assert.deepEqual(only(problems, 'missing-reason').map(at), ['not-applicable']);
  });

  it('duplicate-measure warns on the same ID twice for the same target', () => {
    const { problems } = check('countermeasures:\n  - { measure: ID8-1, target: iot-ctrl }\n  - { measure: 8-1, target: iot-ctrl }\n');
    assert.deepEqual(problems.map((p) => [p.code, p.severity]), [['duplicate-measure', 'warning']]);
  });
});

describe('validate: device keys with no effect on the kind (ignored-property)', () => {
  const plant = (devices: string) => `smartfab: 1
zones:
  iot: { kind: iot-network }
  ctrl: { kind: control-info }
devices:
${devices}
conduits:
  c: { between: [iot, ctrl] }
`;
  const ignored = (devices: string): Record<string, unknown>[] => {
    const text = plant(devices);
    return only(vcheck(text).problems, 'ignored-property').map((p) => ({ at: text.slice(p.span.start, p.span.end), ...(p.data as Record<string, unknown>) }));
  };

  it('monitors on a device that is no IDS/IPS is reported at the key; on an IDS or IPS it is read', () => {
    assert.deepEqual(ignored('  fw: { kind: firewall, zone: ctrl, monitors: [c] }\n'), [{ at: 'monitors', device: 'fw', kind: 'firewall', property: 'monitors', reason: 'not-detection' }]);
    assert.deepEqual(ignored('  ids: { kind: ids, zone: ctrl, monitors: [c] }\n  ips: { kind: ips, zone: ctrl, monitors: [ctrl] }\n'), []);
  });

  it('filtering: true counts only on a switch or router; filtering: false on a firewall or IPS is no way to turn it off', () => {
    assert.deepEqual(ignored('  s: { kind: switch, zone: ctrl, filtering: true }\n  r: { kind: router, zone: ctrl, filtering: false }\n'), []);
    assert.deepEqual(ignored('  gw: { kind: iot-gateway, zone: iot, filtering: true }\n').map((p) => p.reason), ['not-filtering']);
    assert.deepEqual(ignored('  gw: { kind: iot-gateway, zone: iot, filtering: false }\n'), []);
    assert.deepEqual(ignored('  fw: { kind: firewall, zone: ctrl, filtering: false }\n').map((p) => [p.at, p.reason]), [['filtering', 'always-filtering']]);
    assert.deepEqual(ignored('  fw: { kind: firewall, zone: ctrl, filtering: true }\n'), []);
  });
});
