// The review report (markdown, html) and `smartfab report`.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runReport } from '../../../src/cli/commands/report';
import { analyze } from '../../../src/core/analysis/index';
import { buildReport, diagramFileName, renderReviewReport } from '../../../src/core/report/index';
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

  it('markdown golden: models, diagram linked as a sibling SVG, damages with grouped scenarios, findings, coverage', async () => {
    const r = await renderReviewReport({ plant, analysis, title: 'Model 1 fixture' }, 'markdown', { diagram: { reportName: 'report-model-1.md' } });
    const md = r.content;
    assertGolden('analysis', 'report-model-1.md', md);
    assert.deepEqual(r.files.map((f) => f.name), ['report-model-1.svg']);
    assertGolden('analysis', 'report-model-1.svg', r.files[0].content);
    assert.match(md, /^## Diagram\n\n!\[Diagram of Model 1 fixture\]\(report-model-1\.svg\)$/m);
    assert.match(md, /^## Implementation models$/m);
    assert.match(md, /### Damage 1: .*\(priority\) — ✗ open/);
    assert.match(md, /\| A1 \+ A4 \| sensors, cameras \| A4 Intrusion spreading from the IoT network to the control network \(information side\): iot-nw → ctrl-info \|/);
    assert.match(md, /Sealed \\\| no ports/, 'pipes in cells are escaped');
  });

  it('html golden with the diagram inline, every text escaped (in the SVG too)', async () => {
    const hostile = { ...plant, meta: { name: '<script>x</script>' }, zones: plant.zones.map((z, i) => (i ? z : { ...z, name: '</svg><script>y</script>' })) };
    const html = (await renderReviewReport({ plant: hostile, analysis }, 'html')).content;
    assertGolden('analysis', 'report-model-1.html', html);
    assert.ok(!html.includes('<script>'));
    assert.match(html, /&#60;script&#62;x/);
    assert.match(html, /<figure class="diagram">\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(!html.includes('<?xml'), 'no XML declaration inside HTML');
    assert.equal(html.match(/<\/svg>/g)?.length, 1, 'a label cannot close the SVG');
  });

  it('status marks are text characters: no emoji font needed (markdown and html)', async () => {
    for (const format of ['markdown', 'html'] as const) {
      const r = (await renderReviewReport({ plant, analysis }, format, { diagram: 'none' })).content;
      assert.doesNotMatch(r, /\p{Emoji_Presentation}|\uFE0F/u, format);
      if (format === 'markdown') for (const mark of ['✗ open', '◐ one layer']) assert.ok(r.includes(mark), mark);
    }
  });

  it('coverage cells mix states with instance counts', () => {
    const r = buildReport({ plant, analysis });
    const a1 = r.coverage.rows.find((x) => x.threat === 'A1')!;
    const col = (id: string) => a1.cells[r.coverage.ids.indexOf(id)];
    assert.equal(col('1-1'), '✓1 ✗1');
    assert.equal(col('2-1'), 'P1 ✗1');
    assert.equal(col('4-1'), '');
  });

  it('markdown without a file embeds the SVG as a base64 data: URI <img> (markdown-it refuses svg data links)', async () => {
    const r = await renderReviewReport({ plant, analysis, title: 'A "quoted" <plant>' }, 'markdown');
    assert.deepEqual(r.files, []);
    const m = /^<img src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="Diagram of A &#34;quoted&#34; &#60;plant&#62;">$/m.exec(r.content);
    assert.ok(m, 'embedded image');
    const svg = Buffer.from(m[1], 'base64').toString('utf8');
    assert.match(svg, /^<\?xml[^]*<\/svg>\n$/);
    assert.match(svg, /<title>A &quot;quoted&quot; &lt;plant&gt;<\/title>/);
  });

  it("diagram 'none' leaves the section out; a failed layout is said in its place, not thrown", async () => {
    const none = await renderReviewReport({ plant, analysis }, 'markdown', { diagram: 'none' });
    assert.doesNotMatch(none.content, /## Diagram/);
    const broken = { ...plant, zones: undefined } as unknown as typeof plant;
    for (const format of ['markdown', 'html'] as const) {
      const r = await renderReviewReport({ plant: broken, analysis }, format, { diagram: { reportName: 'r.md' } });
      assert.ok(r.diagramError);
      assert.deepEqual(r.files, []);
      assert.match(r.content, /The diagram could not be drawn: /);
    }
  });

  it('names the sibling SVG after the report, never the report itself', () => {
    assert.equal(diagramFileName('plant.review.md'), 'plant.review.svg');
    assert.equal(diagramFileName('/tmp/out/Report.MARKDOWN'), 'Report.svg');
    assert.equal(diagramFileName('report'), 'report.svg');
    assert.equal(diagramFileName('x.svg'), 'x.diagram.svg');
  });

  it('links a sibling file whose name needs escaping', async () => {
    const r = await renderReviewReport({ plant, analysis, title: 'T [1]' }, 'markdown', { diagram: { reportName: 'my (first) review.md' } });
    assert.equal(r.files[0].name, 'my (first) review.svg');
    assert.match(r.content, /^!\[Diagram of T \\\[1\\\]\]\(my%20%28first%29%20review\.svg\)$/m);
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

  it('html to --output, the diagram inline and no other file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-report-'));
    const r = await cli([path.join(ROOT, file), '--format', 'html', '--output', path.join(dir, 'r.html')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<figure class="diagram">\n<svg /);
    assert.deepEqual(readdirSync(dir), ['r.html']);
  });

  it('markdown to --output writes the SVG beside it and links it; stdout embeds it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-report-'));
    const r = await cli([file, '-o', path.join(dir, 'combined.review.md')]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(dir).sort(), ['combined.review.md', 'combined.review.svg']);
    assert.match(readFileSync(path.join(dir, 'combined.review.md'), 'utf8'), /\]\(combined\.review\.svg\)/);
    assert.match(readFileSync(path.join(dir, 'combined.review.svg'), 'utf8'), /^<\?xml/);
    const embedded = await cli([file, '-o', path.join(dir, 'e.md'), '--diagram', 'embed']);
    assert.equal(embedded.code, 0, embedded.err);
    assert.match(readFileSync(path.join(dir, 'e.md'), 'utf8'), /<img src="data:image\/svg\+xml;base64,/);
    assert.ok(!readdirSync(dir).includes('e.svg'));
    assert.match((await cli([file])).out, /<img src="data:image\/svg\+xml;base64,/);
    assert.doesNotMatch((await cli([file, '--diagram', 'none'])).out, /## Diagram/);
  });

  it('usage errors and unreadable files exit 2; a file without a plant exits 1', async () => {
    assert.equal((await cli([])).code, 2);
    assert.equal((await cli([file, '--format', 'pdf'])).code, 2);
    assert.equal((await cli([file, '--diagram', 'png'])).code, 2);
    assert.match((await cli([file, '--diagram', 'file'])).err, /--diagram file needs --output/);
    const missing = await cli(['nope.smartfab.yaml']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read 'nope\.smartfab\.yaml': no such file or directory/);
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-report-'));
    writeFileSync(path.join(dir, 'bad.smartfab.yaml'), '- just\n- a list\n');
    const bad = await cli(['bad.smartfab.yaml'], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /holds no plant/);
    assert.equal((await cli(['--help'])).code, 0);
  });
});
