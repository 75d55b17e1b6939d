// Incremental reparse: which edits reuse the previous Document, which fall back to a full parse,
// and that the previous version is never modified. (Equality with a full check on random edits is
// the property test beside this file.)
import { strict as assert } from 'node:assert';
import { checkText } from '../../../src/core/check';
import { reparseSource, reusable } from '../../../src/core/parse/incremental';
import { parseSource, type ParsedSource } from '../../../src/core/parse/source';
import { createChecker } from '../../../src/server/checker';
import { generatePlant } from '../../../src/server/bench';
import { Pipeline } from '../../../src/server/pipeline';

const PLANT = generatePlant(40, 4);
const base = (text = PLANT): ParsedSource => parseSource(text).source;
const edit = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), `fixture holds ${JSON.stringify(from)}`);
  return text.replace(from, to);
};
const ranges = (s: ParsedSource) => JSON.stringify(s.doc, (k, v) => (k === 'schema' ? undefined : v));

/** Reparses `text` from `prev` and checks it against a full parse. */
function reparse(prev: ParsedSource, text: string) {
  const r = reparseSource(prev, text);
  const full = parseSource(text);
  assert.deepEqual(r.problems, full.problems);
  assert.deepEqual(r.source.value, full.source.value);
  assert.deepEqual(checkText(text, { analysis: false, previous: prev }).problems, checkText(text, { analysis: false }).problems);
  return r;
}

