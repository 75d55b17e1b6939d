// Done-when on the shipped examples/ (written by the format engineer): each model's reference plant,
// parsed from YAML, yields exactly its table; with every ID implemented no threat finding remains.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/index';
import { checkText } from '../../../src/core/check';
import { assertGolden } from '../../fixtures/golden';
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

  it('golden listing of every example\'s findings and damage statuses (UPDATE_GOLDEN=1 to accept)', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.smartfab.yaml')).sort()) {
      const r = checkText(readFileSync(join(dir, file), 'utf8'));
      const a = analyze(r.plant!);
      const lines = a.findings.map((f) => {
        const d = (f.data ?? {}) as { target?: string; missing?: string[]; planned?: string[] };
        const pos = r.lineIndex.position(f.span.start);
        return `${pos.line + 1}:${pos.character + 1} ${f.severity} ${f.code} ${d.target ?? ''} ${(d.missing ?? []).join(',')}${d.planned?.length ? ` planned:${d.planned.join(',')}` : ''}`.trimEnd();
      });
      const damages = a.damages.map((d) => `damage ${d.damage} ${d.status} (${d.scenarios.length} scenarios)`);
      assertGolden('analysis', `examples/${file.replace('.smartfab.yaml', '.txt')}`, [`models ${a.models.join(',')}`, ...lines, ...damages].join('\n') + '\n');
    }
  });

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
