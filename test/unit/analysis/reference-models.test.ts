// Done-when: each reference plant without countermeasures yields exactly its model's table (threats and
// missing IDs); declaring every ID implemented clears every threat finding; model 7 says why it has none.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/index';
import { buildPlant } from './builder';
import { MODEL_PLANTS, TABLES } from './fixtures';
import { foundTable, threatFindings, withAllDeclared } from './helpers';

describe('analysis: reference plants of models 1-6 against tables 5-10', () => {
  for (const model of [1, 2, 3, 4, 5, 6]) {
    it(`model ${model}: exactly table ${model + 4}, then nothing once every ID is implemented`, () => {
      const plant = buildPlant(MODEL_PLANTS[model]);
      const a = analyze(plant);
      assert.deepEqual(a.models, [model]);
      assert.deepEqual(foundTable(a.findings), TABLES[model]);
      const after = analyze(withAllDeclared(plant, a.findings));
      assert.deepEqual(threatFindings(after.findings), []);
      for (const d of after.damages) for (const s of d.scenarios) assert.notEqual(s.status, 'open', s.steps.join(' '));
    });
  }

  it('model 7: no threats, and an info finding saying the report defines none', () => {
    const a = analyze(buildPlant(MODEL_PLANTS[7]));
    assert.deepEqual(a.models, [7]);
    assert.deepEqual(threatFindings(a.findings), []);
    const note = a.findings.find((f) => f.code === 'model-7-no-threats');
    assert.equal(note?.severity, 'info');
    assert.match(note!.message, /§2\.9\.4/);
    assert.deepEqual(a.damages, []);
  });

  it('one finding per element: A1 on each IoT device group, A4 on the IoT/control conduit', () => {
    const a = analyze(buildPlant(MODEL_PLANTS[1]));
    const on = (t: string) => threatFindings(a.findings).filter((f) => f.code === `threat-${t}`).map((f) => (f.data as { target: string }).target);
    assert.deepEqual(on('A1'), ['sensors', 'cameras']);
    assert.deepEqual(on('A2'), ['gw']);
    assert.deepEqual(on('A4'), ['iot-ctrl']);
    assert.deepEqual(on('B3'), ['office-ctrl']);
  });

  it('severity: threats to damages 1, 3, 6, 10 are errors, others warnings', () => {
    const a = analyze(buildPlant(MODEL_PLANTS[3]));
    const sev = (t: string) => threatFindings(a.findings).find((f) => f.code === `threat-${t}`)?.severity;
    assert.equal(sev('E3'), 'error');
    assert.equal(sev('G4'), 'warning');
    assert.equal(sev('H3'), 'warning');
  });
});
