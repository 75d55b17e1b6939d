// Property: the server's checker, which carries its last analysis over edits that change nothing the
// analysis reads (src/core/analysis/carry.ts), gives for every version exactly what a checker without
// history gives: the same problems (messages, spans, related locations, data) and the same threat
// instances, damages and coverage. Edits are seeded and chained as an editor sends them; most touch
// names, descriptions, comments and blank lines (the carried kind), the rest change the plant.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePlant } from '../../../bench/run';
import { createChecker } from '../../../src/server/checker';
import { prng } from '../seeded';

type Edit = (lines: string[], rnd: () => number) => void;
const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)];
const lineWith = (lines: string[], re: RegExp, rnd: () => number): number => {
  const at = lines.flatMap((l, i) => (re.test(l) ? [i] : []));
  return at.length ? pick(at, rnd) : Math.floor(rnd() * lines.length);
};
const PROSE = ['Line 3 PLC', '制御盤 A', '', 'x', '"quoted: yes"', 'a # not a comment?', "'single'", 'Sensor 12'];

const EDITS: Record<string, Edit> = {
  // A name or description typed, retyped, emptied (the carried kind).
  prose(lines, rnd) {
    const i = lineWith(lines, /^\s+(name|description):/, rnd);
    const m = /^(\s*(?:- )?(?:name|description):)(.*)$/.exec(lines[i]);
    if (m) lines[i] = rnd() < 0.5 ? `${m[1]} ${pick(PROSE, rnd)}` : `${m[1]}${m[2]}${pick(['1', ' ', 'é', ''], rnd)}`;
  },
  addName(lines, rnd) {
    const i = lineWith(lines, /^ {2}[\w-]+:\s*$/, rnd);
    lines.splice(i + 1, 0, `    ${pick(['name', 'description'], rnd)}: ${pick(PROSE, rnd)}`);
  },
  dropName(lines, rnd) {
    const i = lineWith(lines, /^\s+(name|description):/, rnd);
    if (/^\s+(name|description):/.test(lines[i])) lines.splice(i, 1);
  },
  comment(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    if (rnd() < 0.5) lines[i] += ' # note';
    else lines.splice(i + 1, 0, `${' '.repeat(pick([0, 2, 4], rnd))}# comment ${i}`);
  },
  blank(lines, rnd) {
    lines.splice(Math.floor(rnd() * lines.length), 0, pick(['', '  '], rnd));
  },
  // Edits the analysis must see: a zone, a kind, a count, a status, a line gone, a character typed.
  zone(lines, rnd) {
    const i = lineWith(lines, /^\s+zone:/, rnd);
    lines[i] = lines[i].replace(/zone:.*/, `zone: ${pick(['nowhere', ...lines.flatMap((l) => /^ {2}([\w-]+):\s*$/.exec(l)?.[1] ?? []).slice(0, 6)], rnd)}`);
  },
  kind(lines, rnd) {
    const i = lineWith(lines, /^\s+kind:/, rnd);
    lines[i] = lines[i].replace(/kind:.*/, `kind: ${pick(['firewall', 'iot-device', 'iot-gateway', 'hmi', 'ids', 'iot-network', 'control-info', 'wan'], rnd)}`);
  },
  status(lines, rnd) {
    const i = lineWith(lines, /^\s+(- )?status:/, rnd);
    lines[i] = lines[i].replace(/status:.*/, `status: ${pick(['implemented', 'planned', 'not-applicable'], rnd)}`);
  },
  deleteLine(lines, rnd) {
    if (lines.length > 1) lines.splice(Math.floor(rnd() * lines.length), 1);
  },
  typeChar(lines, rnd) {
    const i = Math.floor(rnd() * lines.length);
    const at = Math.floor(rnd() * (lines[i].length + 1));
    lines[i] = lines[i].slice(0, at) + pick([...'a-:# 1'], rnd) + lines[i].slice(at);
  },
};
const WEIGHTED = ['prose', 'prose', 'prose', 'addName', 'dropName', 'comment', 'comment', 'blank', 'zone', 'kind', 'status', 'deleteLine', 'typeChar'];

const examplesDir = join(__dirname, '../../../examples');
const SOURCES: [string, string][] = [
  ...readdirSync(examplesDir).filter((f) => f.endsWith('.smartfab.yaml')).sort().map((f): [string, string] => [f, readFileSync(join(examplesDir, f), 'utf8')]),
  ['generated (bench)', generatePlant(60)],
];

/** What a user and every consumer sees of one version, lazy findings worded. */
function seen(out: ReturnType<ReturnType<typeof createChecker>>) {
  const a = out.analysis as { instances: unknown; damages: unknown; coverage: unknown; models: unknown; findings: unknown } | undefined;
  return JSON.parse(JSON.stringify({ problems: out.problems, analysis: a && { findings: a.findings, instances: a.instances, damages: a.damages, coverage: a.coverage, models: a.models } }));
}

describe('carried analysis (property: equals a fresh check)', () => {
  const STEPS = 60;
  SOURCES.forEach(([name, original], k) => {
    it(`${STEPS} seeded edit chains on ${name}`, () => {
      const rnd = prng(0xca77 + k);
      const checker = createChecker();
      const uri = 'file:///carry.smartfab.yaml';
      checker(original, uri);
      let lines = original.split('\n');
      for (let step = 0; step < STEPS; step++) {
        if (rnd() < 0.08) lines = original.split('\n');
        const edit = pick(WEIGHTED, rnd);
        EDITS[edit](lines, rnd);
        const text = lines.join('\n');
        assert.deepEqual(seen(checker(text, uri)), seen(createChecker()(text, uri)), `${name} step ${step} (${edit})`);
      }
      // Not vacuous: many versions were carried, not analysed.
      assert.ok(checker.carried >= STEPS * 0.25, `only ${checker.carried}/${STEPS} versions carried`);
    });
  });
});
