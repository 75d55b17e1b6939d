// Golden listings of the problems of the fixtures and examples (UPDATE_GOLDEN=1 to rewrite).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../../src/core/check';
import { assertGolden, ROOT } from '../../fixtures/golden';

/** Format checks only: the threat analysis has its own tests. */
const vcheck = (text: string) => checkText(text, { analysis: false });

function listing(text: string): string {
  const r = vcheck(text);
  return r.problems
    .map((p) => {
      const s = r.lineIndex.range(p.span);
      return `${s.start.line + 1}:${s.start.character + 1}-${s.end.line + 1}:${s.end.character + 1} ${p.severity} ${p.code} ${p.message}`;
    })
    .join('\n') + '\n';
}

describe('validate: golden problem listings', () => {
  for (const name of ['broken.smartfab.yaml', 'syntax.smartfab.yaml']) {
    it(`fixture ${name}`, () => {
      assertGolden('validate', name.replace('.smartfab.yaml', '.txt'), listing(readFileSync(path.join(ROOT, 'test/fixtures/format', name), 'utf8')));
    });
  }

  const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.smartfab.yaml'));
  it('there is one example per implementation model and a combined plant', () => {
    for (let m = 1; m <= 7; m++) assert.ok(examples.some((f) => f.startsWith(`model-${m}-`)), `model ${m}`);
    assert.ok(examples.includes('combined-plant.smartfab.yaml'));
  });
  for (const name of examples) {
    it(`example ${name} validates clean`, () => {
      const text = readFileSync(path.join(ROOT, 'examples', name), 'utf8');
      const r = vcheck(text);
      assert.deepEqual(r.problems.map((p) => `${p.code} ${p.message}`), []);
      const m = /^model-(\d)-/.exec(name);
      if (m) {
        assert.deepEqual(r.plant!.models!.map((x) => x.value), [Number(m[1])]);
        assert.equal(r.plant!.measures.length, 0, 'model reference plants carry no countermeasures');
      }
    });
  }
});
