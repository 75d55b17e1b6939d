// The language server's export requests (pure functions behind smartfab/exportReport and smartfab/exportSarif)
// and the default names the VS Code commands offer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Log } from 'sarif';
import { exportReport, exportSarif } from '../../../src/server/exports';
import type { ExportReportParams } from '../../../src/server/protocol';
import { baseName, reviewReportName } from '../../../src/extension/commands/export-names';
import { ROOT } from '../../fixtures/golden';
import { assertValidSarif } from '../../fixtures/sarif/validate';

const rel = 'examples/model-1-single-factory.smartfab.yaml';
const file = { uri: `file://${path.join(ROOT, rel)}`, path: rel, text: readFileSync(path.join(ROOT, rel), 'utf8') };

describe('report: server exports', () => {
  it('markdown with a report name: links the sibling SVG and returns it as an attachment', async () => {
    const r = await exportReport({ file, format: 'markdown', reportName: 'model-1-single-factory.review.md' });
    assert.equal(r.error, undefined);
    assert.match(r.content!, /^# Security review: /);
    assert.match(r.content!, /^!\[Diagram of .+\]\(model-1-single-factory\.review\.svg\)$/m);
    assert.deepEqual(r.attachments?.map((a) => a.name), ['model-1-single-factory.review.svg']);
    assert.match(r.attachments![0].content, /^<\?xml[^]*<svg [^]*<\/svg>\n$/);
  });

  it('markdown without a report name embeds the SVG; html inlines it; neither has attachments', async () => {
    const md = await exportReport({ file, format: 'markdown' });
    assert.match(md.content!, /<img src="data:image\/svg\+xml;base64,/);
    assert.equal(md.attachments, undefined);
    const html = await exportReport({ file, format: 'html', reportName: 'x.html' });
    assert.match(html.content!, /^<!doctype html>[^]*<figure class="diagram">\n<svg /);
    assert.equal(html.attachments, undefined);
  });

  it('matches `smartfab report` content for the same file (findings with line numbers)', async () => {
    const r = await exportReport({ file, format: 'markdown' });
    assert.match(r.content!, /\| error \| threat-A4 \| [^|]+ \| \d+ \|/);
  });

  it('answers bad requests and files without a plant with an error, never a throw', async () => {
    assert.match((await exportReport(undefined)).error!, /No plant file/);
    assert.match((await exportReport({ format: 'html' })).error!, /No plant file/);
    const pdf = await exportReport({ file, format: 'pdf' } as unknown as ExportReportParams);
    assert.match(pdf.error!, /Unknown report format 'pdf'/);
    const list = await exportReport({ file: { uri: 'file:///l.smartfab.yaml', text: '- a\n- b\n' }, format: 'markdown' });
    assert.match(list.error!, /^file:\/\/\/l\.smartfab\.yaml holds no plant/);
    assert.equal(list.content, undefined);
  });

  it('SARIF for several files in one log, paths as given', () => {
    const r = exportSarif([file, { uri: 'file:///b.smartfab.yaml', path: 'b.smartfab.yaml', text: 'smartfab: 1\n' }]);
    const log = JSON.parse(r.content!) as Log;
    assertValidSarif(log);
    const uris = new Set(log.runs[0].results!.map((x) => x.locations?.[0]?.physicalLocation?.artifactLocation?.uri));
    assert.ok(uris.has(rel), [...uris].join());
  });
});

describe('report: export file names', () => {
  it('offers <plant>.review.md / .html next to the plant', () => {
    assert.equal(reviewReportName('/w/plants/line-3.smartfab.yaml', 'markdown'), 'line-3.review.md');
    assert.equal(reviewReportName('line-3.smartfab.yml', 'html'), 'line-3.review.html');
    assert.equal(reviewReportName('/w/Untitled-1', 'markdown'), 'Untitled-1.review.md');
    assert.equal(reviewReportName('/w/.smartfab.yaml', 'markdown'), 'plant.review.md');
  });

  it('takes the last segment of a URI path', () => {
    assert.equal(baseName('/c%3A/w/out/r.review.md'), 'r.review.md');
    assert.equal(baseName('r.md'), 'r.md');
  });
});
