// The review report (markdown, html) and `smartfab report`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runReport } from '../../../src/cli/commands/report';
import { analyze } from '../../../src/core/analysis/index';
import { buildReport, renderReport } from '../../../src/core/report/index';
import { assertGolden, ROOT } from '../../fixtures/golden';
import { buildPlant, type PlantSpec } from '../analysis/builder';
import { MODEL_PLANTS } from '../analysis/fixtures';

const spec: PlantSpec = {
  ...MODEL_PLANTS[1],
  measures: [['1-1', 'sensors'], ['2-1', 'sensors', 'planned'], ['8-1', 'iot-ctrl'], ['1-4', 'analysis'], ['2-4', 'analysis', 'not-applicable', 'Sealed | no ports']],
};

async function cli(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const code = await runReport(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd });
  return { code, out, err };
}

describe('report: review report', () => {
  const plant = buildPlant(spec);
  const analysis = analyze(plant);

  it('markdown golden: models, damages with grouped scenarios, findings, coverage', () => {
    const md = renderReport({ plant, analysis, title: 'Model 1 fixture' }, 'markdown');
    assertGolden('analysis', 'report-model-1.md', md);
    assert.match(md, /^## Implementation models$/m);
    assert.match(md, /### Damage 1: .*\(priority\) — 🔴 open/);
    assert.match(md, /\| A1 \+ A4 \| sensors, cameras \| A4@iot-nw>ctrl-info \|/);
    assert.match(md, /Sealed \\\| no ports/, 'pipes in cells are escaped');
  });

  it('html golden, with every text escaped', () => {
    const html = renderReport({ plant: { ...plant, meta: { name: '<script>x</script>' } }, analysis }, 'html');
    assertGolden('analysis', 'report-model-1.html', html);
    assert.ok(!html.includes('<script>'));
    assert.match(html, /&#60;script&#62;x/);
  });

  it('coverage cells mix states with instance counts', () => {
    const r = buildReport({ plant, analysis });
    const a1 = r.coverage.rows.find((x) => x.threat === 'A1')!;
    const col = (id: string) => a1.cells[r.coverage.ids.indexOf(id)];
    assert.equal(col('1-1'), '✓1 ✗1');
    assert.equal(col('2-1'), 'P1 ✗1');
    assert.equal(col('4-1'), '');
  });

  it('caps the findings table and counts the rest', () => {
    const r = buildReport({ plant, analysis, maxFindings: 2 });
    assert.equal(r.findings.length, 2);
    assert.equal(r.findingsOmitted, analysis.findings.length - 2);
    assert.equal(r.findings[0].severity, 'error');
  });
});

describe('report: smartfab report', () => {
  const file = 'examples/combined-plant.smartfab.yaml';

  it('markdown to stdout, exit 0', async () => {
    const r = await cli([file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Security review: /);
    assert.match(r.out, /\*\*Model 6\*\*/);
    assert.match(r.out, /\| Severity \| Code \| Element \| Line \|/);
  });

  it('html to --output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-report-'));
    const r = await cli([path.join(ROOT, file), '--format', 'html', '--output', path.join(dir, 'r.html')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    assert.match(readFileSync(path.join(dir, 'r.html'), 'utf8'), /^<!doctype html>/);
  });

  it('usage errors and unreadable files exit 2; a file without a plant exits 1', async () => {
    assert.equal((await cli([])).code, 2);
    assert.equal((await cli([file, '--format', 'pdf'])).code, 2);
    const missing = await cli(['nope.smartfab.yaml']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read 'nope\.smartfab\.yaml': ENOENT/);
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-report-'));
    writeFileSync(path.join(dir, 'bad.smartfab.yaml'), '- just\n- a list\n');
    const bad = await cli(['bad.smartfab.yaml'], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /holds no plant/);
    assert.equal((await cli(['--help'])).code, 0);
  });
});
