// docs/review.md and docs/format.md stay true: their risks:/general: examples and the configuration example
// check without schema problems and without stale decisions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '../../../src/core/check';
import { parseConfig } from '../../../src/core/config/read';

const ROOT = path.resolve(__dirname, '../../..');
const yamlBlocks = (file: string) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
const MODEL1 = readFileSync(path.join(ROOT, 'examples/model-1-single-factory.smartfab.yaml'), 'utf8');
const bad = (text: string) => checkText(text, { review: { today: '2026-11-30' } }).problems.filter((p) => /^(schema|yaml|risk-stale|risk-missing|general-unknown)/.test(p.code)).map((p) => `${p.code}: ${p.message}`);

describe('review: documentation examples', () => {
  it('docs/review.md: the plant sections check against model 1 and the configuration parses cleanly', () => {
    const blocks = yamlBlocks('docs/review.md');
    assert.ok(blocks.length >= 3);
    for (const b of blocks) {
      if (/^\s*severity:/m.test(b) && !/^risks:|^general:/m.test(b)) assert.deepEqual(parseConfig(b).problems, []);
      else assert.deepEqual(bad(`${MODEL1.trimEnd()}\n${b}`), []);
    }
  });

  it('docs/format.md: the complete example with risks: and general: checks cleanly', () => {
    const full = yamlBlocks('docs/format.md').find((b) => b.includes('risks:'))!;
    assert.deepEqual(bad(full), []);
  });
});
