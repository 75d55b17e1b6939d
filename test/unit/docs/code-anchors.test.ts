// Every problem code links to a documentation anchor that exists (the Problems panel's code links).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ANALYSIS_CODES } from '../../../src/core/analysis/codes';
import { catalog } from '../../../src/core/catalog';
import { FORMAT_CODES } from '../../../src/core/format/codes';
import { plantSchema } from '../../../src/core/format/schema';
import { docUrlFor } from '../../../src/core/lsp/diagnostics';

const root = path.resolve(__dirname, '../../..');
const anchors = (page: string) => new Set([...readFileSync(path.join(root, 'docs', page), 'utf8').matchAll(/<a id="([^"]+)"/g)].map((m) => m[1]));

/** The ajv keywords the format's schema uses (each can yield a schema-<keyword> problem). */
function schemaKeywords(): string[] {
  const validation = new Set(['type', 'enum', 'const', 'required', 'additionalProperties', 'propertyNames', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems']);
  const out = new Set<string>();
  const walk = (s: unknown): void => {
    if (!s || typeof s !== 'object') return;
    for (const [k, v] of Object.entries(s)) {
      if (validation.has(k)) out.add(k);
      if (k === 'propertyNames') out.add('propertyNames');
      walk(v);
    }
  };
  walk(plantSchema);
  return [...out];
}

describe('docs: every problem code has an anchor', () => {
  const codes = [
    ...Object.keys(FORMAT_CODES),
    ...schemaKeywords().map((k) => `schema-${k}`),
    ...Object.keys(ANALYSIS_CODES),
    ...catalog.threats.map((t) => `threat-${t.id}`),
  ];

  it('the page docUrlFor links to holds <a id="code">', () => {
    const pages = new Map<string, Set<string>>();
    const missing: string[] = [];
    for (const code of codes) {
      const url = new URL(docUrlFor(code, 'https://x/docs/'));
      const page = url.pathname.split('/').pop()!;
      if (!pages.has(page)) pages.set(page, anchors(page));
      if (!pages.get(page)!.has(decodeURIComponent(url.hash.slice(1)))) missing.push(`${page}#${code}`);
    }
    assert.deepEqual(missing, []);
    assert.ok(codes.length > 80);
  });
});
