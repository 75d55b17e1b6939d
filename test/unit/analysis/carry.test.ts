// The carried analysis (src/core/analysis/carry.ts) through the server's checker: which edits carry
// the last analysis over, which analyse again, and that either way the result is a fresh check's.
import { strict as assert } from 'node:assert';
import { generatePlant } from '../../../bench/run';
import { carryAnalysis, offsetMapping } from '../../../src/core/analysis/carry';
import { analyze } from '../../../src/core/analysis/index';
import { checkText } from '../../../src/core/check';
import { lazyProblem } from '../../../src/core/diagnostics';
import type { Analysis } from '../../../src/core/analysis/types';
import type { Plant } from '../../../src/core/model/plant';
import { currentLang, setLocale } from '../../../src/core/lsp/l10n';
import { textChange } from '../../../src/core/lsp/stable-problems';
import { createChecker } from '../../../src/server/checker';

const URI = 'file:///carry.smartfab.yaml';
const PLANT = generatePlant(200);
const edit = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), `fixture holds ${JSON.stringify(from)}`);
  return text.replace(from, to);
};
const worded = (x: unknown) => JSON.parse(JSON.stringify(x));

/** The checker's output for `next` after `first`, beside a fresh check of `next`; how many were carried. */
function after(first: string, next: string, opts: Parameters<typeof createChecker>[1] = {}) {
  const checker = createChecker(8, opts);
  checker(first, URI);
  const out = checker(next, URI);
  assert.deepEqual(worded(out.problems), worded(createChecker(8, opts)(next, URI).problems));
  assert.deepEqual(worded(out.analysis), worded(createChecker(8, opts)(next, URI).analysis));
  return { carried: checker.carried, out };
}

