// Schema violations are mapped back to the offending key or value.
import { strict as assert } from 'node:assert';
import { checkText } from '../../../src/core/check';

/** Format checks only: the threat analysis has its own tests. */
const vcheck = (text: string) => checkText(text, { analysis: false });

function problems(text: string) {
  return vcheck(text).problems.map((p) => ({ code: p.code, at: text.slice(p.span.start, p.span.end), message: p.message }));
}

describe('validate: schema violations with spans', () => {
  it('unknown property at its key, listing the allowed ones', () => {
    const [p] = problems('smartfab: 1\nzones:\n  z:\n    kind: dmz\n    colour: red\n');
    assert.deepEqual([p.code, p.at], ['schema-additionalProperties', 'colour']);
    assert.match(p.message, /zones\.z: unknown property 'colour' \(expected one of: kind, name/);
  });

  it('x- extension keys are allowed', () => {
    assert.deepEqual(problems('smartfab: 1\nx-owner: me\nzones:\n  z: { kind: dmz, x-rack: 4 }\n'), []);
  });

  it('bad enum value at the value, with the allowed values', () => {
    const [p] = problems('smartfab: 1\nzones:\n  z: { kind: factory }\n');
    assert.deepEqual([p.code, p.at], ['schema-enum', 'factory']);
    assert.match(p.message, /expected one of: iot-network, control-info/);
  });

  it('missing required property at the element key', () => {
    const [p] = problems('smartfab: 1\nzones:\n  z: { kind: dmz }\ndevices:\n  d:\n    kind: viewer\n');
    assert.deepEqual([p.code, p.at], ['schema-required', 'd']);
    assert.match(p.message, /devices\.d: missing required property 'zone'/);
  });

  it('missing or wrong format version', () => {
    assert.deepEqual(problems('zones: {}\n').map((p) => p.code), ['schema-required']);
    const [p] = problems('smartfab: 2\n');
    assert.deepEqual([p.code, p.at], ['schema-const', '2']);
  });

  it('invalid ids at the key', () => {
    const [p] = problems('smartfab: 1\nzones:\n  "my zone": { kind: dmz }\n');
    assert.deepEqual([p.code, p.at], ['schema-propertyNames', '"my zone"']);
  });

  it('Japanese ids are valid', () => {
    assert.deepEqual(problems('smartfab: 1\nzones:\n  制御NW: { kind: control-info }\n  情報NW: { kind: information }\nconduits:\n  境界1: { between: [制御NW, 情報NW] }\n'), []);
  });

  it('array items are addressed by index', () => {
    const [p] = problems('smartfab: 1\nflows:\n  - { from: a }\n');
    assert.deepEqual([p.code, p.at], ['schema-required', '{ from: a }']);
    assert.match(p.message, /^flows\[0\]: missing required property 'to'/);
  });

  it('conduits need exactly two zones', () => {
    const [p] = problems('smartfab: 1\nzones: { a: { kind: dmz } }\nconduits:\n  c: { between: [a] }\n');
    assert.deepEqual([p.code, p.at], ['schema-minItems', '[a]']);
  });
});
