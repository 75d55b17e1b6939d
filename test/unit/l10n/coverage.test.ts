// Every user-visible string the sources pass to t() / vscode.l10n.t() (extracted with @vscode/l10n-dev)
// has its Japanese in l10n/bundle.l10n.ja.json, the bundle holds no key the sources no longer use, and
// package.json's %keys% exist in package.nls.json and package.nls.ja.json. Prints the coverage.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_CODES } from '../../../src/core/analysis/codes';
import { FORMAT_CODES } from '../../../src/core/format/codes';
import { codeText, JA_DOCUMENTED_CODES } from '../../../src/core/l10n/code-docs';
import { coverage, extractBundle, readJson } from '../../../scripts/l10n/extract';

const ROOT = join(__dirname, '..', '..', '..');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('l10n: string coverage', function () {
  this.timeout(60_000);

  it('every extracted string has Japanese, and no Japanese key is unused', async () => {
    const english = await extractBundle();
    const ja = readJson('l10n/bundle.l10n.ja.json');
    const c = coverage(english, ja);
    console.log(`      l10n bundle: ${c.translated}/${c.keys} strings in Japanese (${((100 * c.translated) / c.keys).toFixed(1)}%), ${c.unused.length} unused`);
    assert.deepEqual(c.missing, [], 'strings without Japanese (add them to l10n/bundle.l10n.ja.json)');
    assert.deepEqual(c.unused, [], 'Japanese keys no source uses (remove them)');
    // Placeholders survive translation: the same {n} set on both sides.
    const holes = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');
    for (const k of Object.keys(english)) assert.equal(holes(String(ja[k])), holes(k), `placeholders of ${JSON.stringify(k)}`);
  });

  it('l10n/bundle.l10n.json is the current extraction (npm run l10n:export)', async () => {
    assert.deepEqual(readJson('l10n/bundle.l10n.json'), await extractBundle());
  });

  it("package.json's %keys% exist in package.nls.json and package.nls.ja.json, and both have the same keys", () => {
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const used = [...new Set([...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))].sort();
    const en = readJson('package.nls.json');
    const ja = readJson('package.nls.ja.json');
    assert.deepEqual(Object.keys(en).sort(), used, 'package.nls.json keys = keys used in package.json');
    assert.deepEqual(Object.keys(ja).sort(), used, 'package.nls.ja.json keys = keys used in package.json');
    console.log(`      package.nls: ${used.length}/${used.length} contribution strings in Japanese`);
    // User-visible contribution texts go through %keys%, not literals.
    const manifest = JSON.parse(pkg) as { contributes: { commands: { title: string }[]; customEditors: { displayName: string }[] } };
    for (const c of manifest.contributes.commands) assert.match(c.title, /^%.+%$/, c.title);
    for (const e of manifest.contributes.customEditors) assert.match(e.displayName, /^%.+%$/, e.displayName);
  });

  it('every documented problem code has a Japanese title and help (SARIF rules)', () => {
    for (const code of [...Object.keys(FORMAT_CODES), ...Object.keys(ANALYSIS_CODES)]) {
      assert.ok(JA_DOCUMENTED_CODES.includes(code), code);
      const d = codeText(code, 'ja');
      assert.match(d.title + d.help, JAPANESE, code);
    }
    for (const code of ['threat-A4', 'schema-required', 'schema-enum']) assert.match(codeText(code, 'ja').help, JAPANESE, code);
  });
});
