// Behaviour beyond the golden texts: idempotence, errors as values, updates in place, style detection.
import assert from 'node:assert/strict';
import * as E from '../../../src/core/edit/index';
import { Source } from '../../../src/core/edit/source';
import { applied, assertValid, errorOf, input } from './helpers';

const block = input('block-2.yaml');
const block4 = input('block-4.yaml');
const flow = input('flow.yaml');

describe('edit: idempotence', () => {
  const twice = (text: string, op: (t: string) => E.EditResult): void => {
    const once = applied(text, op(text));
    assert.deepEqual(op(once), { edits: [] }, 'the second run changes nothing');
  };
  for (const [name, text] of Object.entries({ block, block4, flow })) {
    it(`${name}: adding the same countermeasure entries twice`, () =>
      twice(text, (t) => E.addMeasureEntries(t, [{ measure: '8-1', target: 'iot-ctrl', status: 'planned' }])));
    it(`${name}: setting a status twice`, () => twice(text, (t) => E.setMeasureStatus(t, 'ID8-1', 'iot-ctrl', 'not-applicable')));
    it(`${name}: VPN on twice`, () => twice(text, (t) => E.setConduitVpn(t, 'iot-ctrl', true)));
    it(`${name}: moving a device twice`, () => twice(text, (t) => E.moveDevice(t, 'sensors', 'ctrl-info')));
  }
  it('VPN off on a conduit without vpn changes nothing', () => assert.deepEqual(E.setConduitVpn(block, 'iot-ctrl', false), { edits: [] }));
  it('a DMZ is not inserted twice on the same conduit', () => {
    const once = applied(block, E.insertDmz(block, 'iot-ctrl'));
    assert.match(errorOf(E.insertDmz(once, 'iot-ctrl')), /already ends in a DMZ/);
  });
});

describe('edit: countermeasure entries', () => {
  it('matches ID8-1 and 8-1 as the same measure and skips duplicates in the input', () => {
    const r = E.addMeasureEntries(block4, [
      { measure: 'ID8-1', target: 'iot-ctrl', status: 'implemented' },
      { measure: '9-1', target: 'iot-ctrl', status: 'planned' },
      { measure: 'ID9-1', target: 'iot-ctrl', status: 'planned' },
    ]);
    const out = applied(block4, r);
    assert.equal(out.match(/9-1/g)?.length, 1);
    assert.match(out, /measure: 8-1\n {4}target: iot-ctrl\n {4}status: planned/);
  });
  it('updates the status in place when asked, keeping the other lines', () => {
    const out = applied(block4, E.addMeasureEntries(block4, [{ measure: '8-1', target: 'iot-ctrl', status: 'implemented', evidence: 'FW rules v3' }], { updateExisting: true }));
    assert.match(out, /-   measure: 8-1\n {4}target: iot-ctrl\n {4}status: implemented\n {4}evidence: FW rules v3\n$/);
  });
  it('never overwrites a written reason with the placeholder', () => {
    const na = applied(block, E.setMeasureStatus(block, '8-1', 'iot-ctrl', 'not-applicable', 'Four sensors only'));
    const again = applied(na, E.setMeasureStatus(na, '8-1', 'iot-ctrl', 'not-applicable'));
    assert.equal(again, na);
    assert.match(na, /reason: Four sensors only/);
  });
  it('rejects malformed IDs and statuses', () => {
    assert.match(errorOf(E.addMeasureEntries(block, [{ measure: 'eight', target: 'x', status: 'planned' }])), /not a countermeasure ID/);
    assert.match(errorOf(E.addMeasureEntries(block, [{ measure: '8-1', target: 'x', status: 'done' as never }])), /not a status/);
  });
});

describe('edit: errors are values', () => {
  it('refuses text with YAML syntax errors', () => assert.match(errorOf(E.addZone('zones: [\n', 'a', 'generic')), /syntax errors/));
  it('refuses a document that is not a mapping', () => assert.match(errorOf(E.addZone('- a\n', 'a', 'generic')), /expected a mapping/));
  it('reports unknown elements', () => {
    assert.match(errorOf(E.insertDmz(block, 'nope')), /no conduit "nope"/);
    assert.match(errorOf(E.moveDevice(block, 'sensors', 'nope')), /no zone "nope"/);
    assert.match(errorOf(E.addDevice(block, 'd1', 'hmi', 'nope')), /no zone "nope"/);
    assert.match(errorOf(E.addFlow(block, 'sensors', 'nope')), /no device "nope"/);
    assert.match(errorOf(E.deleteElement(block, 'nope')), /no element "nope"/);
    assert.match(errorOf(E.renameElement(block, 'nope', 'x')), /no element "nope"/);
  });
  it('validates new ids', () => {
    assert.match(errorOf(E.renameElement(block, 'sensors', 'hmi1')), /already used/);
    assert.match(errorOf(E.renameElement(block, 'sensors', 'has space')), /not a valid id/);
    assert.match(errorOf(E.renameElement(block, 'sensors', 'true')), /number or boolean/);
    assert.match(errorOf(E.addZone(block, '', 'generic')), /empty/);
    assert.match(errorOf(E.addZone(block, 'z', 'moon' as never)), /not a zone kind/);
    assert.match(errorOf(E.addConduit(block, 'c', 'office', 'office')), /two different zones/);
  });
  it('refuses to delete a zone that still holds devices unless cascading', () => {
    assert.match(errorOf(E.deleteElement(block, 'iot-nw')), /still contains sensors/);
    const out = applied(block, E.deleteElement(block, 'iot-nw', { cascade: true }));
    assert.doesNotMatch(out, /iot-nw|sensors/);
    assertValid(block, out);
  });
  it('renaming to the same id changes nothing', () => assert.deepEqual(E.renameElement(block, 'sensors', 'sensors'), { edits: [] }));
});

