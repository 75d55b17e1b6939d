// Done-when on the shipped examples/ (written by the format engineer): each model's reference plant,
// parsed from YAML, yields exactly its table; with every ID implemented no threat finding remains.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/index';
import { checkText } from '../../../src/core/check';
import { TABLES } from './fixtures';
import { foundTable, threatFindings, withAllDeclared } from './helpers';

const dir = join(__dirname, '../../../examples');
const files = readdirSync(dir).filter((f) => /^model-\d-.*\.smartfab\.yaml$/.test(f));

describe('analysis: examples/ reference plants', () => {
  it('has one example per model 1-7', () => assert.equal(files.length, 7));

  for (const file of files) {
    const model = Number(file.slice(6, 7));
    it(`${file}: exactly table ${model + 4}${model === 7 ? ' (none)' : ''}`, () => {
      const r = checkText(readFileSync(join(dir, file), 'utf8'));
      assert.ok(r.plant, 'parses');
      const a = analyze(r.plant);
      assert.deepEqual(a.models, [model]);
      assert.deepEqual(foundTable(a.findings), TABLES[model]);
      if (model === 7) assert.ok(a.findings.some((f) => f.code === 'model-7-no-threats'));
      assert.deepEqual(threatFindings(analyze(withAllDeclared(r.plant, a.findings)).findings), []);
    });
  }

  it('combined-plant: models 1, 4, 5, 6 and every finding on an element of the file', () => {
    const text = readFileSync(join(dir, 'combined-plant.smartfab.yaml'), 'utf8');
    const r = checkText(text);
    const a = analyze(r.plant!);
    assert.deepEqual(a.models, [1, 4, 5, 6]);
    for (const f of threatFindings(a.findings)) {
      const target = (f.data as { target: string }).target;
      assert.equal(text.slice(f.span.start, f.span.end), target);
    }
  });
});
