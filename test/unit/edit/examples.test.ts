// Every edit operation on every element of every example plant yields valid YAML with no new
// validation problems.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '../../../src/core/check';
import * as E from '../../../src/core/edit/index';
import { applied, assertValid } from './helpers';

const DIR = path.resolve(__dirname, '../../../examples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.smartfab.yaml'));

describe('edit: every example plant', () => {
  it('has examples to edit', () => assert.ok(files.length > 0));
  for (const file of files) {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const plant = checkText(text).plant!;
    describe(file, () => {
      it('conduits: insert a firewall, an IDS, a DMZ; set VPN', () => {
        for (const c of plant.conduits) {
          assertValid(text, applied(text, E.insertFilteringDevice(text, c.id)));
          assertValid(text, applied(text, E.insertFilteringDevice(text, c.id, { kind: 'ids' })));
          assertValid(text, applied(text, E.setConduitVpn(text, c.id, true)));
          const zones = [c.from.value, c.to.value].map((z) => plant.zones.find((x) => x.id === z)?.kind);
          if (!zones.includes('dmz')) assertValid(text, applied(text, E.insertDmz(text, c.id)));
        }
      });
      it('renames every element and every reference follows', () => {
        for (const el of [...plant.zones, ...plant.devices, ...plant.conduits]) {
          const out = applied(text, E.renameElement(text, el.id, `${el.id}-renamed`));
          assertValid(text, out);
          const after = checkText(out).plant!;
          assert.equal(after.measures.filter((m) => m.target.value === `${el.id}-renamed`).length, plant.measures.filter((m) => m.target.value === el.id).length);
        }
      });
      // Removing or moving a device can make a boundary entry elsewhere no longer fit its target kind:
      // a real consequence the checker should report, not an editing error.
      const semantic = ['measure-target-kind'];
      it('deletes every device, conduit and (cascading) zone cleanly', () => {
        for (const el of [...plant.devices, ...plant.conduits, ...plant.zones]) {
          const out = applied(text, E.deleteElement(text, el.id, { cascade: true }));
          assertValid(text, out, semantic);
          assert.ok(!checkText(out).plant!.zones.some((z) => z.id === el.id));
        }
      });
      it('moves every device to another zone', () => {
        const other = plant.zones[0].id;
        for (const d of plant.devices) assertValid(text, applied(text, E.moveDevice(text, d.id, other)), semantic);
      });
      it('adds palette elements', () => {
        const z = E.uniqueId(text, 'generic');
        const out = applied(text, E.addZone(text, z, 'generic'));
        assertValid(text, out);
        const out2 = applied(out, E.addDevice(out, E.uniqueId(out, 'generic'), 'generic', z));
        assertValid(text, out2);
        assertValid(text, applied(out2, E.addConduit(out2, E.uniqueId(out2, `${z}-link`), z, plant.zones[0].id)));
      });
    });
  }
});
