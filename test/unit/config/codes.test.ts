// The problem codes a `severity:` key in smartfab.config.yaml may name (config/check.ts) are every code the
// plant check reports: a code added anywhere in the core without being known here would be flagged as a typo.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isKnownCodeKey, nearestCodes } from '../../../src/core/config/check';

const CORE = path.resolve(__dirname, '../../../src/core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('config: problem codes a severity override may name', () => {
  it('knows every code literal the core reports (but the config file’s own config-* codes)', () => {
    const codes = new Set<string>();
    for (const f of sources(CORE)) for (const m of readFileSync(f, 'utf8').matchAll(/\bcode: ?'([a-z0-9-]+)'/g)) codes.add(m[1]);
    const unknown = [...codes].filter((c) => !c.startsWith('config-') && !isKnownCodeKey(c));
    assert.deepEqual(unknown, []);
    assert.ok(codes.size > 25);
  });

  it('accepts prefixes that match a code, and suggests the nearest codes for a typo', () => {
    assert.ok(isKnownCodeKey('threat-*') && isKnownCodeKey('risk-*') && isKnownCodeKey('schema-enum'));
    assert.ok(!isKnownCodeKey('foo-*') && !isKnownCodeKey('threat-Z9'));
    assert.deepEqual(nearestCodes('conduit-unsued'), ['conduit-unused']);
    assert.deepEqual(nearestCodes('completely-different-words'), []);
  });
});
