// Issue 13.6: references to flows. A flow is named by its explicit id or, without one, by "from->to";
// every reference role names it alike ("is a flow, but ... is expected"), and id-less flows between the
// same devices collide like any other repeated id.
import assert from 'node:assert/strict';
import { checkText } from '../../../src/core/check';
import { hover } from '../../../src/core/lsp/hover';
import { PlantIndex } from '../../../src/core/lsp/plant-index';

const base = (extra: string) => `smartfab: 1
zones:
  z: { kind: information }
  y: { kind: control-info }
devices:
  s: { kind: viewer, zone: z }
  g: { kind: hmi, zone: y }
flows:
  - { from: s, to: g }
  - { id: f1, from: g, to: s }
${extra}`;

const problems = (text: string) => checkText(text, { analysis: false }).problems;

/** Every place that references an element by id, with the kind it expects. */
const ROLES: [string, (id: string) => string, string][] = [
  ['countermeasure target', (id) => `countermeasures:\n  - { measure: ID8-1, target: ${id}, status: implemented }\n`, 'zone, device or conduit'],
  ['device zone', (id) => `devices:\n  d9: { kind: viewer, zone: ${id} }\n`, 'zone'],
  ['zone parent', (id) => `zones:\n  z9: { kind: dmz, parent: ${id} }\n`, 'zone'],
  ['conduit end', (id) => `conduits:\n  c9: { between: [z, ${id}] }\n`, 'zone'],
  ['conduit via', (id) => `conduits:\n  c9: { between: [z, y], via: [${id}] }\n`, 'device'],
  ['flow end', (id) => `flows:\n  - { id: f9, from: s, to: ${id} }\n`, 'device'],
];

/** Merges a section fragment into the base plant (sections repeated at the end are merged by hand). */
function plantWith(fragment: string): string {
  const [head, ...rest] = fragment.split('\n');
  const section = head.replace(':', '');
  const text = base('');
  const at = text.indexOf(`${section}:\n`);
  if (at < 0) return text + fragment;
  const after = at + section.length + 2;
  return text.slice(0, after) + rest.join('\n') + text.slice(after);
}

describe('robustness: references to flows (13.6)', () => {
  for (const [role, fragment, expected] of ROLES) {
    for (const id of ['s->g', 'f1']) {
      it(`${role} naming flow ${id} is told it names a flow`, () => {
        const ps = problems(plantWith(fragment(id))).filter((p) => p.data?.id === id);
        assert.equal(ps.length, 1, ps.map((p) => p.message).join('\n'));
        assert.equal(ps[0].code, 'dangling-ref');
        assert.equal(ps[0].message, `'${id}' is a flow, but a ${expected} is expected here`);
        assert.ok(ps[0].related?.length, 'points at the flow');
      });
    }
  }

  it('hover on a reference naming a flow says it is a flow', () => {
    for (const id of ['s->g', 'f1']) {
      const text = plantWith(ROLES[0][1](id));
      const r = checkText(text);
      const offset = text.lastIndexOf(`target: ${id}`) + 'target: '.length + 1;
      const h = hover({ text, offset, lineIndex: r.lineIndex, index: new PlantIndex(r.plant!), problems: r.problems });
      assert.match((h?.contents as { value: string }).value, new RegExp(`^Data flow \`${id}\` from \`[sg]\` to \`[sg]\`: flows cannot be referenced here\.$`));
    }
  });

  it('two id-less flows between the same devices are a duplicate-id, on the second', () => {
    const text = base('').replace('  - { id: f1', '  - { from: s, to: g, protocol: mqtt }\n  - { from: s, to: g }\n  - { id: f1');
    const dups = problems(text).filter((p) => p.code === 'duplicate-id');
    assert.equal(dups.length, 2);
    for (const d of dups) {
      assert.equal(d.data?.id, 's->g');
      assert.equal(d.data?.implicit, true);
      assert.match(d.message, /without an id/);
      assert.ok(d.span.start > text.indexOf('- { from: s, to: g }'), 'reported on the later flows');
    }
  });

  it('opposite directions, an explicit id, or a missing end are no duplicates', () => {
    const text = base('').replace('  - { id: f1', '  - { from: g, to: s }\n  - { id: f2, from: s, to: g }\n  - { from: s }\n  - { from: s }\n  - { id: f1');
    assert.deepEqual(problems(text).filter((p) => p.code === 'duplicate-id'), []);
  });

  it('an explicit flow id that repeats an element id is a duplicate-id', () => {
    const text = base('').replace('id: f1', 'id: g');
    const dups = problems(text).filter((p) => p.code === 'duplicate-id');
    assert.deepEqual(dups.map((d) => d.message), ["Duplicate id 'g': already used by a device"]);
  });
});
