// Shared test helpers: golden files, applying results, and the validity checks every edit must pass.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { checkText } from '../../../src/core/check';
import { applyEdits, type EditResult } from '../../../src/core/edit/index';
import { FORMAT_CODES } from '../../../src/core/format/codes';

export const GOLDEN_DIR = path.resolve(__dirname, '../../golden/edit');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export function input(name: string): string {
  return readFileSync(path.join(GOLDEN_DIR, 'inputs', name), 'utf8');
}

export function applied(text: string, r: EditResult): string {
  if ('error' in r) assert.fail(`unexpected error: ${r.error}`);
  return applyEdits(text, r.edits);
}

export function errorOf(r: EditResult): string {
  assert.ok('error' in r, 'expected an error');
  return r.error;
}

/** Compares with test/golden/edit/<name>; UPDATE_GOLDEN=1 rewrites it. */
export function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `missing golden ${name}; run with UPDATE_GOLDEN=1`);
  assert.equal(actual, readFileSync(file, 'utf8'));
}

const isValidationCode = (code: string): boolean => code in FORMAT_CODES || code.startsWith('schema-');

function validationCodes(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of checkText(text).problems) if (isValidationCode(p.code)) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return counts;
}

/** The result is well-formed YAML and the checker finds no validation problem the original lacked. */
export function assertValid(before: string, after: string, allow: readonly string[] = []): void {
  const doc = parseDocument(after);
  assert.deepEqual(doc.errors.map((e) => e.message), [], 'result must parse without YAML errors');
  const was = validationCodes(before);
  const added = [...validationCodes(after)].filter(([code, n]) => n > (was.get(code) ?? 0) && !allow.includes(code));
  assert.deepEqual(added, [], `new validation problems:\n${checkText(after).problems.map((p) => `${p.code}: ${p.message}`).join('\n')}`);
}

export const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');
