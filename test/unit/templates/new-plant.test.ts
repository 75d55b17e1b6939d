// "New Plant…" text: every model and combination of the report's models gives a valid, commented plant
// without countermeasures whose analysis shows the chosen models and their threats at once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isAnalysisCode } from '../../../src/core/lsp/diagnostics';
import { checkText } from '../../../src/core/check';
import { setLocale } from '../../../src/core/lsp/l10n';
import { MODEL_EXAMPLES, newPlantName, newPlantText } from '../../../src/core/templates/new-plant';

const DIR = path.resolve(__dirname, '../../../examples');
const EXAMPLES = Object.fromEntries(Object.entries(MODEL_EXAMPLES).map(([m, f]) => [m, readFileSync(path.join(DIR, f), 'utf8')]));

function assertNewPlant(models: number[]): void {
  const text = newPlantText(models, EXAMPLES);
  const r = checkText(text);
  const validation = r.problems.filter((p) => !isAnalysisCode(p.code));
  assert.deepEqual(validation.map((p) => `${p.code}: ${p.message}`), [], `models ${models}`);
  assert.equal(r.plant?.measures.length, 0, 'no countermeasures');
  for (const m of models) assert.ok(r.analysis?.models.includes(m), `model ${m} exhibited by ${models}`);
  if (models.some((m) => m !== 7)) assert.ok(r.problems.some((p) => p.code.startsWith('threat-')), `findings for ${models}`);
  assert.match(text, /^# New SmartFab plant: implementation model\(s\) /);
  assert.doesNotMatch(text, /No countermeasures/);
  for (const m of models) assert.match(text, new RegExp(`^# Implementation model ${m}:`, 'm'));
}

describe('new plant from the bundled examples', () => {
  before(() => setLocale('en'));

  it('every single model: the example, commented, without countermeasures', () => {
    for (const m of [1, 2, 3, 4, 5, 6, 7]) assertNewPlant([m]);
    const one = newPlantText([1], EXAMPLES);
    assert.ok(one.endsWith(EXAMPLES[1].slice(EXAMPLES[1].indexOf('smartfab: 1'))), 'model 1 keeps the example text as written');
  });

  it('every pair of models, and all seven, merge the examples by id and lists all models', () => {
    for (let mask = 1; mask < 128; mask++) {
      const models = [1, 2, 3, 4, 5, 6, 7].filter((m) => mask & (1 << (m - 1)));
      if (models.length === 2 || models.length === 7) assertNewPlant(models);
    }
    const text = newPlantText([4, 1], EXAMPLES);
    assert.match(text, /^models: \[1, 4\]$/m);
    assert.match(text, /^ {2}name: Implementation models 1 \+ 4$/m);
    assert.equal(text.match(/^ {2}ctrl-info:$/gm)?.length, 1, 'a shared zone once');
  });

  it('names the file after the models, and refuses an unknown model', () => {
    assert.equal(newPlantName([4, 1]), 'model-1-4.smartfab.yaml');
    assert.throws(() => newPlantText([8], EXAMPLES), /model 8/);
    assert.throws(() => newPlantText([], EXAMPLES), /No implementation model/);
  });

  it("writes the guide in the user's language", () => {
    setLocale('ja');
    try {
      assert.match(newPlantText([1], EXAMPLES), /^# 新しい SmartFab プラント/);
    } finally {
      setLocale('en');
    }
  });
});
