// `smartfab check` in-process: output formats, exit codes, globs, --output.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Log } from 'sarif';
import { run } from '../../../src/cli/main';
import { checkText } from '../../../src/core/check';
import { assertGolden, ROOT } from '../../fixtures/golden';
import { assertValidSarif } from '../../fixtures/sarif/validate';

async function cli(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd });
  return { code, out, err };
}

const BROKEN = 'test/fixtures/format/broken.smartfab.yaml';
/** Goldens hold format problems only; the analysis has its own goldens. */
const V = '--validate-only';

describe('cli: smartfab check', () => {
  it('examples validate clean: exit 0 with --validate-only', async () => {
    const r = await cli(['check', '--validate-only', 'examples']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /^8 files checked, no problems\n$/);
  });

  it('runs the full checkText (with analysis) unless --validate-only', async () => {
    const file = 'examples/model-1-single-factory.smartfab.yaml';
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const codes = async (args: string[]) => JSON.parse((await cli(['check', '--format', 'json', ...args, file])).out).files[0].problems.map((p: { code: string }) => p.code);
    assert.deepEqual(await codes([]), checkText(text).problems.map((p) => p.code));
    assert.deepEqual(await codes([V]), checkText(text, { analysis: false }).problems.map((p) => p.code));
  });

  it('text output: file:line:col severity code message, exit 1 on errors', async () => {
    const r = await cli(['check', V, BROKEN]);
    assert.equal(r.code, 1);
    assert.match(r.out.split('\n')[0], /^test\/fixtures\/format\/broken\.smartfab\.yaml:5:3 error schema-additionalProperties /);
    assertGolden('cli', 'broken.txt', r.out);
  });

  it('json output: stable shape with 0-based LSP ranges', async () => {
    const r = await cli(['check', V, '--format', 'json', BROKEN]);
    assert.equal(r.code, 1);
    const j = JSON.parse(r.out);
    assert.equal(j.version, 1);
    assert.equal(j.files[0].path, BROKEN);
    assert.deepEqual(j.files[0].problems[0].range, { start: { line: 4, character: 2 }, end: { line: 4, character: 8 } });
    assert.equal(j.summary.errors, j.files[0].problems.length);
    assertGolden('cli', 'broken.json', r.out.replace(/"version": "[^"]+"/, '"version": "X"'));
  });

  it('sarif output: 2.1.0 with rules, help, regions and fingerprints', async () => {
    const r = await cli(['check', V, '--format', 'sarif', BROKEN]);
    const log = JSON.parse(r.out) as Log;
    assertValidSarif(log);
    const run0 = log.runs[0];
    const rules = run0.tool.driver.rules!;
    for (const res of run0.results!) {
      const rule = rules[res.ruleIndex!];
      assert.equal(rule.id, res.ruleId);
      assert.ok(rule.help?.text && rule.shortDescription?.text);
      const loc = res.locations![0].physicalLocation!;
      assert.equal(loc.artifactLocation!.uri, BROKEN);
      assert.ok(loc.region!.startLine! >= 1 && loc.region!.startColumn! >= 1);
      assert.match(res.partialFingerprints!['smartfab/v1'], /^[0-9a-f]{32}$/);
    }
    const fps = run0.results!.map((x) => x.partialFingerprints!['smartfab/v1']);
    assert.equal(new Set(fps).size, fps.length, 'fingerprints are unique');
    assertGolden('cli', 'broken.sarif', r.out.replace(/"(semanticVersion|version)": "\d+\.\d+\.\d+"/g, '"$1": "X"'));
  });

  it('sarif fingerprints survive unrelated edits that move lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-'));
    const text = readFileSync(path.join(ROOT, BROKEN), 'utf8');
    writeFileSync(path.join(dir, 'a.smartfab.yaml'), text);
    const before = JSON.parse((await cli(['check', '--format', 'sarif', 'a.smartfab.yaml'], dir)).out) as Log;
    assertValidSarif(before);
    writeFileSync(path.join(dir, 'a.smartfab.yaml'), '# a new comment\n# and another\n' + text.replace('  name: Broken plant', '  name: Broken plant\n  site: Osaka'));
    const after = JSON.parse((await cli(['check', '--format', 'sarif', 'a.smartfab.yaml'], dir)).out) as Log;
    const fp = (l: Log) => l.runs[0].results!.map((x) => x.partialFingerprints!['smartfab/v1']);
    const line = (l: Log) => l.runs[0].results![0].locations![0].physicalLocation!.region!.startLine;
    assert.notEqual(line(before), line(after));
    assert.deepEqual(fp(after), fp(before));
  });

  it('--fail-on warning|never and severities', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-'));
    writeFileSync(path.join(dir, 'w.smartfab.yaml'), 'smartfab: 1\nzones: { a: { kind: iot-network }, b: { kind: control-info } }\nconduits: { c: { between: [a, b] } }\ncountermeasures:\n  - { measure: ID8-1, target: c }\n  - { measure: 8-1, target: c }\n');
    assert.equal((await cli(['check', V, 'w.smartfab.yaml'], dir)).code, 0);
    assert.equal((await cli(['check', V, '--fail-on', 'warning', 'w.smartfab.yaml'], dir)).code, 1);
    assert.equal((await cli(['check', '--fail-on', 'never', path.join(ROOT, BROKEN)], dir)).code, 0);
  });

  it('globs and --output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-'));
    const r = await cli(['check', V, 'examples/model-*.smartfab.yaml', '--format', 'json', '--output', path.join(dir, 'out.json')]);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).files.length, 7);
  });

  it('usage and I/O errors: exit 2, message on stderr, no stack trace', async () => {
    const cases: string[][] = [
      ['check'],
      ['check', '--format', 'xml', BROKEN],
      ['check', '--fail-on', 'sometimes', BROKEN],
      ['check', '--bogus', BROKEN],
      ['check', 'no/such/file.smartfab.yaml'],
      ['check', 'nothing-*.smartfab.yaml'],
      ['check', BROKEN, '--output', '/nonexistent-dir/x/out.txt'],
      ['frobnicate'],
      [],
    ];
    for (const args of cases) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.ok(r.err.length > 0, args.join(' '));
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
  });

  it('help and version exit 0', async () => {
    assert.match((await cli(['--help'])).out, /check/);
    assert.match((await cli(['check', '--help'])).out, /--fail-on/);
    assert.match((await cli(['--version'])).out, /^\d+\.\d+\.\d+\n$/);
  });
});
