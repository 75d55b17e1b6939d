// `smartfab check` outputs enriched with the analysis: JSON keys, SARIF rules/codeFlows/properties and
// fingerprints that survive unrelated edits, text summary line.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Log, Result } from 'sarif';
import { run } from '../../../src/cli/main';
import { ROOT } from '../../fixtures/golden';
import { assertValidSarif } from '../../fixtures/sarif/validate';

const MODEL1 = readFileSync(path.join(ROOT, 'examples/model-1-single-factory.smartfab.yaml'), 'utf8');

async function check(text: string, format: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-out-'));
  writeFileSync(path.join(dir, 'p.smartfab.yaml'), text);
  let out = '';
  const code = await run(['check', '--format', format, '--fail-on', 'never', 'p.smartfab.yaml'], { out: (s) => void (out += s), err: () => {}, cwd: dir });
  assert.equal(code, 0);
  if (format === 'sarif') assertValidSarif(out);
  return out;
}

const a4 = (log: Log): Result => log.runs[0].results!.find((r) => r.ruleId === 'threat-A4')!;

describe('report: analysis in check outputs', () => {
  it('json: per file models, findings (threat, damages, target, missing, 0-based range) and damages', async () => {
    const f = JSON.parse(await check(MODEL1, 'json')).files[0];
    assert.deepEqual(f.models, [1]);
    const x = f.findings.find((p: { code: string }) => p.code === 'threat-A4');
    assert.equal(x.threat, 'A4');
    assert.deepEqual(x.damages, [1]);
    assert.deepEqual(x.missing, ['5-1', '6-1', '7-1', '8-1', '9-1', '10-1']);
    assert.equal(typeof x.target, 'string');
    assert.equal(typeof x.range.start.line, 'number');
    assert.deepEqual(f.damages.map((d: { damage: number; status: string }) => [d.damage, d.status]), [[1, 'open'], [2, 'open']]);
    assert.ok(f.problems.some((p: { code: string }) => p.code === 'threat-A4'), 'findings are problems too');
  });

  it('sarif: catalogue help on threat rules, IPA properties, route as codeFlow', async () => {
    const log = JSON.parse(await check(MODEL1, 'sarif')) as Log;
    const rule = log.runs[0].tool.driver.rules!.find((r) => r.id === 'threat-A4')!;
    assert.match(rule.shortDescription!.text, /^A4 /);
    assert.match(rule.help!.text, /ID8-1/);
    assert.deepEqual(rule.properties!.countermeasures, ['ID5-1', 'ID6-1', 'ID7-1', 'ID8-1', 'ID9-1', 'ID10-1']);
    const r = a4(log);
    assert.equal(r.properties!.ipaThreat, 'A4');
    assert.deepEqual(r.properties!.ipaMissing, ['ID5-1', 'ID6-1', 'ID7-1', 'ID8-1', 'ID9-1', 'ID10-1']);
    assert.equal(r.codeFlows![0].threadFlows[0].locations.length, 1);
    assert.ok(log.runs[0].tool.driver.rules!.find((x) => x.id === 'general-measures')!.help!.text.includes('physical'));
  });

  it('sarif fingerprints survive an unrelated edit and a countermeasure added to the finding', async () => {
    const before = a4(JSON.parse(await check(MODEL1, 'sarif')) as Log).partialFingerprints;
    const shifted = `# a comment that moves every line\n${MODEL1}`;
    assert.deepEqual(a4(JSON.parse(await check(shifted, 'sarif')) as Log).partialFingerprints, before);
    const target = (JSON.parse(await check(MODEL1, 'json')).files[0].findings as { code: string; target: string }[]).find((f) => f.code === 'threat-A4')!.target;
    assert.ok(!/^countermeasures:/m.test(MODEL1), 'the reference plant has no countermeasures');
    const withMeasure = `${MODEL1.trimEnd()}\ncountermeasures:\n  - { measure: 5-1, target: ${target}, status: implemented }\n`;
    const after = a4(JSON.parse(await check(withMeasure, 'sarif')) as Log);
    assert.ok(!(after.properties!.ipaMissing as string[]).includes('ID5-1'));
    assert.deepEqual(after.partialFingerprints, before);
  });

  it('text: one line per file with models and damage statuses', async () => {
    const out = await check(MODEL1, 'text');
    assert.match(out, /^p\.smartfab\.yaml: models 1; damage 1 open, damage 2 open$/m);
  });
});
