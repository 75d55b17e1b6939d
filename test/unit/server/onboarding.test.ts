// The server's parts of the first-use experience: code links into the bundled docs, the language status.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { anchorLines, bundledDocsLink } from '../../../src/server/bundled-docs';
import { createChecker } from '../../../src/server/checker';
import { documentStatus } from '../../../src/server/document-status';
import { Pipeline } from '../../../src/server/pipeline';
import { DiagnosticsPublisher } from '../../../src/server/publisher';

const root = path.resolve(__dirname, '../../..');
const docsUri = `${pathToFileURL(path.join(root, 'docs')).href}/`;
const MODEL_1 = readFileSync(path.join(root, 'examples', 'model-1-single-factory.smartfab.yaml'), 'utf8');

describe('server: bundled docs and document status', () => {
  it('links a code to the line of its anchor in the bundled page', () => {
    const link = bundledDocsLink(docsUri);
    assert.ok(link);
    for (const code of ['threat-A4', 'unknown-zone', 'schema-enum', 'general-measures']) {
      const href = link(code);
      const m = /^(.*)#L(\d+)$/.exec(href);
      assert.ok(m, href);
      const line = readFileSync(fileURLToPath(m[1]), 'utf8').split('\n')[Number(m[2]) - 1];
      assert.ok(line.includes(`<a id="${code}"`), `${href}: ${line}`);
    }
    assert.equal(anchorLines('x\n<a id="a"></a> <a id="b">\n').get('b'), 2);
    assert.equal(bundledDocsLink('file:///nowhere/docs/'), undefined, 'no docs: the default URL applies');
  });

  it('diagnostics use the bundled link unless docsBaseUrl is set', () => {
    const docsLink = bundledDocsLink(docsUri)!;
    const p = new Pipeline(createChecker(), { docsLink });
    const d = p.run('file:///m1.smartfab.yaml', 1, MODEL_1).diagnostics.find((x) => x.code === 'threat-A4');
    assert.match(d?.codeDescription?.href ?? '', /docs\/analysis\.md#L\d+$/);
    p.setOptions({ docsBaseUrl: 'https://x/docs/', docsLink });
    const e = p.run('file:///m1.smartfab.yaml', 1, MODEL_1).diagnostics.find((x) => x.code === 'threat-A4');
    assert.equal(e?.codeDescription?.href, 'https://x/docs/analysis.md#threat-A4');
  });

  it('reports models found, open damages and the analysis time', () => {
    const r = new Pipeline(createChecker()).run('file:///m1.smartfab.yaml', 3, MODEL_1);
    const s = documentStatus(r);
    assert.equal(s.version, 3);
    assert.deepEqual(s.models, [1]);
    assert.ok(s.openDamages.length > 0 && s.openDamages.every((n) => n >= 1 && n <= 13));
    assert.ok(s.analysisMs >= 0);
    const empty = documentStatus(new Pipeline(createChecker()).run('file:///e.smartfab.yaml', 1, ''));
    assert.deepEqual([empty.models, empty.openDamages, empty.errors], [[], [], 1]);
  });
});

describe('server: diagnostics publisher', () => {
  it('skips a publication identical to the last one, so the editor keeps its markers (and a pending Ctrl+.)', () => {
    const sent: unknown[] = [];
    const p = new DiagnosticsPublisher((x) => sent.push(x));
    const d = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm', code: 'x' }];
    assert.equal(p.publish('u', 1, d), true);
    assert.equal(p.publish('u', 1, JSON.parse(JSON.stringify(d))), false);
    assert.equal(p.publish('u', 2, []), true);
    p.clear('u');
    assert.equal(p.publish('u', 3, []), true, 'after closing, the next publication is sent');
    assert.equal(sent.length, 4);
  });
});
