// The diagram's "Changes since…": the findings diff (review/diff.ts) placed on elements, new and removed
// elements; and the server's smartfab/diagram answering it for a baseline revision read once.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../../../src/core/check';
import { run } from '../../../src/cli/main';
import { diagramChanges } from '../../../src/core/diagram/changes';
import { parseWebviewMessage } from '../../../src/core/diagram/protocol';
import { BaselineCache, isRevision } from '../../../src/server/baseline';
import { createChecker } from '../../../src/server/checker';
import { answerDiagram, type DiagramSource } from '../../../src/server/diagram-request';
import { Pipeline } from '../../../src/server/pipeline';

const MODEL1 = readFileSync(path.join(__dirname, '../../../examples/model-1-single-factory.smartfab.yaml'), 'utf8');
const TODAY = { review: { today: '2026-11-30' } };
/** The next revision: a new device group on the IoT network (new A1@cams), ID4-1 on the gateway (A2 resolved), the viewer gone. */
const NEXT = MODEL1.replace(/^devices:\n/m, 'devices:\n  cams: { kind: iot-device, zone: iot-nw, count: 4 }\n')
  .replace(/^ {2}viewer:\n(?: {4}.*\n)+/m, '')
  .replace(/^ {2}- from: analysis-1\n {4}to: viewer\n/m, '')
  .concat('\ncountermeasures:\n  - { measure: ID4-1, target: iot-gw }\n');

describe('diagram: changes since a baseline', () => {
  it('places added, resolved and changed findings on their elements; counts new and removed elements', () => {
    const c = diagramChanges(checkText(MODEL1, TODAY), checkText(NEXT, TODAY), 'HEAD:m1');
    assert.equal(c.label, 'HEAD:m1');
    assert.equal(c.elements.cams, 'added', 'the new group carries the new A1 (a finding change wins over new-element)');
    assert.equal(c.elements['iot-gw'], 'resolved', 'A2 on the gateway is countered');
    assert.deepEqual(c.removedElements, ['viewer']);
    assert.equal(c.newElements, 1);
    assert.ok(c.added >= 1 && c.resolved >= 2, JSON.stringify(c));
    assert.ok(!('viewer' in c.elements), 'a removed element is not drawn');
  });

  it('a revision against itself changes nothing', () => {
    const c = diagramChanges(checkText(MODEL1, TODAY), checkText(MODEL1, TODAY), 'x');
    assert.deepEqual([c.elements, c.added, c.resolved, c.changed, c.newElements, c.removedElements], [{}, 0, 0, 0, 0, []]);
  });

  it('an accepted risk is a changed finding on its element', () => {
    const accepted = MODEL1 + '\nrisks:\n  A2@iot-gw:\n    status: accepted\n    justification: Isolated radio\n';
    const c = diagramChanges(checkText(MODEL1, TODAY), checkText(accepted, TODAY), 'x');
    assert.equal(c.elements['iot-gw'], 'changed');
    assert.equal(c.changed, 1);
  });

  it('the toggle message from the webview is validated like every other', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'toggle-changes', show: true, extra: 1 }), { type: 'toggle-changes', show: true });
    assert.equal(parseWebviewMessage({ type: 'toggle-changes', show: 'yes' }), undefined);
    assert.equal(parseWebviewMessage({ type: 'rendered', version: 1, nodes: 1, edges: 0, badges: {}, changes: -1 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'rendered', version: 1, nodes: 1, edges: 0, badges: {}, changes: 3 })?.type, 'rendered');
  });

  it('git revisions are refused when they could be read as options', () => {
    assert.ok(isRevision('HEAD') && isRevision('origin/main') && isRevision('HEAD~1'));
    assert.ok(!isRevision('--output=/tmp/x') && !isRevision('a b') && !isRevision('HEAD:x') && !isRevision(''));
  });

  it('smartfab/diagram with a baseline revision: changes on the published version, the baseline read and checked once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-dchanges-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    const file = path.join(dir, 'plant.smartfab.yaml');
    writeFileSync(file, MODEL1);
    git('add', '.');
    git('commit', '-qm', 'one');
    const uri = pathToFileURL(file).href;
    const pipeline = new Pipeline(createChecker());
    pipeline.run(uri, 3, NEXT);
    let checks = 0;
    const baselines = new BaselineCache({ analysis: () => (checks++, {}), review: () => ({}) });
    let reads = 0;
    const src: DiagramSource = {
      result: (u) => pipeline.get(u),
      severity: () => ({}),
      baseline: (u, ref) => {
        reads++;
        return baselines.get(u, ref);
      },
    };
    const d = await answerDiagram({ uri, options: {}, baseline: { rev: 'HEAD' } }, src);
    assert.equal(d.changes?.label, 'HEAD:plant.smartfab.yaml');
    assert.equal(d.changes?.elements.cams, 'added');
    assert.deepEqual(d.changes?.removedElements, ['viewer']);
    const again = await answerDiagram({ uri, options: {}, baseline: { rev: 'HEAD' } }, src);
    assert.deepEqual(again.changes, d.changes);
    assert.equal(reads, 2);
    assert.equal(checks, 1, 'one analysis of the baseline for both requests');
    const none = await answerDiagram({ uri, options: {} }, src);
    assert.equal(none.changes, undefined, 'no baseline asked, none computed');
    const bad = await answerDiagram({ uri, options: {}, baseline: { rev: 'no-such-branch' } }, src);
    assert.match(bad.changesError ?? '', /does not exist/);
    assert.ok(bad.model, 'the picture is drawn all the same');

    // smartfab diagram --baseline draws the same outlines into the SVG, with a legend line.
    writeFileSync(file, NEXT);
    let out = '';
    let err = '';
    const code = await run(['diagram', 'plant.smartfab.yaml', '--baseline', 'HEAD:plant.smartfab.yaml'], { out: (s) => void (out += s), err: (s) => void (err += s), cwd: dir });
    assert.equal(code, 0, err);
    assert.match(out, /<rect class="change change-added"[^>]*><title>cams: New findings since the baseline<\/title>/);
    assert.match(out, /class="change change-resolved"[^>]*><title>iot-gw: /);
    assert.match(out, /Changes since HEAD:plant\.smartfab\.yaml:.*Removed: viewer/s);
    assert.equal((await run(['diagram', 'plant.smartfab.yaml', '--baseline', 'nope:x.yaml'], { out: () => undefined, err: () => undefined, cwd: dir })), 2);
  });
});
