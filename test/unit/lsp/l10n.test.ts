import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const ja = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ja.json'), 'utf8')) as Record<string, string>;

/** Every literal passed to t(...) / l10n.t(...) in the language service, server and client. */
function messages(): Set<string> {
  const dirs = ['src/core/lsp', 'src/core/review', 'src/server', 'src/extension/commands'];
  const files = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, d, f)));
  files.push(join(ROOT, 'src/extension/language-client.ts'), join(ROOT, 'src/core/report/register.ts'));
  const out = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) out.add(m[1]);
  }
  return out;
}

describe('lsp localisation', () => {
  it('has a Japanese translation for every message', () => {
    const missing = [...messages()].filter((m) => !(m in ja));
    assert.deepEqual(missing, []);
  });

  it('keeps the placeholders of each message', () => {
    for (const [en, jp] of Object.entries(ja)) {
      const ph = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(ph(jp), ph(en), en);
    }
  });

  it('translates every package.nls.json key in package.nls.ja.json, and package.json uses them', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const jp = JSON.parse(readFileSync(join(ROOT, 'package.nls.ja.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(jp).sort(), Object.keys(en).sort());
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    for (const m of pkg.matchAll(/"%([^%"]+)%"/g)) assert.ok(m[1] in en, m[1]);
  });
});
