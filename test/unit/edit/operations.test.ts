// Exact resulting text (golden files) for every edit operation on block, flow, 4-space and minimal inputs,
// plus validity of each result and the same result for CRLF input.
import assert from 'node:assert/strict';
import * as E from '../../../src/core/edit/index';
import { applied, assertValid, crlf, golden, input } from './helpers';

interface Ids {
  iot: string;
  ctrl: string;
  conduit: string;
  device?: string;
  device2?: string;
}

const INPUTS: Record<string, Ids> = {
  'block-2': { iot: 'iot-nw', ctrl: 'ctrl-info', conduit: 'iot-ctrl', device: 'sensors', device2: 'hmi1' },
  'block-4': { iot: 'iot-nw', ctrl: 'ctrl-info', conduit: 'iot-ctrl', device: 'sensors', device2: 'hmi1' },
  flow: { iot: 'iot-nw', ctrl: 'ctrl-info', conduit: 'iot-ctrl', device: 'sensors', device2: 'hmi1' },
  minimal: { iot: 'a', ctrl: 'b', conduit: 'a-b' },
};

type Op = (text: string, ids: Ids) => E.EditResult | undefined;

const OPS: Record<string, Op> = {
  'add-measures': (t, i) =>
    E.addMeasureEntries(t, [
      { measure: '8-1', target: i.conduit, status: 'planned' },
      { measure: 'ID10-1', target: i.conduit, status: 'not-applicable', reason: 'Few sensors, fixed traffic (§2.3.8)' },
    ]),
  'set-status-na': (t, i) => E.setMeasureStatus(t, '8-1', i.conduit, 'not-applicable'),
  'insert-firewall': (t, i) => E.insertFilteringDevice(t, i.conduit),
  'insert-ids': (t, i) => E.insertFilteringDevice(t, i.conduit, { kind: 'ids', deviceId: 'ids1' }),
  'insert-dmz': (t, i) => E.insertDmz(t, i.conduit),
  'set-vpn': (t, i) => E.setConduitVpn(t, i.conduit, true),
  'add-zone': (t) => E.addZone(t, 'cloud', 'cloud', { name: 'Analytics cloud' }),
  'add-device': (t, i) => E.addDevice(t, 'plc1', 'controller', i.ctrl),
  'add-conduit': (t, i) => E.addConduit(t, 'iot-ctrl-2', i.iot, i.ctrl),
  'add-flow': (t, i) => (i.device && i.device2 ? E.addFlow(t, i.device2, i.device, { protocol: 'opc-ua' }) : undefined),
  'move-device': (t, i) => (i.device ? E.moveDevice(t, i.device, i.ctrl) : undefined),
  'delete-device': (t, i) => (i.device ? E.deleteElement(t, i.device) : undefined),
  'delete-conduit': (t, i) => E.deleteElement(t, i.conduit),
  'delete-zone-cascade': (t, i) => E.deleteElement(t, i.iot, { cascade: true }),
  'rename-zone': (t, i) => E.renameElement(t, i.iot, 'iot-net'),
  'rename-device': (t, i) => (i.device ? E.renameElement(t, i.device, 'sensor-group') : undefined),
  'rename-conduit': (t, i) => E.renameElement(t, i.conduit, 'uplink'),
};

describe('edit operations (golden)', () => {
  for (const [name, ids] of Object.entries(INPUTS)) {
    describe(name, () => {
      const text = input(`${name}.yaml`);
      for (const [op, run] of Object.entries(OPS)) {
        if (run(text, ids) === undefined) continue;
        it(op, () => {
          const out = applied(text, run(text, ids)!);
          golden(`${name}/${op}.yaml`, out);
          assertValid(text, out);
        });
        it(`${op} (CRLF input gives the same text with CRLF)`, () => {
          const out = applied(text, run(text, ids)!);
          assert.equal(applied(crlf(text), run(crlf(text), ids)!), crlf(out));
        });
      }
    });
  }
});
