// "Did you mean …?" quick-fixes: each misspelling in a plant gets the right word, from code and data only.
import assert from 'node:assert/strict';
import { checkText } from '../../../src/core/check';
import { applyEdits } from '../../../src/core/edit/index';
import { fixesFor } from '../../../src/core/fixes/index';
import { closestWords, DID_YOU_MEAN_CODES, schemaAt } from '../../../src/core/fixes/did-you-mean';
import { setLocale } from '../../../src/core/lsp/l10n';
import { sharedSource } from '../../../src/core/edit/session';

const PLANT = `smartfab: 1
zones:
  office:
    kind: information
  ctrl:
    kind: control-info
devices:
  scada:
    kind: hmi
    zone: ctrl
  fw1:
    kind: firewall
    zone: ctrl
conduits:
  office-ctrl:
    between: [office, ctrl]
    via: [fw1]
countermeasures:
  - measure: ID8-1
    target: office-ctrl
    status: planned
`;

/** The text after applying the fix titled `title` to the problem with `code` ("" when none is offered). */
function fixed(text: string, code: string, title: string): { after: string; titles: string[]; preferred?: string } {
  const p = checkText(text).problems.find((x) => x.code === code);
  assert.ok(p, `${code} is reported`);
  const fixes = fixesFor(p, text);
  const fix = fixes.find((f) => f.title === title);
  return { after: fix ? applyEdits(text, fix.edits) : '', titles: fixes.map((f) => f.title), preferred: fixes.find((f) => f.isPreferred)?.title };
}

describe('fixes: did you mean', () => {
  before(() => setLocale('en'));

  it('the unmodified plant is clean of the codes below', () => {
    const codes = checkText(PLANT).problems.map((p) => p.code);
    assert.deepEqual(codes.filter((c) => (DID_YOU_MEAN_CODES as readonly string[]).includes(c)), []);
  });

  it('a misspelt property key (`wirless:`) becomes the schema property', () => {
    const text = PLANT.replace('    kind: information\n', '    kind: information\n    wirless: wifi # the office AP\n');
    const r = fixed(text, 'schema-additionalProperties', "Did you mean 'wireless'?");
    assert.equal(r.after, text.replace('wirless:', 'wireless:'));
    assert.equal(r.preferred, "Did you mean 'wireless'?");
  });

  it('a kind written as its label word (`kind: plc`) becomes the kind (controller)', () => {
    const text = PLANT.replace('kind: hmi', 'kind: plc');
    assert.equal(fixed(text, 'schema-enum', "Did you mean 'controller'?").after, PLANT.replace('kind: hmi', 'kind: controller'));
  });

  it('a misspelt enum value (`kind: firewal`, `status: implmented`) gets the allowed value', () => {
    assert.equal(fixed(PLANT.replace('kind: firewall', 'kind: firewal'), 'schema-enum', "Did you mean 'firewall'?").after, PLANT);
    assert.equal(fixed(PLANT.replace('status: planned', 'status: plannd'), 'schema-enum', "Did you mean 'planned'?").after, PLANT);
  });

  it("a misspelt zone (`zone: ofice`) is offered before creating the zone, and is preferred", () => {
    const text = PLANT.replace('zone: ctrl\n  fw1', 'zone: ofice\n  fw1');
    const r = fixed(text, 'unknown-zone', "Did you mean 'office'?");
    assert.equal(r.after, PLANT.replace('zone: ctrl\n  fw1', 'zone: office\n  fw1'));
    assert.equal(r.titles[0], "Did you mean 'office'?");
    assert.equal(r.preferred, "Did you mean 'office'?");
    assert.ok(r.titles.includes('Create zone ofice'));
  });

  it('misspelt references in flow sequences and targets (`between: [offise, …]`, `via: [fw]`, `target: ofice-ctrl`)', () => {
    assert.equal(fixed(PLANT.replace('[office, ctrl]', '[offise, ctrl]'), 'dangling-ref', "Did you mean 'office'?").after, PLANT);
    assert.equal(fixed(PLANT.replace('via: [fw1]', 'via: [fw2]'), 'dangling-ref', "Did you mean 'fw1'?").after, PLANT);
    assert.equal(fixed(PLANT.replace('target: office-ctrl', 'target: ofice-ctrl'), 'dangling-ref', "Did you mean 'office-ctrl'?").after, PLANT);
  });

  it('an unknown countermeasure ID close to a real one keeps the ID prefix', () => {
    const r = fixed(PLANT.replace('ID8-1', 'ID8-21'), 'unknown-measure', "Did you mean 'ID8-1'?");
    assert.equal(r.after, PLANT);
  });

  it('offers nothing for a word close to no candidate', () => {
    const text = PLANT.replace('kind: hmi', 'kind: spaceship');
    assert.deepEqual(fixed(text, 'schema-enum', '').titles, []);
  });

  it('titles are in the user language', () => {
    setLocale('ja');
    try {
      const text = PLANT.replace('kind: firewall', 'kind: firewal');
      assert.deepEqual(fixed(text, 'schema-enum', '').titles, ["'firewall' のことですか？"]);
    } finally {
      setLocale('en');
    }
  });

  it('the fixes offered at one position share one parse of the text (a fast Ctrl+.)', () => {
    const text = PLANT.replace('kind: firewall', 'kind: firewal');
    assert.equal(sharedSource(text), sharedSource(text));
    assert.notEqual(sharedSource(text), sharedSource(PLANT));
    // Sharing changes nothing: the same fixes, in the same order, as on a fresh parse.
    const p = checkText(text).problems.find((x) => x.code === 'schema-enum')!;
    const once = fixesFor(p, text);
    sharedSource(PLANT);
    assert.deepEqual(fixesFor(p, text), once);
  });

  it('closestWords ranks by distance, then label aliases; schemaAt walks properties and items', () => {
    assert.deepEqual(closestWords('wirless', ['wireless', 'name', 'kind']), ['wireless']);
    assert.deepEqual(closestWords('fw', ['firewall', 'ids'], new Map([['fw', 'firewall']])), ['firewall']);
    assert.deepEqual(closestWords('KIND', ['kind']), ['kind']);
    assert.ok(schemaAt('/devices/x')?.properties?.zone);
    assert.ok(schemaAt('/countermeasures/0')?.properties?.measure);
  });
});
