import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkText } from '../../../src/core/check';
import { checkPlantText, createChecker } from '../../../src/server/checker';
import { Pipeline, type Checker } from '../../../src/server/pipeline';
import { readSettings } from '../../../src/server/settings';
import { PLANT } from '../lsp/fixture';

const URI = 'file:///p.smartfab.yaml';
const DANGLING = PLANT.replace('zone: iot-nw', 'zone: nowhere');

describe('server pipeline', () => {
  it('publishes the problems of checkText as diagnostics', () => {
    const r = new Pipeline(checkPlantText).run(URI, 1, DANGLING);
    assert.ok(r.diagnostics.length > 0);
    assert.ok(r.diagnostics.every((d) => d.source === 'smartfab' && typeof d.code === 'string'));
    assert.ok(r.plant && r.index()?.defs.has('fw1'));
  });

  it('serves the same version from the cache and re-runs for a new one', () => {
    let runs = 0;
    const counting: Checker = (text, uri) => (runs++, checkPlantText(text, uri));
    const p = new Pipeline(counting);
    const a = p.run(URI, 1, PLANT);
    assert.equal(p.run(URI, 1, PLANT), a);
    assert.equal(runs, 1);
    p.run(URI, 2, `${PLANT}# c\n`);
    assert.equal(runs, 2);
  });

  it('drops "the file is empty" once an empty file is typed into, even while the new text is broken', () => {
    const p = new Pipeline(createChecker());
    assert.deepEqual(p.run(URI, 1, '').problems.map((x) => x.code), ['empty-document']);
    const typing = ['smartfab: 1\nzones: [', 'smartfab: 1\nzones:\n  "a', 'smartfab: 1\n'];
    typing.forEach((text, i) => {
      const codes = p.run(URI, i + 2, text).problems.map((x) => x.code);
      assert.ok(!codes.includes('empty-document'), `version ${i + 2}: ${codes.join(', ')}`);
    });
  });

  it('keeps earlier diagnostics while the file is momentarily broken', () => {
    const p = new Pipeline(checkPlantText);
    const good = p.run(URI, 1, DANGLING);
    const codes = good.diagnostics.map((d) => d.code);
    const broken = p.run(URI, 2, `${DANGLING}  - [unclosed\n`);
    const now = broken.diagnostics.map((d) => d.code);
    assert.ok(now.includes('yaml-syntax'));
    for (const c of codes) assert.ok(now.includes(c), `${c} kept`);
  });

  it('remembers element ids for completion when a later version loses them', () => {
    const p = new Pipeline(checkPlantText);
    p.run(URI, 1, PLANT);
    const r = p.run(URI, 2, 'smartfab: 1\nzones: [\n');
    assert.deepEqual(r.knownIds.zones, ['iot-nw', 'ctrl-info']);
  });

  it('applies severity settings and rebuilds diagnostics when they change', () => {
    const p = new Pipeline(checkPlantText);
    const code = String(p.run(URI, 1, DANGLING).diagnostics[0].code);
    p.setOptions({ severity: readSettings({ severity: { [code]: 'hint' } }).severity });
    assert.equal(p.run(URI, 1, DANGLING).diagnostics.find((d) => d.code === code)?.severity, DiagnosticSeverity.Hint);
    p.setOptions({ severity: { [code]: 'off' } });
    assert.equal(p.run(URI, 1, DANGLING).diagnostics.find((d) => d.code === code), undefined);
  });

  it('reads settings defensively', () => {
    assert.deepEqual(readSettings(undefined), { debounceMs: 150, severity: {}, codeLens: true });
    assert.deepEqual(readSettings({ debounceMs: -3, severity: { a: 'loud', b: 'off' }, codeLens: false, docsBaseUrl: 'https://x/docs' }), {
      debounceMs: 150,
      severity: { b: 'off' },
      codeLens: false,
      docsBaseUrl: 'https://x/docs/',
    });
  });
});

describe('server checker', () => {
  it('moves the findings with the text when only comments or spacing changed', () => {
    const check = createChecker();
    const a = check(PLANT, URI);
    const shifted = `# a comment on top\n\n${PLANT}`;
    const b = check(shifted, URI);
    const fresh = checkText(shifted, { analysis: {} }).problems;
    const key = (ps: readonly { code: string; span: { start: number; end: number } }[]) => ps.map((p) => `${p.code}@${p.span.start}-${p.span.end}`).sort();
    assert.deepEqual(key(b.problems), key(fresh), 'same problems, same places as a full check');
    assert.ok(a.problems.length > 0);
    const changed = PLANT.replace('count: 200', 'count: 3');
    assert.deepEqual(key(check(changed, URI).problems), key(checkText(changed, { analysis: {} }).problems), 'a structural change re-analyses');
  });
});
