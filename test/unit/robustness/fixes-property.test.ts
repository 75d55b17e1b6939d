// Issue 13.2. Property: applying any offered quick-fix (and fix-all) never adds a validation error and
// never removes another entry or comment. Over every example plant and seeded generated plants.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';
import { applyEdits, type TextEdit } from '../../../src/core/edit/index';
import { fixAll, fixesFor, type Fix } from '../../../src/core/fixes/index';
import { generatePlantText } from './generate';

const DIR = path.resolve(__dirname, '../../../examples');
const GENERATED = 20;

/**
 * Validation errors as a multiset of code and data (ids, not positions: a schema error's instancePath
 * shifts when an entry before it goes, and a measure-target-kind message names the conduit's current ends).
 */
function validationErrors(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of checkText(text, { analysis: false }).problems) {
    if (p.severity !== 'error') continue;
    const { instancePath: _, ...data } = (p.data ?? {}) as Record<string, unknown>;
    const key = `${p.code}|${p.data ? JSON.stringify(data) : p.message}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Identity of every entry: section keys, flows by ends and id, countermeasures by measure and target. */
function entries(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const section of ['zones', 'devices', 'conduits']) {
    const m = doc.get(section);
    if (isMap(m)) for (const p of m.items) out.add(`${section}:${String((p.key as { value?: unknown })?.value)}`);
  }
  for (const section of ['flows', 'countermeasures']) {
    const s = doc.get(section);
    if (!isSeq(s)) continue;
    for (const item of s.items) {
      const v = isMap(item) ? (item.toJSON() as Record<string, unknown>) : {};
      out.add(section === 'flows' ? `flow:${String(v.id)}:${String(v.from)}->${String(v.to)}` : `measure:${String(v.measure)}@${String(v.target)}`);
    }
  }
  return out;
}

/** Comments with where they start (a comment inside a range the fix deletes on purpose is exempt). */
function comments(text: string): { text: string; at: number }[] {
  return [...text.matchAll(/(?:^|[ \t])(#[^\n]*)/gm)].map((m) => ({ text: m[1].trimEnd(), at: m.index + m[0].indexOf('#') }));
}

interface Before {
  readonly text: string;
  readonly errors: Map<string, number>;
  readonly entries: Set<string>;
  readonly comments: { text: string; at: number }[];
}

function assertFixKeepsTheRest(name: string, b: Before, p: Problem | undefined, fix: Fix): void {
  const text = b.text;
  const after = applyEdits(text, fix.edits);
  const what = `${name}: "${fix.title}"${p ? ` for ${p.code} ${JSON.stringify(p.data?.target ?? p.data?.id ?? '')}` : ''}`;
  const doc = parseDocument(after);
  assert.deepEqual(doc.errors.map((e) => e.message), [], `${what}: YAML errors`);
  const before = b.errors;
  const added = [...validationErrors(after)].filter(([k, n]) => n > (before.get(k) ?? 0)).map(([k]) => k);
  assert.deepEqual(added, [], `${what} adds validation errors`);
  const kept = entries(doc);
  assert.deepEqual([...b.entries].filter((e) => !kept.has(e)), [], `${what} removes entries`);
  // Only "remove the duplicate entry" deletes text on purpose; its own lines may carry a comment.
  const removed = (c: { at: number }) => p?.code === 'duplicate-measure' && fix.edits.some((e: TextEdit) => e.newText === '' && e.start <= c.at && c.at < e.end);
  const left = comments(after).map((c) => c.text);
  for (const c of b.comments) {
    if (removed(c)) continue;
    const i = left.indexOf(c.text);
    assert.ok(i >= 0, `${what} removes the comment ${c.text}`);
    left.splice(i, 1);
  }
}

function checkAllFixes(name: string, text: string): number {
  const problems = checkText(text).problems;
  let n = 0;
  const before: Before = { text, errors: validationErrors(text), entries: entries(parseDocument(text)), comments: comments(text) };
  const seen = new Set<string>();
  const tryFix = (p: Problem | undefined, fix: Fix) => {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) return;
    seen.add(key);
    assertFixKeepsTheRest(name, before, p, fix);
    n++;
  };
  for (const p of problems) for (const fix of fixesFor(p, text)) tryFix(p, fix);
  const all = fixAll(problems, text);
  if (all) tryFix(undefined, all);
  return n;
}

describe('robustness: quick-fixes never add errors or remove entries (13.2)', () => {
  it('every fix of every example plant', () => {
    let fixes = 0;
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.smartfab.yaml'))) fixes += checkAllFixes(file, readFileSync(path.join(DIR, file), 'utf8'));
    assert.ok(fixes > 50, `only ${fixes} fixes tried`);
  });

  it(`every fix of ${GENERATED} generated plants (seeded)`, () => {
    let fixes = 0;
    for (let seed = 1; seed <= GENERATED; seed++) fixes += checkAllFixes(`generated plant ${seed}`, generatePlantText(seed));
    assert.ok(fixes > GENERATED, `only ${fixes} fixes tried`);
  });

  it('combined plant: "Add missing countermeasures as planned" for A4 puts ID6-1 where validation accepts it', () => {
    const text = readFileSync(path.join(DIR, 'combined-plant.smartfab.yaml'), 'utf8');
    const a4 = checkText(text).problems.find((p) => p.code === 'threat-A4' && (p.data?.missing as string[]).includes('6-1'))!;
    const fix = fixesFor(a4, text).find((f) => f.title === 'Add missing countermeasures as planned')!;
    const after = applyEdits(text, fix.edits);
    assert.match(after, /measure: ID6-1\n\s+target: iot-to-dmz/);
    const again = checkText(after).problems.find((p) => p.code === 'threat-A4' && p.data?.target === 'dmz-to-ctrl');
    assert.deepEqual(again?.data?.missing ?? [], [], 'A4 has nothing missing any more');
  });
});
