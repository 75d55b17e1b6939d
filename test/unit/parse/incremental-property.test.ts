// Property: for any edit, the incremental check equals a full check of the same text (problems with
// their codes and spans, Plant, plain data, and the YAML Document node by node). Edits are random
// one-line edits from a seeded PRNG, applied in chains the way an editor sends them, with the base
// being the last reusable version (as the server keeps it).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import { generatePlant } from '../../../bench/run';
import { checkText, type CheckResult } from '../../../src/core/check';
import { reusable } from '../../../src/core/parse/incremental';
import type { ParsedSource } from '../../../src/core/parse/source';
import { generatePlant as generateServerPlant } from '../../../src/server/bench';
import { prng } from '../seeded';


const TOKENS = [
  'x', '1', '0', '3.5', 'true', 'null', '~', 'z1', 'dev-1', 'fw1', 'firewall', 'iot-device', 'control-info', 'ID8-1', '10-1',
  'planned', '"quoted"', "'single'", '[a, b]', '[iot-nw, ctrl]', '{ a: 1 }', '{ kind: hmi, zone: z1 }', '&anc x', '*anc', '!!str 5',
  '|', '|+', '>-', '- item', 'a: b', '# c', '', ':', '"unterminated', '[', '{', '%', '@', '`', '---', '...', '制御NW', '\t', 'a #b',
];
const KEYS = ['kind', 'zone', 'name', 'count', 'wireless', 'via', 'between', 'from', 'to', 'measure', 'target', 'status', 'reason', 'x-note', 'wirless', 'dev-new', 'z9', '- from'];

type Edit = (lines: string[], rnd: () => number) => void;
const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)];
const indentOf = (l: string) => /^ */.exec(l)![0].length;

const EDITS: Record<string, Edit> = {
  value(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    const m = /^(\s*(?:- )?[^:#]+:\s*)(.*)$/.exec(lines[i]);
    lines[i] = m ? m[1] + pick(TOKENS, rnd) : lines[i] + pick(TOKENS, rnd);
  },
  addKey(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    const ind = Math.max(0, indentOf(lines[i]) + pick([0, 0, 2, -2], rnd));
    lines.splice(i + 1, 0, `${' '.repeat(ind)}${pick(KEYS, rnd)}: ${pick(TOKENS, rnd)}`);
  },
  indent(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    const d = pick([-2, -1, 1, 2], rnd);
    lines[i] = d > 0 ? ' '.repeat(d) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-d}}`), '');
  },
  comment(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    if (rnd() < 0.5) lines[i] += ' # note';
    else lines.splice(i + 1, 0, `${' '.repeat(pick([0, 2, 4, 6], rnd))}# comment ${i}`);
  },
  deleteLine(lines, rnd) {
    if (lines.length > 1) lines.splice(Math.floor(rnd() * lines.length), 1);
  },
  halfLine(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    const model = pick(lines, rnd);
    lines.splice(i + 1, 0, model.slice(0, 1 + Math.floor(rnd() * model.length)));
  },
  duplicate(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    lines.splice(i, 0, lines[i]);
  },
  blank(lines, rnd) {
    lines.splice(Math.floor(rnd() * lines.length), 0, pick(['', '  ', '    '], rnd));
  },
  typeChar(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    const at = Math.floor(rnd() * (lines[i].length + 1));
    lines[i] = rnd() < 0.3 ? lines[i].slice(0, at) + lines[i].slice(at + 1) : lines[i].slice(0, at) + pick([...'a-:# "[{,1'], rnd) + lines[i].slice(at);
  },
};

/** Every node of a document in order, with all own fields except children (ranges, values, comments, flags). */
function dump(doc: Document | undefined): unknown[] {
  const out: unknown[] = [doc?.range, doc?.comment, doc?.commentBefore];
  const stack: unknown[] = [doc?.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isPair(n)) {
      stack.push(n.value, n.key);
    } else if (isMap(n) || isSeq(n)) {
      const { items, ...rest } = n;
      out.push(isMap(n) ? 'map' : 'seq', rest, items.length);
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    } else if (isScalar(n)) {
      out.push('scalar', { ...n });
    } else {
      out.push(n === null ? null : typeof n);
    }
  }
  return out;
}

