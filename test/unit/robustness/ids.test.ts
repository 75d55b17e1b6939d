// Issue 16.8: one id rule (src/core/format/ids.ts) for validation, edits and the diagram's message check.
// A table of hostile ids is rejected everywhere an id enters; ordinary ids of any script pass everywhere.
import assert from 'node:assert/strict';
import { checkText } from '../../../src/core/check';
import { isFlowKey } from '../../../src/core/diagram/flow-keys';
import { parseWebviewMessage } from '../../../src/core/diagram/protocol';
import { addConduit, addDevice, addFlow, addMeasureEntries, addZone, insertDmz, insertFilteringDevice, moveDevice, renameElement } from '../../../src/core/edit/index';
import { idError, isValidId, MAX_ID_LENGTH } from '../../../src/core/format/ids';

/** Ids no rule may accept, with what makes each one hostile. */
export const HOSTILE_IDS: readonly [string, string][] = [
  ['', 'empty (a quoted "" key)'],
  [' ', 'a space'],
  ['x'.repeat(MAX_ID_LENGTH + 1), 'too long'],
  ['a\u0085b', 'NEL (C1 control)'],
  ['a\u2028b', 'line separator'],
  ['a\u2029b', 'paragraph separator'],
  ['a\u202eb', 'right-to-left override'],
  ['a\u200bb', 'zero-width space'],
  ['a\ud800b', 'lone high surrogate'],
  ['a\udc00', 'lone low surrogate'],
  ['a\u0000', 'NUL'],
  ['a\u001b]0;pwn\u0007', 'terminal escape'],
  ['a\u007f', 'DEL'],
  ['a\nb', 'line feed'],
  ['a\rb', 'carriage return'],
  ['a\tb', 'tab'],
  ['a: b', 'a mapping indicator'],
  ['a #b', 'a comment'],
  ['-a', 'a leading dash'],
  ['"a"', 'quotes'],
  ['a/b', 'a slash'],
  ['s->g', 'a flow default id'],
];

const OK_IDS = ['ctrl-info', '制御NW', 'zone_1.a', 'Ωmega', 'x'.repeat(MAX_ID_LENGTH), 'a', '7f'];

/** A plant where the hostile id is declared as a (schema-invalid) zone, so "exists" checks cannot hide the rule. */
const plant = (id: string) => `smartfab: 1
zones:
  z1: { kind: information }
  z2: { kind: control-info }
  ${JSON.stringify(id)}: { kind: generic }
devices:
  d1: { kind: viewer, zone: z1 }
  d2: { kind: hmi, zone: z2 }
`;

describe('robustness: one id rule (16.8)', () => {
  it('idError accepts ordinary ids of any script', () => {
    for (const id of OK_IDS) assert.equal(idError(id), undefined, id);
  });

  for (const [id, what] of HOSTILE_IDS) {
    describe(`rejects ${what}`, () => {
      it('in the rule itself, with a message free of the raw character', () => {
        assert.equal(isValidId(id), false);
        const msg = idError(id)!;
        assert.ok(msg);
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(msg, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e\u200b]|\p{Cs}/u);
      });
      it('in validation (zone key and flow id)', () => {
        const r = checkText(plant(id) + `flows:\n  - { id: ${JSON.stringify(id)}, from: d1, to: d2 }\n`);
        const ids = r.problems.filter((p) => p.code.startsWith('schema-') && /zones|flows/.test(String(p.data?.instancePath) + p.message));
        assert.ok(ids.length >= 2, r.problems.map((p) => `${p.code}: ${p.message}`).join('\n'));
        const key = r.problems.find((p) => p.code === 'schema-propertyNames');
        // eslint-disable-next-line no-control-regex
        if (key) assert.doesNotMatch(key.message, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e\u200b]|\p{Cs}/u, 'the id is shown with escapes');
      });
      it('in every edit that writes an id or a reference', () => {
        const text = plant(id);
        const results = {
          addZone: addZone(text, id, 'generic'),
          addDevice: addDevice(text, id, 'viewer', 'z1'),
          addDeviceInto: addDevice(text, 'd9', 'viewer', id),
          addConduit: addConduit(text, id, 'z1', 'z2'),
          addConduitTo: addConduit(text, 'c9', 'z1', id),
          addFlow: addFlow(text, 'd1', 'd2', { id }),
          moveDevice: moveDevice(text, 'd1', id),
          rename: renameElement(text, 'z1', id),
          measure: addMeasureEntries(text, [{ measure: 'ID8-1', target: id, status: 'planned' }]),
          firewall: insertFilteringDevice(text + 'conduits:\n  c1: { between: [z1, z2] }\n', 'c1', { deviceId: id }),
          firewallIn: insertFilteringDevice(text + 'conduits:\n  c1: { between: [z1, z2] }\n', 'c1', { zone: id }),
          dmz: insertDmz(text + 'conduits:\n  c1: { between: [z1, z2] }\n', 'c1', { zoneId: id }),
          dmzRelay: insertDmz(text + 'conduits:\n  c1: { between: [z1, z2] }\n', 'c1', { relayId: id }),
        };
        for (const [op, r] of Object.entries(results)) assert.ok('error' in r, `${op} accepted ${JSON.stringify(id)}`);
      });
      it("in the diagram's messages", () => {
        // A flow's key (s->g, s->g#2) names a flow edge of the picture: accepted where a picture element is
        // named (reveal, delete), never where a zone or device id is expected.
        if (!isFlowKey(id)) assert.equal(parseWebviewMessage({ type: 'reveal', elementId: id }), undefined);
        assert.equal(parseWebviewMessage({ type: 'edit', op: 'move-device', args: { deviceId: 'd1', zoneId: id } }), undefined);
      });
    });
  }

  it('renaming an invalid id to a valid one is allowed (it repairs the file)', () => {
    const r = renameElement(plant(''), '', 'spare');
    assert.ok(!('error' in r), JSON.stringify(r));
  });
});
