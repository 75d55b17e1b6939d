// checkText({ keepSource: false }) (the CLI) lets the YAML tree go before the analysis: the same problems,
// plant and analysis as a check that keeps it, and a source holding no tree.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../src/core/check';

const EXAMPLES = join(__dirname, '../../../examples');

describe('check: keepSource false', () => {
  for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.smartfab.yaml'))) {
    it(`${f}: same results, no tree kept`, () => {
      const text = readFileSync(join(EXAMPLES, f), 'utf8');
      const kept = checkText(text);
      const light = checkText(text, { keepSource: false });
      assert.deepEqual(light.problems, kept.problems);
      assert.deepEqual(light.analysis, kept.analysis);
      assert.deepEqual(light.plant, kept.plant);
      assert.equal(light.source.doc, undefined);
      assert.equal(light.source.value, undefined);
      assert.equal(light.source.text, text);
    });
  }

  it('a file with schema and syntax problems reports them the same', () => {
    const text = 'smartfab: 1\nzones:\n  a: { kind: nowhere }\n  b: [\n';
    assert.deepEqual(checkText(text, { keepSource: false }).problems, checkText(text).problems);
  });
});
