// Issue 13.3: edits with awkward values. Texts with line breaks, YAML indicators, quotes, invisible and
// control characters, and ids that are valid but YAML-special (0x1F, Nan, 制御), written by every edit
// that takes them, into block and flow entries of LF and CRLF files: the YAML stays valid and re-parses
// to exactly the intended plant. Ids that break the id rule (`a: b`, `#x`, newline, quotes) are refused.
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { addConduit, addDevice, addFlow, addMeasureEntries, addZone, applyEdits, moveDevice, renameElement, setMeasureStatus, type EditResult } from '../../../src/core/edit/index';
import { prng, pick } from './generate';

const BASE = `smartfab: 1
zones:
  z1: { kind: information }   # office
  z2:
    kind: control-info
    # the control network
  "0x1F": { kind: generic }
devices:
  d1: { kind: viewer, zone: z1 }
  d2:
    kind: hmi
    zone: z2
conduits:
  c1: { between: [z1, z2] }
flows: []
countermeasures:
  - { measure: ID8-1, target: z1, status: planned }
  - measure: ID9-1
    target: z2
    status: planned   # to do
`;

export const HOSTILE_TEXTS: readonly string[] = [
  'line\nbreak', 'crlf\r\nbreak', 'lone\rcr', 'trailing newline\n', '\n', '\n\n\nblank lines\n\n', 'a: b', 'a #b', '#start', '- dash', '? key',
  '"double"', "'single'", 'it\'s "both"', ' leading', 'trailing ', '\ttab', 'a\tb', '---', '...', '|', '>-', '&anchor', '*alias', '!tag', '%YAML',
  '@at', '`tick`', '', ' ', '[a, b]', '{a: 1}', 'null', '~', 'true', 'no', '1', '0x1F', '1e3', '.inf', 'a\u2028b', 'a\u2029b', 'a\u0085b',
  'rtl\u202eoverride', 'zero\u200bwidth', 'bom\ufeff', 'bell\u0007', 'esc\u001b[2J', 'del\u007f', 'lone\ud800surrogate', 'emoji 😀👨‍👩‍👧', '制御ネットワーク (情報側)',
  'x'.repeat(500), '\\backslash\\', 'a\\nb', '{{template}}', '<script>', "multi\n  indented\n    lines",
];

/** Valid ids (the id rule) that YAML would read as something else unless quoted. */
const SPECIAL_IDS = ['0x2A', '0o17', 'Nan', 'NaN', 'Inf', '制御', 'a.b', 'z-1', '1a', 'n', 'y', 'Y', 'e1', 'x'.repeat(64)];
/** Ids that break the rule: refused by every edit, the text unchanged. */
const BAD_IDS = ['a: b', 'a #b', '#x', 'a\nb', '"q"', "'q'", 'a b', '', '-x'];

type Plain = Record<string, unknown>;
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

/** The text after the edit, with no YAML error or warning. */
function applied(text: string, r: EditResult, what: string): string {
  if ('error' in r) assert.fail(`${what}: ${r.error}`);
  const out = applyEdits(text, r.edits);
  const doc = parseDocument(out, { uniqueKeys: true });
  assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], `${what}:\n${out}`);
  return out;
}

const data = (text: string) => parseDocument(text).toJS() as Plain;
const clone = <T>(v: T): T => structuredClone(v);

/** Each edit that writes free text, with the plant it must produce from the base plant's data. */
const TEXT_EDITS: [string, (text: string, v: string) => EditResult, (d: Plain, v: string) => void][] = [
  ['reason of a flow-style entry', (t, v) => setMeasureStatus(t, '8-1', 'z1', 'not-applicable', v), (d, v) => Object.assign((d.countermeasures as Plain[])[0], { status: 'not-applicable', reason: v })],
  ['reason of a block entry', (t, v) => setMeasureStatus(t, '9-1', 'z2', 'not-applicable', v), (d, v) => Object.assign((d.countermeasures as Plain[])[1], { status: 'not-applicable', reason: v })],
  ['reason and evidence of a new entry', (t, v) => addMeasureEntries(t, [{ measure: '10-1', target: 'z2', status: 'not-applicable', reason: v, evidence: v }]),
    (d, v) => (d.countermeasures as Plain[]).push({ measure: 'ID10-1', target: 'z2', status: 'not-applicable', reason: v, evidence: v })],
  ['zone name and description', (t, v) => addZone(t, 'z3', 'generic', { name: v, description: v }), (d, v) => ((d.zones as Plain).z3 = { kind: 'generic', name: v, description: v })],
  ['device name', (t, v) => addDevice(t, 'd3', 'viewer', 'z1', { name: v }), (d, v) => ((d.devices as Plain).d3 = { kind: 'viewer', zone: 'z1', name: v })],
  ['conduit name', (t, v) => addConduit(t, 'c2', 'z2', '0x1F', { name: v }), (d, v) => ((d.conduits as Plain).c2 = { between: ['z2', '0x1F'], name: v })],
  ['flow protocol and description', (t, v) => addFlow(t, 'd1', 'd2', { protocol: v, description: v }), (d, v) => (d.flows as Plain[]).push({ from: 'd1', to: 'd2', protocol: v, description: v })],
];

