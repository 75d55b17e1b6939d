import assert from 'node:assert/strict';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';
import { mapSpan, stableProblems, textChange } from '../../../src/core/lsp/stable-problems';

const finding = (start: number, end: number, code = 'threat-A4'): Problem => ({ code, severity: 'error', message: code, span: { start, end } });
const syntax = (start: number): Problem => ({ code: 'yaml-syntax', severity: 'error', message: 'bad', span: { start, end: start + 1 } });

describe('lsp steady diagnostics while the YAML is broken', () => {
  it('finds the one changed region between two versions', () => {
    assert.deepEqual(textChange('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(textChange('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
    assert.deepEqual(textChange('abc', 'abZc'), { start: 2, oldEnd: 2, newEnd: 3 });
  });

  it('keeps spans before the edit, shifts spans after it, drops spans it touched', () => {
    const c = { start: 10, oldEnd: 12, newEnd: 15 };
    assert.deepEqual(mapSpan({ start: 2, end: 10 }, c), { start: 2, end: 10 });
    assert.deepEqual(mapSpan({ start: 12, end: 14 }, c), { start: 15, end: 17 });
    assert.equal(mapSpan({ start: 9, end: 11 }, c), undefined);
  });

  it('publishes a well-formed version as is and remembers it', () => {
    const cur = { text: 'a: 1\n', problems: [finding(0, 1)] };
    const r = stableProblems(cur, undefined);
    assert.deepEqual(r.problems, cur.problems);
    assert.equal(r.lastGood, cur);
  });

  it('while broken: syntax errors now, last good findings outside the edit (shifted), no flicker', () => {
    const good = { text: 'zones:\n  a: {}\n# tail\n', problems: [finding(9, 10), finding(15, 21, 'conduit-unused')] };
    const brokenText = 'zones:\n  a: {}\n  [[\n# tail\n';
    const now = { text: brokenText, problems: [syntax(17), finding(0, 5, 'dangling-ref')] };
    const r = stableProblems(now, good);
    assert.deepEqual(r.problems.map((p) => `${p.code}@${p.span.start}`), ['yaml-syntax@17', 'threat-A4@9', 'conduit-unused@20']);
    assert.equal(r.lastGood, good, 'the broken version is not remembered');
  });

  it('keeps new problems inside the edited region that lie before the syntax error', () => {
    const good = { text: 'x: 1\ny: 2\n', problems: [] };
    const now = { text: 'x: 1\nzz: 9\ny: 2\n  - [\n', problems: [finding(5, 7, 'schema-additional'), syntax(18)] };
    assert.deepEqual(stableProblems(now, good).problems.map((p) => p.code), ['yaml-syntax', 'schema-additional']);
  });

  it('on real plant text: typing an unclosed bracket keeps the findings of the intact part', () => {
    const text = 'smartfab: 1\nzones:\n  z:\n    kind: dmz\ndevices:\n  d:\n    kind: firewall\n    zone: nowhere\n';
    const before = checkText(text);
    const ref = before.problems.find((p) => p.code !== 'yaml-syntax');
    assert.ok(ref, 'the good version has a validation problem');
    const broken = text.replace('zones:', 'zones: [\n  oops:');
    const after = checkText(broken);
    assert.ok(after.problems.some((p) => p.code === 'yaml-syntax'));
    const steady = stableProblems({ text: broken, problems: after.problems }, { text, problems: before.problems });
    const shifted = steady.problems.find((p) => p.code === ref.code);
    assert.ok(shifted, 'the validation problem is still shown');
    assert.equal(broken.slice(shifted.span.start, shifted.span.end), text.slice(ref.span.start, ref.span.end));
  });
});
