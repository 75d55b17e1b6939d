// smartfab/diagram: the language server draws the diagram from the analysis it published diagnostics from, so
// the badges (plus findings on no element) equal the Problems panel by construction, severity settings
// included; a document it does not have open is checked from the text sent.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { answerDiagram, type DiagramSource } from '../../../src/server/diagram-request';
import { createChecker } from '../../../src/server/checker';
import { Pipeline } from '../../../src/server/pipeline';
import type { SeveritySetting } from '../../../src/core/lsp/diagnostics';
import type { DiagramModel } from '../../../src/core/diagram/types';
import { clearLayoutCache } from '../../../src/core/diagram/layout';
import { currentLang, setLocale } from '../../../src/core/lsp/l10n';
import { ZONE_KINDS } from '../../../src/core/model/kinds';

const EXAMPLES = path.join(__dirname, '../../../examples');
const badges = (m: DiagramModel): number => [...m.nodes, ...m.edges].reduce((s, x) => s + x.findings, 0) + m.unplacedFindings;

function source(severity: Record<string, SeveritySetting> = {}): { pipeline: Pipeline; src: DiagramSource } {
  const pipeline = new Pipeline(createChecker(), { severity });
  return { pipeline, src: { result: (uri) => pipeline.get(uri), severity: () => severity } };
}

describe('server: smartfab/diagram', function () {
  this.timeout(60_000);

  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.smartfab.yaml'))) {
    it(`${file}: badges + unplaced = published diagnostics, same version`, async () => {
      const { pipeline, src } = source();
      const uri = `file:///${file}`;
      const r = pipeline.run(uri, 7, readFileSync(path.join(EXAMPLES, file), 'utf8'));
      const d = await answerDiagram({ uri, options: {} }, src);
      assert.equal(d.version, 7);
      assert.ok(d.model);
      assert.equal(badges(d.model), r.diagnostics.length);
      assert.equal(d.findings.length, r.diagnostics.length);
      assert.ok(d.damages.every((x) => x.routes.length > 0 || x.open === 0), 'damages come with their routes');
    });
  }

  it('applies the severity settings exactly as the diagnostics do', async () => {
    const text = readFileSync(path.join(EXAMPLES, 'model-1-single-factory.smartfab.yaml'), 'utf8');
    const { pipeline, src } = source({ 'threat-*': 'off', 'general-measures': 'hint' });
    const r = pipeline.run('file:///m1', 1, text);
    const d = await answerDiagram({ uri: 'file:///m1', options: {} }, src);
    assert.equal(d.findings.length, r.diagnostics.length);
    assert.ok(!d.findings.some((f) => f.code.startsWith('threat-')));
  });

  it('asks for the text of a document it does not have, then checks that text', async () => {
    const { src } = source();
    assert.equal((await answerDiagram({ uri: 'file:///x', options: {} }, src)).notOpen, true);
    const text = readFileSync(path.join(EXAMPLES, 'model-6-robots.smartfab.yaml'), 'utf8');
    const d = await answerDiagram({ uri: 'file:///x', text, options: { showFlows: true } }, src);
    assert.ok(d.model && d.model.edges.some((e) => e.type === 'flow'));
  });

  it('answers a broken text with a banner and no model', async () => {
    const { pipeline, src } = source();
    pipeline.run('file:///b', 2, 'zones: [\n');
    const d = await answerDiagram({ uri: 'file:///b', options: {} }, src);
    assert.equal(d.model, undefined);
    assert.match(d.broken ?? '', /^Cannot draw the plant \(line \d+: /);
  });

  it('ignores option shapes the layout does not know', async () => {
    const { pipeline, src } = source();
    pipeline.run('file:///m', 1, readFileSync(path.join(EXAMPLES, 'model-5-patch-distribution.smartfab.yaml'), 'utf8'));
    const d = await answerDiagram({ uri: 'file:///m', options: { expanded: [1, 'x'], direction: 'sideways', viewport: { width: 'a' } } as never }, src);
    assert.ok(d.model);
    assert.equal(d.model.direction, 'RIGHT');
  });

  it('direction auto lays a wide plant out downwards in a tall pane', async () => {
    const { pipeline, src } = source();
    pipeline.run('file:///c', 1, readFileSync(path.join(EXAMPLES, 'combined-plant.smartfab.yaml'), 'utf8'));
    const tall = await answerDiagram({ uri: 'file:///c', options: { direction: 'auto', viewport: { width: 700, height: 800 } } }, src);
    assert.equal(tall.model?.direction, 'DOWN');
    const wide = await answerDiagram({ uri: 'file:///c', options: { direction: 'auto', viewport: { width: 3000, height: 800 } } }, src);
    assert.equal(wide.model?.direction, 'RIGHT');
  });

  it("writes the labels in the client's language (smartfab.language), whatever the server process speaks", async () => {
    const text = readFileSync(path.join(EXAMPLES, 'model-1-single-factory.smartfab.yaml'), 'utf8');
    const { pipeline, src } = source();
    pipeline.run('file:///l', 1, text);
    const sublabels = (d: { model?: DiagramModel }) => (d.model?.nodes ?? []).map((n) => n.sublabel ?? '').join('|');
    const before = currentLang();
    for (const process of ['en', 'ja'] as const) {
      setLocale(process);
      {
        const ja = await answerDiagram({ uri: 'file:///l', options: { lang: 'ja' } }, src);
        assert.ok(sublabels(ja).includes(ZONE_KINDS['control-info'].ja), `process ${process}, labels ja: ${sublabels(ja)}`);
        assert.ok(!sublabels(ja).includes(ZONE_KINDS['control-info'].en));
        const en = await answerDiagram({ uri: 'file:///l', options: { lang: 'en' } }, src);
        assert.ok(sublabels(en).includes(ZONE_KINDS['control-info'].en), `process ${process}, labels en: ${sublabels(en)}`);
        const dflt = await answerDiagram({ uri: 'file:///l', options: {} }, src);
        assert.ok(sublabels(dflt).includes(ZONE_KINDS['control-info'][process]), 'no lang: the process language');
        assert.equal(currentLang(), process, 'the process language is left as it was');
      }
    }
    setLocale(before);
  });

  it('a cached layout gives the same picture as a fresh one (an edit that changes no structure)', async () => {
    const text = readFileSync(path.join(EXAMPLES, 'combined-plant.smartfab.yaml'), 'utf8');
    const { pipeline, src } = source();
    const opts = { options: { direction: 'auto' as const, viewport: { width: 900, height: 700 } } };
    pipeline.run('file:///k', 1, text);
    clearLayoutCache();
    const cold = await answerDiagram({ uri: 'file:///k', ...opts }, src);
    pipeline.run('file:///k', 2, `${text.replace(/status: planned/, 'status: implemented')}# edited\n`);
    const cached = await answerDiagram({ uri: 'file:///k', ...opts }, src);
    clearLayoutCache();
    const fresh = await answerDiagram({ uri: 'file:///k', ...opts }, src);
    assert.deepEqual(cached.model, fresh.model);
    assert.deepEqual(cached.findings, fresh.findings);
    assert.deepEqual(
      cold.model?.nodes.map((n) => [n.id, n.x, n.y]),
      cached.model?.nodes.map((n) => [n.id, n.x, n.y]),
      'the same shape: the same places',
    );
  });
});
