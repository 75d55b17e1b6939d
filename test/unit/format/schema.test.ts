import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../../src/core/check';
import { plantSchema, schemaJson, type DocSchema } from '../../../src/core/format/schema';
import { DEVICE_KINDS, WIRELESS_TECHS, ZONE_KINDS } from '../../../src/core/model/kinds';
import { ROOT } from '../../fixtures/golden';

/** Every named property of the schema, with its path. */
function properties(s: DocSchema, at = '$'): [string, DocSchema][] {
  const out: [string, DocSchema][] = [];
  for (const [k, v] of Object.entries(s.properties ?? {})) out.push([`${at}.${k}`, v], ...properties(v, `${at}.${k}`));
  for (const [k, v] of Object.entries(s.patternProperties ?? {})) out.push([`${at}[${k}]`, v]);
  if (typeof s.additionalProperties === 'object') out.push(...properties(s.additionalProperties, `${at}.*`));
  if (s.items) out.push(...properties(s.items, `${at}[]`));
  return out;
}

describe('format: JSON Schema', () => {
  it('the committed schemas/smartfab.schema.json equals the generated one (run npm run schema)', () => {
    const committed = readFileSync(path.join(ROOT, 'schemas/smartfab.schema.json'), 'utf8');
    assert.equal(committed, schemaJson());
  });

  it('gives every property a bilingual title, description and markdownDescription', () => {
    const props = properties(plantSchema);
    assert.ok(props.length > 40, `only ${props.length} properties found`);
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const [where, p] of props) {
      assert.ok(p.title && japanese.test(p.title) && /[A-Za-z]/.test(p.title), `${where}: title ${p.title}`);
      assert.ok(p.description?.includes('\n\n'), `${where}: description must be "English\\n\\n日本語"`);
      const [en, ja] = p.description!.split('\n\n');
      assert.ok(/[A-Za-z]/.test(en) && japanese.test(ja), `${where}: ${p.description}`);
      assert.equal(p.markdownDescription, p.description, `${where}: markdownDescription`);
    }
  });

  it('enumerates the zone, device and wireless kinds from kinds.ts', () => {
    const zone = plantSchema.properties!.zones.additionalProperties as DocSchema;
    const device = plantSchema.properties!.devices.additionalProperties as DocSchema;
    assert.deepEqual(zone.properties!.kind.enum, Object.keys(ZONE_KINDS));
    assert.deepEqual(device.properties!.kind.enum, Object.keys(DEVICE_KINDS));
    assert.deepEqual(device.properties!.wireless.enum, [...Object.keys(WIRELESS_TECHS), 'none'], 'a wired device in a wireless zone says none');
    const conduit = plantSchema.properties!.conduits.additionalProperties as DocSchema;
    const flow = plantSchema.properties!.flows.items as DocSchema;
    for (const s of [conduit, flow]) assert.deepEqual(s.properties!.direction.enum, ['both', 'one-way']);
    assert.equal(device.properties!.monitors.type, 'array');
    assert.equal(device.properties!.kind.markdownEnumDescriptions!.length, Object.keys(DEVICE_KINDS).length);
  });

  it('is contributed to YAML editors for *.smartfab.yaml', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = pkg.contributes.yamlValidation.find((e: { url: string }) => e.url === './schemas/smartfab.schema.json');
    assert.ok(entry && [entry.fileMatch].flat().includes('*.smartfab.yaml'));
  });
});

describe('format: docs/format.md', () => {
  it('its example plant validates clean', () => {
    const md = readFileSync(path.join(ROOT, 'docs/format.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(md)![1];
    assert.deepEqual(checkText(yaml, { analysis: false }).problems.map((p) => `${p.code} ${p.message}`), []);
  });
});
