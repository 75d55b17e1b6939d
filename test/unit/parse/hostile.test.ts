// Bad input never crashes or hangs: each case yields problems with spans.
import { strict as assert } from 'node:assert';
import { checkText } from '../../../src/core/check';
import { MAX_TEXT_LENGTH } from '../../../src/core/parse/index';

/** Format checks only: the threat analysis has its own tests. */
const vcheck = (text: string) => checkText(text, { analysis: false });

const codes = (text: string) => vcheck(text).problems.map((p) => p.code);

describe('parse: hostile and broken input', () => {
  it('empty and comment-only files: empty-document, no plant', () => {
    for (const t of ['', '   \n\n', '# nothing here\n']) {
      const r = vcheck(t);
      assert.deepEqual(r.problems.map((p) => p.code), ['empty-document']);
      assert.equal(r.plant, undefined);
    }
  });

  it('non-YAML prose is a schema type error on the root, not a crash', () => {
    const r = vcheck('This is not a plant, just a sentence.');
    assert.deepEqual(r.problems.map((p) => p.code), ['schema-type']);
    assert.equal(r.plant, undefined);
  });

  it('reports ALL YAML syntax errors, each at its place', () => {
    const text = 'smartfab: 1\nzones: [a, b\ndevices: {x\n  - y\nplant: "open\n';
    const r = vcheck(text);
    const syntax = r.problems.filter((p) => p.code === 'yaml-syntax');
    assert.ok(syntax.length >= 3, JSON.stringify(r.problems));
    const lines = syntax.map((p) => r.lineIndex.position(p.span.start).line);
    assert.ok(new Set(lines).size >= 3, `errors on distinct lines: ${lines}`);
    for (const p of syntax) assert.doesNotMatch(p.message, /\n/);
  });

  it('duplicate keys are reported at the second key', () => {
    const text = 'smartfab: 1\nzones:\n  a: { kind: dmz }\n  a: { kind: cloud }\n';
    const p = vcheck(text).problems.find((x) => x.code === 'duplicate-key')!;
    assert.equal(p.span.start, text.lastIndexOf('a:'));
  });

  it('binary data: binary-content at the first NUL', () => {
    const r = vcheck('smartfab: 1\n\u0000\u0001\u0002\u00ff');
    assert.deepEqual(r.problems.map((p) => [p.code, p.span.start]), [['binary-content', 12]]);
  });

  it('multi-document streams: multi-document at the second document, the first is still checked', () => {
    const text = 'smartfab: 1\nzones: {}\n---\nsmartfab: 1\n---\nfoo\n';
    const r = vcheck(text);
    const p = r.problems.find((x) => x.code === 'multi-document')!;
    assert.equal(p.span.start, text.indexOf('---'));
    assert.match(p.message, /2 more/);
    assert.ok(r.plant);
  });

  it('deep nesting (50,000 levels) yields problems, not a stack overflow', () => {
    const deep = 'smartfab: 1\nplant: ' + '['.repeat(50_000) + ']'.repeat(50_000) + '\n';
    const r = vcheck(deep);
    assert.ok(r.problems.length > 0);
    assert.ok(r.problems.every((p) => p.span.start >= 0 && p.span.end <= deep.length));
  });

  it('alias bombs stop at the alias limit', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const n of 'bcdefghi') rows.push(`${n}: &${n} [${Array(9).fill(`*${String.fromCharCode(n.charCodeAt(0) - 1)}`).join(',')}]`);
    const text = `smartfab: 1\nx-bomb:\n${rows.map((r) => '  ' + r).join('\n')}\n`;
    const r = vcheck(text);
    const p = r.problems.find((x) => x.code === 'alias-limit')!;
    assert.ok(p, JSON.stringify(r.problems));
    assert.equal(text.slice(p.span.start, p.span.end), '*a');
  });

  it('a few aliases are fine', () => {
    const text = 'smartfab: 1\nzones:\n  a: &z { kind: dmz }\n  b: *z\n';
    const r = vcheck(text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.plant!.zones.map((z) => z.kind), ['dmz', 'dmz']);
  });

  it('files over the size limit (10 MB) are refused with file-too-large', () => {
    const big = 'smartfab: 1\n# ' + 'x'.repeat(10 * 1024 * 1024) + '\n';
    assert.ok(big.length > MAX_TEXT_LENGTH);
    assert.deepEqual(codes(big), ['file-too-large']);
  });

  it('counts of 10^9 and beyond are schema errors, and the model stays bounded', () => {
    const text = 'smartfab: 1\nzones: { z: { kind: dmz } }\ndevices:\n  a: { kind: iot-device, zone: z, count: 1000000000 }\n  b: { kind: iot-device, zone: z, count: 1e400 }\n  c: { kind: iot-device, zone: z, count: -3 }\n';
    const r = vcheck(text);
    assert.deepEqual(r.problems.map((p) => p.code), ['schema-maximum', 'schema-type', 'schema-minimum']);
    assert.deepEqual(r.plant!.devices.map((d) => d.count), [100_000, 1, 1]);
  });

  it('wrong types everywhere give schema problems and a plant without crashing', () => {
    const text = 'smartfab: "one"\nplant: []\nmodels: 3\nzones: [a, b]\ndevices: { d: 5 }\nconduits: { c: { between: x } }\nflows: { a: 1 }\ncountermeasures: [1, null, { measure: [] }]\n';
    const r = vcheck(text);
    assert.ok(r.problems.length >= 8, JSON.stringify(r.problems.map((p) => p.code)));
    assert.ok(r.plant);
    assert.ok(r.problems.every((p) => p.code.startsWith('schema-')));
  });

  it('keys that are not strings (null, maps) are tolerated', () => {
    const r = vcheck('smartfab: 1\nzones:\n  ? [a, b]\n  : { kind: dmz }\n  ~: { kind: dmz }\n');
    assert.ok(r.problems.length > 0);
    assert.ok(r.plant);
  });

  it('a BOM and CRLF line ends keep spans exact', () => {
    const text = '\ufeffsmartfab: 1\r\nzones:\r\n  z: { kind: nope }\r\n';
    const r = vcheck(text);
    const p = r.problems[0];
    assert.equal(text.slice(p.span.start, p.span.end), 'nope');
    assert.deepEqual(r.lineIndex.position(p.span.start), { line: 2, character: 13 });
  });
});
