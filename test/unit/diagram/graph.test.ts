import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { buildElkGraph } from '../../../src/core/diagram/graph';
import { assertGolden, ROOT } from '../../fixtures/golden';
import { plantFromYaml, SMALL } from './fixtures';

const EXAMPLES = path.join(ROOT, 'examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.smartfab.yaml')).sort();

function find(n: ElkNode, id: string): ElkNode | undefined {
  if (n.id === id) return n;
  for (const c of n.children ?? []) {
    const hit = find(c, id);
    if (hit) return hit;
  }
  return undefined;
}

describe('diagram: buildElkGraph', () => {
  it('matches the golden ELK graph of the small fixture', () => {
    assertGolden('diagram', 'small.elk.json', JSON.stringify(buildElkGraph(plantFromYaml(SMALL)), null, 1) + '\n');
  });

  for (const file of examples) {
    it(`matches the golden ELK graph of examples/${file}`, () => {
      const plant = plantFromYaml(readFileSync(path.join(EXAMPLES, file), 'utf8'));
      const graph = JSON.stringify(buildElkGraph(plant), null, 1) + '\n';
      assertGolden('diagram', file.replace('.smartfab.yaml', '.elk.json'), graph);
    });
  }

  it('is deterministic: equal input gives an identical graph', () => {
    const a = JSON.stringify(buildElkGraph(plantFromYaml(SMALL), { showFlows: true }));
    const b = JSON.stringify(buildElkGraph(plantFromYaml(SMALL), { showFlows: true }));
    assert.equal(a, b);
  });

  it('sets the layered, left-to-right, orthogonal, model-order options on the root', () => {
    const o = buildElkGraph(plantFromYaml(SMALL)).layoutOptions!;
    assert.equal(o['elk.algorithm'], 'layered');
    assert.equal(o['elk.direction'], 'RIGHT');
    assert.equal(o['elk.edgeRouting'], 'ORTHOGONAL');
    assert.equal(o['elk.hierarchyHandling'], 'INCLUDE_CHILDREN');
    assert.equal(o['elk.layered.considerModelOrder.strategy'], 'NODES_AND_EDGES');
  });

  it('puts external zones outside the plant box and orders zones outside-in by kind', () => {
    const g = buildElkGraph(plantFromYaml(SMALL));
    const top = g.children!.map((c) => c.id);
    assert.deepEqual(top, ['zone:internet', 'zone:vendor', 'device:fw-ext', 'plant']);
    const inside = find(g, 'plant')!.children!.filter((c) => c.id.startsWith('zone:')).map((c) => c.id);
    assert.deepEqual(inside, ['zone:dmz', 'zone:office', 'zone:ctrl-info', 'zone:iot-nw', 'zone:field']);
  });

  it('draws via devices on the conduit, splitting its edge, and not inside their zone', () => {
    const g = buildElkGraph(plantFromYaml(SMALL));
    const ctrl = find(g, 'zone:ctrl-info')!;
    assert.ok(!ctrl.children!.some((c) => c.id === 'device:fw1'));
    const plantBox = find(g, 'plant')!;
    const segs = plantBox.edges!.filter((e) => e.id.startsWith('conduit:iot-ctrl#'));
    assert.deepEqual(segs.map((e) => [e.sources[0], e.targets[0]]), [['zone:ctrl-info', 'device:fw1'], ['device:fw1', 'zone:iot-nw']]);
  });

  it('draws a device group as one node and leaves flows out unless asked', () => {
    const g = buildElkGraph(plantFromYaml(SMALL));
    assert.ok(find(g, 'device:sensors'));
    const all = JSON.stringify(g);
    assert.ok(!all.includes('flow:'));
    assert.ok(JSON.stringify(buildElkGraph(plantFromYaml(SMALL), { showFlows: true })).includes('"flow:sensors->gw#0"'));
  });

  it('sizes nodes from label length, wide characters counting double', () => {
    const g = buildElkGraph(plantFromYaml(SMALL.replace('    zone: field\n  plc2:', '    zone: field\n    name: 制御装置制御装置制御装置制御装置\n  plc2:')));
    assert.ok(find(g, 'device:plc1')!.width! > find(g, 'device:plc2')!.width! + 100);
  });

  it('survives dangling references and parent cycles without throwing', () => {
    const bad = `smartfab: 1
zones:
  a: { kind: dmz, parent: b }
  b: { kind: information, parent: a }
  c: { kind: generic, parent: nowhere }
devices:
  d1: { kind: viewer, zone: missing }
  d2: { kind: viewer, zone: a }
conduits:
  k1: { between: [a, ghost] }
  k2: { between: [a, c], via: [nothing, d2, d2] }
flows:
  - { from: d1, to: ghost }
`;
    const g = buildElkGraph(plantFromYaml(bad), { showFlows: true });
    assert.ok(find(g, 'zone:a') && find(g, 'zone:b') && find(g, 'zone:c'));
    assert.ok(find(g, 'device:d1'), 'a device of an unknown zone is still drawn, in the plant box');
    assert.ok(!JSON.stringify(g).includes('conduit:k1'));
  });
});
