// Issue 10: a damage drawn as the report draws it: entry threats as markers on the entry element, path threats
// on their conduit, each with its countermeasure IDs by status; the same in the SVG (`smartfab diagram
// --damage N`) as in the webview (both use damageOverlay).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../../src/core/check';
import { layoutDiagram } from '../../../src/core/diagram/layout';
import { damageOverlay } from '../../../src/core/diagram/overlay';
import { damageRoutes } from '../../../src/core/diagram/routes';
import { renderSvg } from '../../../src/core/diagram/svg';
import { runDiagram } from '../../../src/cli/commands/diagram';
import { xmlProblems } from './xml-check';

const EXAMPLES = path.join(__dirname, '../../../examples');
const M1 = 'model-1-single-factory.smartfab.yaml';

async function model1() {
  const r = checkText(readFileSync(path.join(EXAMPLES, M1), 'utf8'));
  const model = await layoutDiagram(r.plant!, r.problems);
  return { model, damages: damageRoutes(r.analysis!) };
}

describe('diagram: damage overlay', function () {
  this.timeout(30_000);

  it('routes each damage through its scenarios, open ones first, with measures by status', async () => {
    const { damages } = await model1();
    const d1 = damages.find((d) => d.id === 1)!;
    assert.ok(d1.open > 0 && d1.routes.length >= d1.open);
    assert.equal(d1.routes[0].status, 'open');
    const a4 = d1.routes.flatMap((r) => r.steps).find((s) => s.threat === 'A4')!;
    assert.equal(a4.kind, 'path');
    assert.ok(a4.conduits.length > 0);
    assert.ok(a4.measures.some((m) => m.id.replace(/^ID/, '') === '8-1' && m.state === 'missing'));
  });

  it('puts entry threats above their element and path threats under their conduit, one marker per element', async () => {
    const { model, damages } = await model1();
    const o = damageOverlay(model, damages, 1)!;
    const elements = o.markers.map((m) => m.elementId);
    assert.equal(new Set(elements).size, elements.length, 'one marker per element');
    for (const m of o.markers) {
      const node = model.nodes.find((n) => n.elementId === m.elementId);
      if (m.kind === 'entry') {
        assert.ok(node, `${m.elementId} is drawn`);
        assert.ok(m.y + m.height <= node.y && m.y + m.height >= node.y - 4, `${m.elementId}: the marker sits just above`);
      } else {
        assert.ok(model.edges.some((e) => e.elementId === m.elementId), `${m.elementId} is a drawn conduit`);
      }
    }
    const gw = o.markers.find((m) => m.elementId === 'iot-gw');
    assert.deepEqual(gw?.items.map((i) => i.threat), ['A2', 'A3'], 'threats on one element share its marker');
    assert.ok(o.highlight.has('iot-to-ctrl'));
  });

  it('never lets two entry markers overlap', async () => {
    for (const f of ['combined-plant.smartfab.yaml', M1, 'model-6-robots.smartfab.yaml']) {
      const r = checkText(readFileSync(path.join(EXAMPLES, f), 'utf8'));
      const model = await layoutDiagram(r.plant!, r.problems);
      for (const d of damageRoutes(r.analysis!)) {
        const ms = damageOverlay(model, [d], d.id)!.markers.filter((m) => m.kind === 'entry');
        for (let i = 0; i < ms.length; i++)
          for (let j = i + 1; j < ms.length; j++) {
            const a = ms[i];
            const b = ms[j];
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            assert.ok(apart, `${f} damage ${d.id}: ${a.elementId} / ${b.elementId}`);
          }
      }
    }
  });

  it('draws the overlay and its legend into a well-formed SVG', async () => {
    const { model, damages } = await model1();
    const svg = renderSvg(model, { overlay: damageOverlay(model, damages, 1)! });
    assert.deepEqual(xmlProblems(svg), []);
    assert.match(svg, /class="threat-marker entry"/);
    assert.match(svg, /class="threat-marker path"/);
    assert.match(svg, /class="legend overlay-legend"/);
    assert.match(svg, /<title>iot-gw: A2 missing ID4-1; A3 missing/);
  });

  it('smartfab diagram --damage 1 gives that picture; an unknown damage is a usage error', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), cwd: EXAMPLES };
    assert.equal(await runDiagram([M1, '--damage', '1'], io), 0);
    assert.match(out.join(''), /threat-marker/);
    assert.equal(await runDiagram([M1, '--damage', '9'], io), 2);
    assert.match(err.join(''), /damage 9 is not among this plant's damages \(1, 2\)/);
    assert.equal(await runDiagram([M1, '--damage', 'x'], io), 2);
  });
});
