// smartfab diff: two revisions of every example with known added / resolved / changed sets, git REV:path
// sides, --fail-on-new, and check --baseline setting SARIF baselineState.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { run } from '../../../src/cli/main';
import { readRevision } from '../../../src/cli/revision';
import { checkText } from '../../../src/core/check';
import { applyEdits, renameElement } from '../../../src/core/edit/index';
import { diffFindings } from '../../../src/core/review/diff';
import { setRiskDecision } from '../../../src/core/review/edit';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.smartfab.yaml')).sort();
const read = (f: string) => readFileSync(path.join(ROOT, 'examples', f), 'utf8');
const TODAY = { review: { today: '2026-11-30' } };
const threatKeys = (fs: readonly { code: string; key?: string }[]) => fs.filter((f) => f.code.startsWith('threat-')).map((f) => `${f.code} ${f.key}`).sort();

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd });
  return { code, out, err };
}

describe('review: findings compared between revisions', () => {
  for (const file of EXAMPLES) {
    const text = read(file);
    const before = checkText(text, TODAY);
    const first = before.problems.find((p) => p.code.startsWith('threat-') && (p.severity === 'error' || p.severity === 'warning'));

    it(`${file}: a revision against itself has nothing added, resolved or changed`, () => {
      const d = diffFindings(before, checkText(text, TODAY));
      assert.deepEqual([d.added.length, d.resolved.length, d.changed.length], [0, 0, 0]);
      assert.equal(d.unchanged, before.problems.length);
      assert.ok(d.damages.every((g) => g.before === g.after));
    });

    if (!first) continue;
    const key = first.data!.key as string;

    it(`${file}: renaming ${first.data!.target} resolves exactly the threat keys naming it and adds them renamed`, () => {
      const oldId = first.data!.target as string;
      const newId = `${oldId}-r`;
      const renamed = renameElement(text, oldId, newId);
      assert.ok(!('error' in renamed));
      const d = diffFindings(before, checkText(applyEdits(text, renamed.edits), TODAY));
      const naming = before.problems
        .filter((p) => p.code.startsWith('threat-') && ((p.data?.key as string).split('@')[1] ?? '').split('>').includes(oldId))
        .map((p) => ({ code: p.code, key: p.data!.key as string }));
      assert.ok(naming.length > 0);
      assert.deepEqual(threatKeys(d.resolved), threatKeys(naming));
      const rename = (k: string) => { const [t, els] = k.split('@'); return `${t}@${els.split('>').map((e) => (e === oldId ? newId : e)).join('>')}`; };
      assert.deepEqual(threatKeys(d.added), threatKeys(naming.map((n) => ({ code: n.code, key: rename(n.key) }))));
      assert.equal(d.changed.filter((c) => c.after.code.startsWith('threat-')).length, 0);
    });

    it(`${file}: accepting ${key} changes exactly that finding (severity and decision)`, () => {
      const r = setRiskDecision(text, { key, status: 'accepted', justification: 'Reviewed', date: '2026-11-01' });
      assert.ok(!('error' in r));
      const d = diffFindings(before, checkText(applyEdits(text, r.edits), TODAY));
      assert.deepEqual(d.added, []);
      assert.deepEqual(d.resolved, []);
      assert.deepEqual(d.changed.map((c) => [c.after.key, c.fields]), [[key, ['severity', 'decision']]]);
      assert.equal(d.changed[0].after.severity, 'info');
    });
  }

  it('smartfab diff reads REV:path with git, prints text, markdown and json, and --fail-on-new gates CI', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-diff-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    const plant = read('model-1-single-factory.smartfab.yaml');
    const file = path.join(dir, 'plant.smartfab.yaml');
    writeFileSync(file, plant);
    git('add', '.');
    git('commit', '-qm', 'one');
    // The new revision adds a device group: a new A1 entry threat (an error, damage 1 has priority).
    const next = plant.replace(/^devices:\n/m, 'devices:\n  cams: { kind: iot-device, zone: iot-nw, count: 4 }\n');
    writeFileSync(file, next);
    const text = await cli(['diff', 'HEAD:plant.smartfab.yaml', 'plant.smartfab.yaml'], dir);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /^HEAD:plant\.smartfab\.yaml → plant\.smartfab\.yaml: 1 added, 0 resolved/);
    assert.match(text.out, /\n\+ plant\.smartfab\.yaml:\d+ error threat-A1 A1@cams: /);
    const md = await cli(['diff', 'HEAD:./plant.smartfab.yaml', 'plant.smartfab.yaml', '--format', 'markdown'], dir);
    assert.match(md.out, /^# Findings compared: HEAD:\.\/plant\.smartfab\.yaml → plant\.smartfab\.yaml/);
    assert.match(md.out, /## Added\n\n\| Severity \| Code \| Key/);
    assert.match(md.out, /## Damages: scenario status/);
    const json = JSON.parse((await cli(['diff', 'HEAD:plant.smartfab.yaml', 'plant.smartfab.yaml', '--format', 'json'], dir)).out);
    assert.deepEqual(json.added.map((f: { key: string }) => f.key), ['A1@cams']);
    assert.equal((await cli(['diff', 'HEAD:plant.smartfab.yaml', 'plant.smartfab.yaml', '--fail-on-new', 'error'], dir)).code, 1);
    assert.equal((await cli(['diff', 'plant.smartfab.yaml', 'HEAD:plant.smartfab.yaml', '--fail-on-new', 'warning'], dir)).code, 0, 'only resolved');
    const bad = await cli(['diff', 'nope:plant.smartfab.yaml', 'plant.smartfab.yaml'], dir);
    assert.equal(bad.code, 2);
    // A side that git would read as an option (`git show --output=FILE` writes FILE) is refused, not run.
    const pwned = path.join(dir, 'pwned');
    await assert.rejects(readRevision(`--output=${pwned}:plant.smartfab.yaml`, dir), /not a git revision/);
    assert.equal(existsSync(pwned), false);

    // check --baseline: the new A1 is new, the rest unchanged; a baseline-only finding is absent.
    const sarif = JSON.parse((await cli(['check', 'plant.smartfab.yaml', '--format', 'sarif', '--baseline', 'HEAD', '--fail-on', 'never'], dir)).out) as Log;
    const states = sarif.runs[0].results!.map((r) => `${r.baselineState} ${r.ruleId}`);
    assert.deepEqual(states.filter((s) => s.startsWith('new')), ['new threat-A1']);
    assert.ok(states.filter((s) => !s.startsWith('new')).every((s) => s.startsWith('unchanged')));
    const reverse = JSON.parse((await cli(['check', 'plant.smartfab.yaml', '--format', 'sarif', '--baseline', 'HEAD:plant.smartfab.yaml', '--fail-on', 'never'], dir)).out) as Log;
    assert.equal(reverse.runs[0].results!.filter((r) => r.baselineState === 'new').length, 1);
    git('add', '.');
    git('commit', '-qm', 'two');
    writeFileSync(file, plant);
    const absent = JSON.parse((await cli(['check', 'plant.smartfab.yaml', '--format', 'sarif', '--baseline', 'HEAD', '--fail-on', 'never'], dir)).out) as Log;
    assert.deepEqual(absent.runs[0].results!.filter((r) => r.baselineState === 'absent').map((r) => r.ruleId), ['threat-A1']);
    assert.equal((await cli(['check', 'plant.smartfab.yaml', '--baseline', 'HEAD'], dir)).code, 2, 'needs sarif');
  });
});