function assertSame(inc: CheckResult, full: CheckResult, what: string): void {
  assert.deepEqual(inc.problems, full.problems, `${what}: problems`);
  assert.deepEqual(inc.plant, full.plant, `${what}: plant`);
  assert.deepEqual(inc.source.value, full.source.value, `${what}: data`);
  assert.equal(inc.source.documentCount, full.source.documentCount, `${what}: documents`);
  assert.deepEqual(dump(inc.source.doc), dump(full.source.doc), `${what}: document nodes`);
}

const examplesDir = join(__dirname, '../../../examples');
const SYNTHETIC = `smartfab: 1
zones:
  # control side
  ctrl: { kind: control-info }

  iot:
    kind: iot-network
    description: |
      Sensors on the line.

      Second paragraph.
devices:
  gw:
    kind: iot-gateway   # gateway
    zone: iot

  # --- sensors ---
  s1:
    kind: iot-device
    zone: iot
    name: "Sensor
      one"
  s2: { kind: iot-device, zone: iot }
conduits:
  c1:
    between: [iot, ctrl]
    via:
    - gw
flows:
- from: s1
  to: gw
- from: s2
  to: gw

- { from: gw, to: s1 }
countermeasures:
  - measure: ID8-1
    target: c1
    reason: >-
      folded
      text
  - measure: 7-1
    target: iot`;

const SOURCES: [string, string][] = [
  ...readdirSync(examplesDir).filter((f) => f.endsWith('.smartfab.yaml')).sort().map((f): [string, string] => [f, readFileSync(join(examplesDir, f), 'utf8')]),
  ['generated (bench)', generatePlant(30)],
  ['generated (server bench)', generateServerPlant(25, 4)],
  ['synthetic', SYNTHETIC],
  ['synthetic, CRLF', SYNTHETIC.replace(/\n/g, '\r\n')],
];

describe('incremental reparse (property: equals a full check)', () => {
  const STEPS = 90;
  // consume: the server's mode, where the base is given up and its nodes are moved, not copied.
  for (const consume of [false, true]) {
    SOURCES.forEach(([name, original], k) => {
      it(`${STEPS} random edit chains on ${name}${consume ? ' (base consumed)' : ''}`, () => {
        const rnd = prng(0x5eed + k + (consume ? 0x100 : 0));
        const names = Object.keys(EDITS);
        let base: ParsedSource | undefined = checkText(original, { analysis: false }).source;
        let lines = original.split('\n');
        let incremental = 0;
        let broken = false;
        for (let step = 0; step < STEPS; step++) {
          // Chains of edits on the previous text; a broken text is mostly repaired (back to the last
          // good one, as a user fixes a typo), and now and then the file goes back to the original.
          if (broken && rnd() < 0.7) lines = base!.text.split('\n');
          else if (rnd() < 0.05) lines = original.split('\n');
          const edit = pick(names, rnd);
          EDITS[edit](lines, rnd);
          const text = lines.join('\n');
          const before = dump(base?.doc);
          const inc = checkText(text, { analysis: false, previous: base, consumePrevious: consume });
          const full = checkText(text, { analysis: false });
          assertSame(inc, full, `${name} step ${step} (${edit})`);
          if (!consume || !inc.incremental) assert.deepEqual(dump(base?.doc), before, `${name} step ${step}: the previous document is unchanged`);
          if (inc.incremental) incremental++;
          broken = !reusable(inc.source);
          if (!broken) base = inc.source;
          else assert.ok(!consume || !inc.incremental, 'a consumed base is always replaced');
        }
        // Not vacuous: a fair share of the edits went through the splice.
        assert.ok(incremental >= STEPS * 0.2, `only ${incremental}/${STEPS} edits were incremental`);
      });
    });
  }
});
