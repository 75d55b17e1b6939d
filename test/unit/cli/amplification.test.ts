// Output amplification (issue 16.5): a small file cannot make SmartFab write megabytes or flood the Problems
// panel. checkText collapses repeats on one line and caps each code per file; the language server's checker,
// every CLI format and the analysis findings see the same bounded list.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../../src/cli/main';
import { checkText } from '../../../src/core/check';
import { limitProblems, MAX_PROBLEMS_PER_CODE, OMITTED_CODE } from '../../../src/core/check-limit';
import { lazyProblem, withSeverity, type Problem } from '../../../src/core/diagnostics';
import { LineIndex } from '../../../src/core/text/line-index';
import { createChecker } from '../../../src/server/checker';
import { assertValidSarif } from '../../fixtures/sarif/validate';

const repeatedModels = (n: number) => `smartfab: 1\nmodels: [${Array(n).fill(1).join(', ')}]\n`;
const duplicateKeys = (n: number) => `smartfab: 1\nzones:\n${'  a: { kind: iot-network }\n'.repeat(n)}`;
/** Model 1 with `n` IoT device groups: n threat-A1 findings, all legitimate. */
const manyDevices = (n: number) =>
  `smartfab: 1\nzones:\n  iot: { kind: iot-network }\n  ctrl: { kind: control-info }\n  info: { kind: information }\ndevices:\n${Array.from({ length: n }, (_, i) => `  s${i}: { kind: iot-device, zone: iot }\n`).join('')}  a: { kind: analysis-server, zone: info }\nconduits:\n  c: { between: [iot, ctrl] }\n`;

const count = (ps: readonly Problem[], code: string) => ps.filter((p) => p.code === code).length;

async function outputs(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-amp-'));
  writeFileSync(path.join(dir, 'p.smartfab.yaml'), text);
  const sizes: Record<string, number> = {};
  for (const format of ['text', 'json', 'sarif']) {
    let out = '';
    const code = await run(['check', '--format', format, 'p.smartfab.yaml'], { out: (s) => void (out += s), err: () => {}, cwd: dir });
    assert.equal(code, 1, 'the errors still fail the check');
    if (format === 'sarif') assertValidSarif(out);
    sizes[format] = out.length;
  }
  return sizes;
}

