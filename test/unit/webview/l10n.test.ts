// Issue 11 (the diagram's part): every string the diagram shows goes through t('English template') and has
// its Japanese in l10n/bundle.l10n.ja.json; the webview gets that bundle from the host.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const DIRS = ['webview', 'src/extension/diagram', 'src/core/diagram'];
const CALL = /\bt\(\s*'((?:[^'\\]|\\.)*)'/g;

function templates(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of DIRS) {
    for (const f of readdirSync(path.join(ROOT, dir)).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(path.join(ROOT, dir, f), 'utf8');
      for (const m of text.matchAll(CALL)) out.set(m[1].replace(/\\'/g, "'"), `${dir}/${f}`);
    }
  }
  return out;
}

describe('diagram l10n', () => {
  const ja = JSON.parse(readFileSync(path.join(ROOT, 'l10n/bundle.l10n.ja.json'), 'utf8')) as Record<string, string>;

  it('has Japanese for every diagram string', () => {
    const all = templates();
    const missing = [...all].filter(([k]) => !(k in ja)).map(([k, f]) => `${f}: ${k}`);
    console.log(`      diagram strings: ${all.size}, with Japanese: ${all.size - missing.length} (${(((all.size - missing.length) / all.size) * 100).toFixed(0)}%)`);
    assert.deepEqual(missing, []);
  });

  it('keeps the placeholders of each template in its Japanese', () => {
    for (const k of templates().keys()) {
      const want = (k.match(/\{\d+\}/g) ?? []).sort();
      const got = (ja[k]?.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(got, want, k);
    }
  });

  it('writes no user-visible English literal in the webview frame outside t()', () => {
    // The frame's labels, titles and placeholders are attributes and text built in ui.ts and menu.ts.
    for (const f of ['ui.ts', 'menu.ts']) {
      const text = readFileSync(path.join(ROOT, 'webview', f), 'utf8');
      for (const m of text.matchAll(/(?:label|title|placeholder|'aria-label'):\s*'([A-Z][^']*)'/g)) assert.fail(`${f}: "${m[1]}" is not localised`);
    }
  });
});