describe('incremental reparse', () => {
  it('reparses only the edited entry for a value change, a new entry, a deleted entry', () => {
    const prev = base();
    assert.equal(reparse(prev, edit(PLANT, 'name: Device 20', 'name: Line 3 PLC')).incremental, true);
    assert.equal(reparse(prev, edit(PLANT, '    zone: z1\n', '    zone: nowhere\n')).incremental, true);
    assert.equal(reparse(prev, edit(PLANT, '  d7:\n', '  d7-new:\n    kind: hmi\n    zone: z0\n  d7:\n')).incremental, true);
    assert.equal(reparse(prev, PLANT.replace(/^ {2}d7:\n(?: {4}.*\n)+/m, '')).incremental, true);
    assert.equal(reparse(prev, edit(PLANT, '  c3:\n', '  c3:\n    via: [d3]\n')).incremental, true);
  });

  it('leaves the previous Document as it was, so it can be reused again', () => {
    const prev = base();
    const before = ranges(prev);
    const a = reparse(prev, edit(PLANT, 'name: Device 3', 'name: Device three'));
    assert.equal(a.incremental, true);
    assert.equal(ranges(prev), before);
    assert.equal(reparse(prev, edit(PLANT, 'count: 1\n  d30:', 'count: 5\n  d30:')).incremental, true);
    assert.equal(ranges(prev), before);
    assert.ok(reusable(a.source), 'the spliced version can be the next base');
  });

  it('reports duplicate keys, unknown zones and schema errors of the spliced version like a full check', () => {
    const prev = base();
    const text = edit(PLANT, '    name: Device 12\n', '    name: Device 12\n    kind: hmi\n    bogus: 1\n');
    const inc = checkText(text, { analysis: false, previous: prev });
    assert.equal(inc.incremental, true);
    assert.deepEqual(inc.problems.map((p) => p.code), ['duplicate-key', 'schema-additionalProperties']);
    assert.deepEqual(inc.problems, checkText(text, { analysis: false }).problems);
  });

  it('parses in full when the edit is outside the entries, breaks the YAML or meets anchors', () => {
    const prev = base();
    assert.equal(reparse(prev, edit(PLANT, 'smartfab: 1', 'smartfab: 2')).incremental, false);
    assert.equal(reparse(prev, edit(PLANT, 'devices:\n', 'devices: # all of them\n')).incremental, false);
    assert.equal(reparse(prev, edit(PLANT, 'name: Device 9', 'name: [Device 9')).incremental, false, 'a syntax error');
    assert.equal(reparse(prev, edit(PLANT, '    count: 1\n  d10:', '   count: 1\n  d10:')).incremental, false, 'bad indentation');
    assert.equal(reparse(prev, edit(PLANT, 'name: Device 9', 'name: &n Device 9')).incremental, false, 'an anchor');
    assert.equal(reparse(prev, `${PLANT}---\nsmartfab: 1\n`).incremental, false, 'a second document');
    const aliased = edit(PLANT, 'name: Device 1\n', 'name: &one Device 1\n').replace('name: Device 2\n', 'name: *one\n');
    assert.equal(reusable(base(aliased)), false, 'aliases anywhere: never a base');
  });

  it('parses in full when a comment indented inside the entries ends the window (yaml may give it to the next)', () => {
    const seq = 'smartfab: 1\nflows:\n- from: a\n  to: b\n # before the next\n- { from: b, to: a }\n';
    assert.equal(reparse(base(seq), seq.replace('to: b', 'to: c')).incremental, false);
    // Deleting the comment takes the next entry into the window, which then sees it in context.
    assert.equal(reparse(base(seq), seq.replace(' # before the next\n', '')).incremental, true);
  });

  it('a consumed base gives the same data and duplicate keys as a full parse', () => {
    const cases = [
      edit(PLANT, '  d7:\n', '  d8:\n'), // a fresh key repeats a kept one
      edit(PLANT, '    name: Device 7\n', '    name: Device 7\n    name: again\n'), // a repeat inside the fresh entry
      edit(PLANT, 'between: [z2, z0]', 'between: [z2, z1]'),
      edit(PLANT, 'name: Device 30', 'name: Device thirty'),
    ];
    for (const text of cases) {
      const r = reparseSource(base(), text, undefined, true);
      const full = parseSource(text);
      assert.equal(r.incremental, true);
      assert.deepEqual(r.problems, full.problems);
      assert.deepEqual(r.source.value, full.source.value);
      assert.equal(ranges(r.source), ranges(full.source));
    }
  });

  it('keeps the schema problems of untouched entries and validates the edited ones, as a full check', () => {
    let text = edit(edit(PLANT, '    name: Device 3\n', '    name: Device 3\n    bogus: 1\n'), '    name: Device 30\n', '    name: Device 30\n    kind2: x\n');
    let prev = checkText(text, { analysis: false }).source;
    for (const [from, to] of [['name: Device 20', 'name: Device twenty'], ['    name: Device 21\n', '    name: Device 21\n    extra: 2\n'], ['kind: hmi', 'kind: nope'], ['between: [z2, z0]', 'between: 3']]) {
      text = edit(text, from, to);
      const inc = checkText(text, { analysis: false, previous: prev, consumePrevious: true });
      assert.equal(inc.incremental, true);
      assert.deepEqual(inc.problems, checkText(text, { analysis: false }).problems);
      prev = inc.source;
    }
  });

  it('returns the previous Document for an unchanged text', () => {
    const prev = base();
    const r = reparseSource(prev, PLANT);
    assert.equal(r.incremental, true);
    assert.equal(r.source.doc, prev.doc);
  });

  it('handles the last entry of the last section and typing a key without a value', () => {
    const prev = base();
    assert.equal(reparse(prev, edit(PLANT, 'between: [z3, z0]', 'between: [z3, z2]')).incremental, true);
    assert.equal(reparse(prev, `${PLANT}  c9:\n`).incremental, true);
    assert.equal(reparse(prev, PLANT.replace(/\n$/, '')).incremental, true);
  });
});

describe('incremental reparse in the server checker', () => {
  const URI = 'file:///inc.smartfab.yaml';

  it('reparses from the last well-formed version across a broken one', () => {
    const checker = createChecker();
    const pipeline = new Pipeline(checker);
    pipeline.run(URI, 1, PLANT);
    const broken = edit(PLANT, 'name: Device 5', 'name: [Device 5');
    assert.ok(pipeline.run(URI, 2, broken).raw.some((p) => p.code === 'yaml-syntax'));
    assert.equal(checker.incremental, 0);
    const fixed = edit(PLANT, 'name: Device 5', 'name: [Device 5]');
    const r = pipeline.run(URI, 3, fixed);
    assert.equal(checker.incremental, 1, 'diffed against version 1, not the broken version 2');
    assert.deepEqual(r.raw, createChecker()(fixed, URI).problems);
    pipeline.close(URI);
    pipeline.run(URI, 4, fixed);
    assert.equal(checker.incremental, 1, 'a closed document starts over');
  });
});