describe('edit: references', () => {
  it('deleting a device removes it from via lists (writing [] when the list empties) and its flows', () => {
    const withFw = applied(block, E.insertFilteringDevice(block, 'iot-ctrl', { deviceId: 'fw1' }));
    const out = applied(withFw, E.deleteElement(withFw, 'fw1'));
    assert.match(out, /between: \[iot-nw, ctrl-info\]\n {4}via: \[\]\n/);
    assertValid(withFw, out);
    const out4 = applied(block4, E.deleteElement(block4, 'gw'));
    assert.doesNotMatch(out4, /gw/);
    assert.match(out4, /via: \[\]/);
  });
  it('deleting a zone removes parent: of nested zones', () => {
    const text = 'smartfab: 1\nzones:\n  a:\n    kind: control-info\n  d:\n    kind: dmz\n    parent: a  # nested\n';
    assert.equal(applied(text, E.deleteElement(text, 'a')), 'smartfab: 1\nzones:\n  d:\n    kind: dmz\n');
  });
  it('renames flow ids and keeps quoting valid', () => {
    const text = "smartfab: 1\nflows:\n  - id: f1\n    from: 'a'\n    to: \"b\"\n";
    assert.equal(applied(text, E.renameElement(text, 'f1', 'f2')), "smartfab: 1\nflows:\n  - id: f2\n    from: 'a'\n    to: \"b\"\n");
  });
  it('a deletion between blank-line separated entries leaves one blank line', () => {
    const text = 'zones:\n  a:\n    kind: generic\n\n  b:\n    kind: generic\n\n  c:\n    kind: generic\n';
    assert.equal(applied(text, E.deleteElement(text, 'b')), 'zones:\n  a:\n    kind: generic\n\n  c:\n    kind: generic\n');
  });
});

describe('edit: sections and style', () => {
  it('creates missing sections at the end, once, in an empty file', () => {
    const out = applied('', E.addZone('', 'a', 'generic'));
    assert.equal(out, 'zones:\n  a:\n    kind: generic\n');
  });
  it('fills an empty section key (`zones:` or `zones: ~`) under the key', () => {
    assert.equal(applied('zones:\ndevices:\n', E.addZone('zones:\ndevices:\n', 'a', 'generic')), 'zones:\n  a:\n    kind: generic\ndevices:\n');
    assert.equal(applied('zones: ~  # none yet\n', E.addZone('zones: ~  # none yet\n', 'a', 'generic')), 'zones:  # none yet\n  a:\n    kind: generic\n');
  });
  it('fills an empty `via:` in flow style, keeping its comment, and stays before a `...` end marker', () => {
    const t = 'zones:\n  a: {kind: iot-network}\n  b: {kind: control-info}\nconduits:\n  c:\n    between: [a, b]\n    via:   # none yet\n...\n';
    assert.equal(
      applied(t, E.insertFilteringDevice(t, 'c')),
      'zones:\n  a: {kind: iot-network}\n  b: {kind: control-info}\nconduits:\n  c:\n    between: [a, b]\n    via: [fw-c]   # none yet\ndevices:\n  fw-c:\n    kind: firewall\n    zone: b\n...\n',
    );
  });
  it('adds sections to a comment-only file after the comment, and before a trailing comment', () => {
    assert.equal(applied('# only a comment\n', E.addZone('# only a comment\n', 'a', 'generic')), '# only a comment\nzones:\n  a:\n    kind: generic\n');
    const t = 'zones:\n  a: {kind: generic}\n# end\n';
    assert.equal(applied(t, E.addDevice(t, 'd', 'hmi', 'a')), 'zones:\n  a: {kind: generic}\ndevices:\n  d:\n    kind: hmi\n    zone: a\n# end\n');
  });
  it('removes one item of a block list with its inline comment', () => {
    const t = 'conduits:\n  c:\n    between:\n      - a\n      - b\n    via:\n      - fw1\n      - fw2  # second\ndevices: {fw1: {kind: firewall, zone: b}, fw2: {kind: firewall, zone: b}}\n';
    assert.equal(applied(t, E.deleteElement(t, 'fw2')), 'conduits:\n  c:\n    between:\n      - a\n      - b\n    via:\n      - fw1\ndevices: {fw1: {kind: firewall, zone: b}}\n');
  });
  it('detects indent unit, sequence style, EOL and ID style', () => {
    const s4 = Source.parse(block4) as Source;
    assert.deepEqual(s4.style, { eol: '\n', indent: 4, seqIndent: false, idPrefix: false });
    const s2 = Source.parse(block.replace(/\n/g, '\r\n')) as Source;
    assert.deepEqual(s2.style, { eol: '\r\n', indent: 2, seqIndent: true, idPrefix: true });
  });
  it('uniqueId suffixes taken ids and ignores unparsable text', () => {
    assert.equal(E.uniqueId(block, 'sensors'), 'sensors-2');
    assert.equal(E.uniqueId(block, 'fresh'), 'fresh');
    assert.equal(E.uniqueId('a: [', 'x'), 'x');
  });
  it('quotes values that YAML would misread', () => {
    const out = applied(block, E.addZone(block, 'z1', 'generic', { name: 'yes: no, #1' }));
    assert.match(out, /name: "yes: no, #1"/);
    assertValid(block, out);
  });
});

describe('applyEdits', () => {
  it('applies edits in offset order and keeps same-offset insertions in order', () => {
    assert.equal(E.applyEdits('abc', [{ start: 3, end: 3, newText: '2' }, { start: 0, end: 1, newText: 'A' }, { start: 3, end: 3, newText: '3' }]), 'Abc23');
  });
  it('throws on overlapping edits (a programming error)', () => {
    assert.throws(() => E.applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]));
  });
});
