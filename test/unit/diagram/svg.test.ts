import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { layoutDiagram } from '../../../src/core/diagram/layout';
import { renderSvg, xmlEscape } from '../../../src/core/diagram/svg';
import type { Problem } from '../../../src/core/diagnostics';
import { ROOT } from '../../fixtures/golden';
import { plantFromYaml, SMALL } from './fixtures';
import { xmlProblems } from './xml-check';

const finding = (severity: Problem['severity'], target: string): Problem => ({
  code: 'test', severity, message: 'm', span: { start: 0, end: 0 }, data: { target },
});

describe('diagram: renderSvg', () => {
  it('the checker itself rejects broken XML', () => {
    assert.deepEqual(xmlProblems('<svg><g></g></svg>'), []);
    assert.ok(xmlProblems('<svg><g></svg>').length > 0);
    assert.ok(xmlProblems('<svg><text>a & b</text></svg>').length > 0);
    assert.ok(xmlProblems('<svg><text>a < b</text></svg>').length > 0);
    assert.ok(xmlProblems('<svg a=b></svg>').length > 0);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`is a well-formed standalone SVG in the ${theme} theme`, async () => {
      const m = await layoutDiagram(plantFromYaml(SMALL), [finding('error', 'gw')], { showFlows: true });
      const svg = renderSvg(m, { theme, title: 'A & B <plant>' });
      assert.deepEqual(xmlProblems(svg), []);
      assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'));
      assert.ok(!/(href|src)=/.test(svg.replace('url(#arrow)', '')), 'no external references');
      assert.ok(!svg.includes('<style'), 'inline attributes, no stylesheet');
    });
  }

  it('escapes labels, keeps Japanese as is and drops control characters', async () => {
    const yaml = SMALL.replace('name: 装置ベンダー', 'name: "装置ベンダー <&> \\u0007\'x\'"');
    const svg = renderSvg(await layoutDiagram(plantFromYaml(yaml)));
    assert.ok(svg.includes('>装置ベンダー &lt;&amp;&gt; &apos;x&apos;</text>'));
    assert.ok(svg.includes('SCADA &lt;main&gt; &amp; &quot;backup&quot;'));
    assert.deepEqual(xmlProblems(svg), []);
    assert.equal(xmlEscape('a\u0000b<'), 'ab&lt;');
  });

  it('draws a severity legend and count badges', async () => {
    const m = await layoutDiagram(plantFromYaml(SMALL), [finding('error', 'gw'), finding('warning', 'gw'), finding('warning', 'iot-ctrl')]);
    const svg = renderSvg(m);
    for (const s of ['error', 'warning', 'info', 'hint']) assert.ok(svg.includes(`>${s}</text>`), `legend ${s}`);
    assert.ok(svg.includes('<title>Findings: 2 (worst: error)</title>'));
    assert.ok(svg.includes('<title>Findings: 1 (worst: warning)</title>'));
    assert.equal((svg.match(/class="badge"/g) ?? []).length, 2);
  });

  it('marks every node and edge with its diagram and element ids', async () => {
    const m = await layoutDiagram(plantFromYaml(SMALL));
    const svg = renderSvg(m);
    for (const n of m.nodes) assert.ok(svg.includes(`data-id="${n.id}"`), n.id);
    for (const e of m.edges) assert.ok(svg.includes(`data-id="${xmlEscape(e.id)}"`), e.id);
  });

  const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.smartfab.yaml')).sort();
  for (const file of examples) {
    it(`renders examples/${file} well-formed, with flows`, async () => {
      const plant = plantFromYaml(readFileSync(path.join(ROOT, 'examples', file), 'utf8'));
      const svg = renderSvg(await layoutDiagram(plant, [], { showFlows: true }), { theme: 'dark' });
      assert.deepEqual(xmlProblems(svg), []);
    });
  }
});