describe('cli: output amplification', function () {
  this.timeout(60_000);

  it('repeats of one problem on one line collapse into one that says how often (models: [1, 1, …] × 50,000)', async () => {
    const r = checkText(repeatedModels(50_000));
    assert.ok(r.problems.length <= 5, r.problems.map((p) => p.code).join());
    const mismatch = r.problems.filter((p) => p.code === 'model-mismatch');
    assert.equal(mismatch.length, 1);
    assert.match(mismatch[0].message, /\(repeated 50000 times on this line\)$/);
    const sizes = await outputs(repeatedModels(50_000));
    for (const [format, size] of Object.entries(sizes)) assert.ok(size < 20_000, `${format}: ${size} characters`);
  });

  it(`at most ${MAX_PROBLEMS_PER_CODE} problems per code and file, then one problems-omitted counting the rest`, async () => {
    const r = checkText(duplicateKeys(2_000));
    assert.equal(count(r.problems, 'duplicate-key'), MAX_PROBLEMS_PER_CODE);
    const omitted = r.problems.filter((p) => p.code === OMITTED_CODE);
    assert.equal(omitted.length, 1);
    assert.equal(omitted[0].severity, 'error', 'the worst severity left out');
    assert.deepEqual(omitted[0].data, { code: 'duplicate-key', omitted: 1_999 - MAX_PROBLEMS_PER_CODE, max: MAX_PROBLEMS_PER_CODE });
    assert.match(omitted[0].message, /^1799 more problems with code duplicate-key in this file are not listed/);
    const firstLeftOut = r.lineIndex.position(omitted[0].span.start).line;
    assert.equal(firstLeftOut, 2 + MAX_PROBLEMS_PER_CODE + 1, 'at the first problem left out');
    const sizes = await outputs(duplicateKeys(2_000));
    assert.ok(sizes.sarif < 600_000, `sarif: ${sizes.sarif}`);
  });

  it('analysis findings are capped the same way, in the problems, the analysis and the language server', () => {
    const text = manyDevices(MAX_PROBLEMS_PER_CODE + 50);
    const r = checkText(text);
    assert.equal(count(r.problems, 'threat-A1'), MAX_PROBLEMS_PER_CODE);
    assert.equal(count(r.analysis!.findings, 'threat-A1'), MAX_PROBLEMS_PER_CODE);
    assert.ok(r.analysis!.findings.every((f) => r.problems.includes(f)), 'the analysis lists the problems it kept');
    assert.deepEqual(r.problems.find((p) => p.code === OMITTED_CODE)?.data, { code: 'threat-A1', omitted: 50, max: MAX_PROBLEMS_PER_CODE });
    const server = createChecker()(text, 'file:///p.smartfab.yaml');
    assert.deepEqual(server.problems.map((p) => `${p.code}@${p.span.start}`), r.problems.map((p) => `${p.code}@${p.span.start}`));
    const uncapped = checkText(text, { maxProblemsPerCode: Infinity });
    assert.equal(count(uncapped.problems, 'threat-A1'), MAX_PROBLEMS_PER_CODE + 50);
  });

  it('plants of ordinary size are untouched', () => {
    const text = manyDevices(40);
    const r = checkText(text);
    assert.equal(count(r.problems, OMITTED_CODE), 0);
    assert.deepEqual(r.problems, checkText(text, { maxProblemsPerCode: Infinity }).problems);
  });

  it('limitProblems: keeps order and the first of each code; messages lose their control characters', () => {
    const text = 'a\nb\nc\n';
    const lines = new LineIndex(text);
    const p = (code: string, start: number, message = 'm'): Problem => ({ code, severity: 'warning', message, span: { start, end: start + 1 } });
    const input = [p('x', 0), p('x', 0), p('y', 0, 'ok\u001b[2J\nnext'), p('x', 2), p('x', 4)];
    const r = limitProblems(input, lines, 2);
    assert.deepEqual(r.problems.map((q) => `${q.code}:${q.span.start}`), ['x:0', 'y:0', 'x:2', `${OMITTED_CODE}:4`]);
    assert.equal(r.problems[0].message, 'm (repeated 2 times on this line)');
    assert.equal(r.problems[1].message, 'ok\\u001B[2J next');
    assert.equal(r.kept.get(input[0]), r.problems[0]);
    assert.equal(r.kept.has(input[1]), false);
    assert.equal(r.kept.has(input[4]), false);
  });

  it('limitProblems words no problem past the cap unless it may repeat a kept one on the same line', () => {
    const text = 'a\nb\nc\n';
    const lines = new LineIndex(text);
    const worded: number[] = [];
    const lazy = (start: number, severity: Problem['severity'] = 'warning', message = 'm'): Problem =>
      lazyProblem({ code: 'x', severity, span: { start, end: start + 1 } }, () => (worded.push(start), { message, data: { start } }));
    // Kept: 0 and 2 (cap 2); 2 again on line 1 repeats a kept one; 4 (line 2) and the error on it are only counted.
    const input = [lazy(0), lazy(2), lazy(2), lazy(4), lazy(4, 'error', 'other')];
    const r = limitProblems(input, lines, 2);
    assert.deepEqual(worded, [0, 2, 2]);
    assert.deepEqual(r.problems.map((q) => `${q.code}:${q.span.start}`), ['x:0', 'x:2', `${OMITTED_CODE}:4`]);
    assert.equal(r.problems[1].message, 'm (repeated 2 times on this line)');
    assert.deepEqual(r.problems[2].data, { code: 'x', omitted: 2, max: 2 });
    assert.equal(r.problems[2].severity, 'error', 'the worst severity left out');
  });

  it('a lazy problem reads as a plain one: spread, JSON and deep equality; withSeverity keeps it lazy', () => {
    let calls = 0;
    const p = lazyProblem({ code: 'x', severity: 'info', span: { start: 0, end: 1 } }, () => (calls++, { message: 'm', related: [], data: { a: 1 } }));
    const hinted = withSeverity(p, 'hint');
    assert.equal(calls, 0);
    assert.deepEqual({ ...hinted }, { code: 'x', severity: 'hint', message: 'm', span: { start: 0, end: 1 }, related: [], data: { a: 1 } });
    assert.equal(JSON.stringify(p), '{"code":"x","severity":"info","message":"m","span":{"start":0,"end":1},"related":[],"data":{"a":1}}');
    assert.equal(calls, 1, 'worded once, shared by the copy');
  });
});
