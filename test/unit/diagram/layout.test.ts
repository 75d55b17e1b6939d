import { strict as assert } from 'node:assert';
import type { Problem } from '../../../src/core/diagnostics';
import { generatePlant } from '../../../src/core/diagram/bench';
import { layoutDiagram } from '../../../src/core/diagram/layout';
import type { DiagramModel, DiagramNode } from '../../../src/core/diagram/types';
import { DEVICE_HEIGHT, MARKER_ROOM } from '../../../src/core/diagram/measure';
import { assertGolden } from '../../fixtures/golden';
import { plantFromYaml, SMALL } from './fixtures';

const node = (m: DiagramModel, id: string): DiagramNode => {
  const n = m.nodes.find((x) => x.id === id);
  assert.ok(n, `node ${id}`);
  return n;
};
const finding = (severity: Problem['severity'], target: string): Problem => ({
  code: 'test', severity, message: 'm', span: { start: 0, end: 0 }, data: { target },
});
const zones = (m: DiagramModel) => m.nodes.filter((n) => n.type === 'zone');

describe('diagram: layoutDiagram', () => {
  it('matches the golden laid-out model of the small fixture', async () => {
    const m = await layoutDiagram(plantFromYaml(SMALL), [finding('error', 'iot-ctrl')], { showFlows: true });
    assertGolden('diagram', 'small.model.json', JSON.stringify(m, null, 1) + '\n');
  });

  it('is deterministic: the same input gives the same positions', async () => {
    const a = await layoutDiagram(plantFromYaml(SMALL), [], { showFlows: true });
    const b = await layoutDiagram(plantFromYaml(SMALL), [], { showFlows: true });
    assert.deepEqual(a, b);
  });

  it('gives absolute positions with children inside their containers', async () => {
    const m = await layoutDiagram(plantFromYaml(SMALL));
    for (const n of m.nodes) {
      if (!n.parent) continue;
      const p = node(m, n.parent);
      assert.ok(n.x >= p.x && n.y >= p.y + (p.header ? p.header.height : 0) - 0.5, `${n.id} below the header of ${p.id}`);
      assert.ok(n.x + n.width <= p.x + p.width + 0.5 && n.y + n.height <= p.y + p.height + 0.5, `${n.id} inside ${p.id}`);
    }
    assert.ok(node(m, 'zone:internet').external && !node(m, 'zone:dmz').external);
    assert.equal(node(m, 'zone:dmz').parent, 'plant');
  });

  it('draws no two leaf nodes overlapping', async () => {
    const m = await layoutDiagram(plantFromYaml(SMALL), [], { showFlows: true });
    const leaves = m.nodes.filter((n) => n.type !== 'zone' && n.type !== 'plant');
    for (const a of leaves)
      for (const b of leaves)
        if (a !== b) assert.ok(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.id} / ${b.id}`);
  });

  it('renaming a label within its size step moves nothing', async () => {
    const a = await layoutDiagram(plantFromYaml(SMALL));
    const b = await layoutDiagram(plantFromYaml(SMALL.replace('    zone: field\n  plc2:', '    zone: field\n    name: PLC-1\n  plc2:')));
    assert.equal(node(b, 'device:plc1').label, 'PLC-1');
    for (const n of a.nodes) assert.deepEqual([node(b, n.id).x, node(b, n.id).y], [n.x, n.y], n.id);
  });

  // Adding a device grows its zone by one row (device height + spacing, which leaves room for threat markers). Zones are layered left to right,
  // so no zone moves sideways; a zone sharing the layer may be pushed down by at most that growth, and
  // vertical centring may shift the others by half of it. Nothing moves by more than the growth.
  it('adding one device moves unrelated zones at most by the growth of its zone, and never sideways', async () => {
    const a = await layoutDiagram(plantFromYaml(SMALL));
    const b = await layoutDiagram(plantFromYaml(SMALL.replace('  plc2:\n', '  plc3:\n    kind: controller\n    zone: field\n  plc2:\n')));
    const growth = node(b, 'zone:field').height - node(a, 'zone:field').height;
    assert.ok(growth > 0 && growth <= DEVICE_HEIGHT + MARKER_ROOM + 4, `growth ${growth}`);
    for (const z of zones(a)) {
      if (z.id === 'zone:field') continue;
      const w = node(b, z.id);
      assert.equal(w.x, z.x, `${z.id} x`);
      assert.ok(Math.abs(w.y - z.y) <= growth, `${z.id} moved ${w.y - z.y}`);
      assert.deepEqual([w.width, w.height], [z.width, z.height], `${z.id} size`);
    }
  });

  it('feeds previous positions back without changing a settled layout', async () => {
    const a = await layoutDiagram(plantFromYaml(SMALL));
    const previous = Object.fromEntries(a.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    const b = await layoutDiagram(plantFromYaml(SMALL), [], { previous });
    for (const z of zones(a)) assert.equal(node(b, z.id).x, z.x, z.id);
  });

  it('collapses a zone with more devices than the threshold to one summary node, unless expanded', async () => {
    const plant = generatePlant(600); // 600 devices over 7 plant zones: about 86 each
    const m = await layoutDiagram(plant, [finding('warning', 'dev-3'), finding('error', 'dev-10')]);
    const zone = node(m, 'zone:ctrl-info');
    assert.equal(zone.collapsed, true);
    const summary = node(m, 'summary:ctrl-info');
    assert.equal(summary.parent, 'zone:ctrl-info');
    assert.ok(summary.hidden! > 40);
    assert.ok(!m.nodes.some((n) => n.type === 'device'));
    // dev-3 and dev-10 both live in the 4th device zone ('iot-b'): the summary carries both findings.
    const iotB = node(m, 'summary:iot-b');
    assert.equal(iotB.findings, 2);
    assert.equal(iotB.severity, 'error');
    const expanded = await layoutDiagram(plant, [], { expanded: ['iot-b'], collapseThreshold: 40 });
    assert.equal(node(expanded, 'zone:iot-b').collapsed, undefined);
    assert.ok(node(expanded, 'device:dev-3'));
  });

  it('attaches findings by target and by span, keeping the worst severity and the count', async () => {
    const plant = plantFromYaml(SMALL);
    const gw = plant.devices.find((d) => d.id === 'gw')!;
    const m = await layoutDiagram(plant, [
      finding('warning', 'ctrl-info'), finding('error', 'ctrl-info'), finding('info', 'iot-ctrl'),
      { code: 'x', severity: 'hint', message: 'm', span: { start: gw.span.start + 2, end: gw.span.start + 4 } },
      { code: 'y', severity: 'error', message: 'file-level', span: { start: 0, end: 0 } },
    ]);
    assert.deepEqual([node(m, 'zone:ctrl-info').findings, node(m, 'zone:ctrl-info').severity], [2, 'error']);
    assert.deepEqual([node(m, 'device:gw').findings, node(m, 'device:gw').severity], [1, 'hint']);
    const segs = m.edges.filter((e) => e.elementId === 'iot-ctrl');
    assert.equal(segs.length, 2);
    assert.equal(segs.reduce((s, e) => s + e.findings, 0), 1, 'a split conduit counts its findings once');
    assert.ok(segs.every((e) => e.severity === 'info'));
    assert.equal(m.unplacedFindings, 1);
  });

  it('toggles data flows as directed edges between devices', async () => {
    const off = await layoutDiagram(plantFromYaml(SMALL));
    assert.ok(off.edges.every((e) => e.type === 'conduit'));
    const on = await layoutDiagram(plantFromYaml(SMALL), [], { showFlows: true });
    const f = on.edges.find((e) => e.elementId === 'sensors->gw')!;
    assert.deepEqual([f.type, f.source, f.target, f.label], ['flow', 'device:sensors', 'device:gw', 'mqtt']);
    assert.ok(f.points.length >= 2);
    assert.equal(on.options.showFlows, true);
  });
});