/** Each edit that writes an id (on the text it returns first), with the plant it must produce from the base. */
const ID_EDITS: [string, (text: string, id: string) => [string, EditResult], (d: Plain, id: string) => void][] = [
  ['new zone', (t, id) => [t, addZone(t, id, 'dmz')], (d, id) => ((d.zones as Plain)[id] = { kind: 'dmz' })],
  ['new device in it', (t, id) => withZone(t, id, (z) => addDevice(z, 'd3', 'viewer', id)), (d, id) => {
    (d.zones as Plain)[id] = { kind: 'dmz' };
    (d.devices as Plain).d3 = { kind: 'viewer', zone: id };
  }],
  ['device moved into it', (t, id) => withZone(t, id, (z) => moveDevice(z, 'd1', id)), (d, id) => {
    (d.zones as Plain)[id] = { kind: 'dmz' };
    ((d.devices as Plain).d1 as Plain).zone = id;
  }],
  ['conduit to it', (t, id) => withZone(t, id, (z) => addConduit(z, 'c2', 'z1', id)), (d, id) => {
    (d.zones as Plain)[id] = { kind: 'dmz' };
    (d.conduits as Plain).c2 = { between: ['z1', id] };
  }],
  ['zone renamed to it', (t, id) => [t, renameElement(t, 'z2', id)], (d, id) => {
    d.zones = Object.fromEntries(Object.entries(d.zones as Plain).map(([k, v]) => [k === 'z2' ? id : k, v]));
    ((d.devices as Plain).d2 as Plain).zone = id;
    ((d.conduits as Plain).c1 as Plain).between = ['z1', id];
    (d.countermeasures as Plain[])[1].target = id;
  }],
  ['countermeasure entry on it', (t, id) => withZone(t, id, (z) => addMeasureEntries(z, [{ measure: '8-1', target: id, status: 'planned' }])), (d, id) => {
    (d.zones as Plain)[id] = { kind: 'dmz' };
    (d.countermeasures as Plain[]).push({ measure: 'ID8-1', target: id, status: 'planned' });
  }],
];

/** `edit` on the text with zone `id` added (by the edit function itself, checked by the first ID_EDITS row). */
function withZone(text: string, id: string, edit: (text: string) => EditResult): [string, EditResult] {
  const r = addZone(text, id, 'dmz');
  const z = 'error' in r ? text : applyEdits(text, r.edits);
  return [z, edit(z)];
}

describe('robustness: edits with awkward values (13.3)', () => {
  for (const [name, edit, expect] of TEXT_EDITS) {
    it(`${name}: every hostile text re-parses to itself (LF and CRLF)`, () => {
      for (const base of [BASE, crlf(BASE)]) {
        for (const v of HOSTILE_TEXTS) {
          const out = applied(base, edit(base, v), `${name} ${JSON.stringify(v)}`);
          const want = clone(data(base));
          expect(want, v);
          assert.deepEqual(data(out), want, `${name} ${JSON.stringify(v)}:\n${out}`);
          // eslint-disable-next-line no-control-regex
          assert.doesNotMatch(out, /[\u0085\u2028\u2029\u202e\u200b\ufeff\u0000-\u0008\u001b\u007f]|\p{Cs}/u, `${JSON.stringify(v)}: invisible or control characters are written as escapes`);
          assert.deepEqual(out.match(/# [a-z ]+/g), base.match(/# [a-z ]+/g), 'comments kept');
        }
      }
    });
  }

  for (const [name, edit, expect] of ID_EDITS) {
    it(`${name}: YAML-special valid ids re-parse to themselves`, () => {
      for (const base of [BASE, crlf(BASE)]) {
        for (const id of SPECIAL_IDS) {
          const [start, r] = edit(base, id);
          const out = applied(start, r, `${name} ${JSON.stringify(id)}`);
          const want = clone(data(base));
          expect(want, id);
          assert.deepEqual(data(out), want, `${name} ${JSON.stringify(id)}:\n${out}`);
        }
      }
    });
    it(`${name}: ids breaking the id rule are refused`, () => {
      for (const id of BAD_IDS) assert.ok('error' in edit(BASE, id)[1], `${name} accepted ${JSON.stringify(id)}`);
    });
  }

  it('seeded chains of edits with random hostile values keep the YAML valid and the plant as intended', () => {
    const rnd = prng(1303);
    const pool = [...HOSTILE_TEXTS.join(''), 'a', 'b', ' ', ':', '#', '\n', '"', "'", '\\'];
    for (let run = 0; run < 40; run++) {
      let text = run % 2 ? crlf(BASE) : BASE;
      for (let step = 0; step < 4; step++) {
        const v = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pick(pool, rnd)).join('');
        const [name, edit, expect] = pick(TEXT_EDITS.slice(0, 3), rnd);
        const r = edit(text, v);
        const out = applied(text, r, `run ${run} step ${step} ${name} ${JSON.stringify(v)}`);
        const want = clone(data(text));
        expect(want, v);
        // An entry that exists is updated (only its status and reason), not added again.
        if (name.startsWith('reason and evidence') && (want.countermeasures as Plain[]).filter((m) => m.measure === 'ID10-1').length > 1) {
          (want.countermeasures as Plain[]).pop();
        }
        assert.deepEqual(data(out), want, `run ${run} step ${step} ${name} ${JSON.stringify(v)}:\n${out}`);
        text = out;
      }
    }
  });
});