describe('carried analysis', () => {
  it('carries names, descriptions, comments and blank lines over, its offsets moved', () => {
    assert.equal(after(PLANT, edit(PLANT, 'name: Device 100\n', 'name: Device 100 (line 3)\n')).carried, 1);
    assert.equal(after(PLANT, edit(PLANT, '    name: Device 100\n', '')).carried, 1, 'a name removed');
    assert.equal(after(PLANT, edit(PLANT, '  dev-7:\n', '  dev-7:\n    description: |\n      Two\n      lines\n')).carried, 1);
    assert.equal(after(PLANT, edit(PLANT, 'devices:\n', '# the devices\n\ndevices:\n')).carried, 1, 'a comment before everything moves every offset');
    assert.equal(after(PLANT, edit(PLANT, '  name: Generated plant', '  name: 工場')).carried, 1, 'the plant: section');
  });

  it('analyses again when the edit changes what the analysis reads', () => {
    for (const [from, to] of [
      ['    zone: zone-5\n    name: Device 105', '    zone: zone-6\n    name: Device 105'],
      ['kind: iot-device\n    zone: zone-3\n', 'kind: iot-gateway\n    zone: zone-3\n'],
      ['    status: planned\n', '    status: implemented\n'],
      ['  - from: dev-11\n', '  - from: dev-12\n'],
      ['  dev-7:\n', '  dev-7b:\n'],
    ]) {
      const { carried, out } = after(PLANT, edit(PLANT, from, to));
      assert.equal(carried, 0, `${from} -> ${to}`);
      assert.ok(out.analysis);
    }
  });

  it('analyses again after a change of language or of the analysis options', () => {
    const before = currentLang();
    try {
      const checker = createChecker();
      checker(PLANT, URI);
      setLocale('ja');
      const ja = checker(edit(PLANT, 'name: Device 100', 'name: 装置 100'), URI);
      assert.equal(checker.carried, 0);
      assert.match(ja.problems.find((p) => p.code === 'threat-A1')!.message, /[\u3040-\u30ff]/, 'worded in Japanese');
    } finally {
      setLocale(before);
    }
    let severity: 'error' | 'info' = 'error';
    const checker = createChecker(8, { analysis: () => ({ severity: { 'threat-A1': severity } }) });
    checker(PLANT, URI);
    severity = 'info';
    const out = checker(edit(PLANT, 'name: Device 100', 'name: Device 100 b'), URI);
    assert.equal(checker.carried, 0);
    assert.equal(out.problems.find((p) => p.code === 'threat-A1')!.severity, 'info');
  });

  it('forgets a closed document', () => {
    const checker = createChecker();
    checker(PLANT, URI);
    checker.forget(URI);
    checker(edit(PLANT, 'name: Device 100', 'name: Device 100 b'), URI);
    assert.equal(checker.carried, 0);
  });

  it('offsetMapping places the edited entry\'s own ends from the new plant, and refuses a conflict', () => {
    const next = edit(PLANT, 'name: Device 100\n', 'name: Device 100 1\n');
    const [a, b] = [checkText(PLANT, { analysis: false }).plant!, checkText(next, { analysis: false }).plant!];
    const c = textChange(PLANT, next);
    const at = offsetMapping(a, b, c)!;
    const dev = (p: typeof a) => p.devices.find((d) => d.id === 'dev-100')!;
    assert.equal(at(dev(a).span.end), dev(b).span.end, 'the entry grows by the typed text');
    assert.equal(at(dev(a).idSpan.start), dev(b).idSpan.start);
    const later = a.devices.find((d) => d.id === 'dev-101')!.idSpan.start;
    assert.equal(at(later), later + 2);
    // An analysis whose finding points inside the edited text, where no span of the plant ends: analysed again.
    const retyped = edit(PLANT, 'name: Device 100\n', 'name: Apparatus 100\n');
    const r = checkText(retyped, { analysis: false }).plant!;
    const rc = textChange(PLANT, retyped);
    assert.ok(rc.oldEnd - rc.start > 2);
    const analysis = analyze(a);
    const odd = { ...analysis, findings: [...analysis.findings, { code: 'x', severity: 'info' as const, message: 'x', span: { start: rc.start - 1, end: rc.start + 1 } }] };
    assert.equal(carryAnalysis(odd, a, r, rc), undefined);
    assert.ok(carryAnalysis(analysis, a, r, rc));
  });

  it('keeps the tab-indentation problem of a line outside the edit (such a file is no base for a reparse of the edited entry)', () => {
    const small = 'smartfab: 1\nplant:\n  name: P\nzones:\n  z1:\n    kind: information\n    name: A\n  z2:\n    kind: information\n';
    for (const [tabbed, next] of [
      [edit(small, '    name: A', '\tname: A'), edit(small, '    name: A', '\tname: A').replace('name: P', 'name: Q')],
      [edit(small, '  name: P\n', '\t\n'), edit(small, '  name: P\n', '\t\n').replace('name: A', 'name: B')],
    ]) {
      const { out } = after(tabbed, next);
      assert.equal(out.problems.filter((p) => p.code === 'yaml-tab-indent').length, 1);
    }
  });

  it('a finding carried over thousands of edits unread words itself from the last worded one (no chain of versions)', () => {
    // A finding past the 200-per-code cap is never worded, until a `risks:` decision makes the review
    // stage read every finding's data. Each carried finding used to hold the previous version's: typing
    // a few thousand characters into names kept every version alive and then overflowed the stack.
    const plant = { version: 1, meta: {}, zones: [], devices: [], conduits: [], flows: [], measures: [] } as unknown as Plant;
    const root = lazyProblem({ code: 'x', severity: 'info', span: { start: 0, end: 1 } }, () => ({ message: 'm', related: [{ span: { start: 10, end: 12 }, message: 'r' }, { span: { start: 2, end: 3 }, message: 'before' }], data: { k: 1 } }));
    let a: Analysis | undefined = { models: [], inferredModels: [], damages: [], instances: [], coverage: [], findings: [root] };
    const typed = 20_000;
    for (let i = 0; i < typed; i++) {
      a = carryAnalysis(a!, plant, plant, { start: 5, oldEnd: 5, newEnd: 6 });
      if (i === 99) assert.deepEqual(worded(a!.findings[0].related), [{ span: { start: 110, end: 112 }, message: 'r' }, { span: { start: 2, end: 3 }, message: 'before' }], 'worded midway');
    }
    assert.deepEqual(worded(a!.findings), [{ code: 'x', severity: 'info', message: 'm', span: { start: 0, end: 1 }, related: [{ span: { start: 10 + typed, end: 12 + typed }, message: 'r' }, { span: { start: 2, end: 3 }, message: 'before' }], data: { k: 1 } }]);
  });
});
