// Issue 10: every flow entry is its own diagram element (id-less flows, equal flows, loops), and deleting one
// removes exactly that entry. Issue 13 item 8: a plant beyond ELK (a chain of 4,500 zones) is drawn with the
// grid layout, says why, and the CLI exits 0.
import { strict as assert } from 'node:assert';
import { checkText } from '../../../src/core/check';
import { flowKeys } from '../../../src/core/diagram/flow-keys';
import { indexFindings } from '../../../src/core/diagram/findings';
import { layoutDiagram, MAX_LAYERED_ZONES } from '../../../src/core/diagram/layout';
import { layoutNotice } from '../../../src/core/diagram/notices';
import { renderSvg } from '../../../src/core/diagram/svg';
import { applyEdits, deleteFlowAt } from '../../../src/core/edit/index';
import { describeRemoval, editFor } from '../../../src/extension/diagram/edits';
import { runDiagram } from '../../../src/cli/commands/diagram';
import { plantFromYaml } from './fixtures';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const FLOWS = `smartfab: 1
plant: { name: Flows }
zones:
  a: { kind: information }
  b: { kind: control-info }
devices:
  s: { kind: iot-device, zone: a, count: 4 }
  g: { kind: iot-gateway, zone: b }
conduits:
  ab: { between: [a, b] }
flows:
  - { from: s, to: g }
  # the same again
  - { from: s, to: g }
  - { from: s, to: s }
  - { from: g, to: s, id: back }
`;

/** A chain of `n` zones joined by n-1 conduits, a viewer every 50 zones. */
export function chain(n: number): string {
  const out = ['smartfab: 1', 'plant: { name: chain }', 'zones:'];
  for (let i = 0; i < n; i++) out.push(`  z${i}: { kind: information }`);
  out.push('devices:');
  for (let i = 0; i < n; i += 50) out.push(`  d${i}: { kind: viewer, zone: z${i} }`);
  out.push('conduits:');
  for (let i = 0; i + 1 < n; i++) out.push(`  c${i}: { between: [z${i}, z${i + 1}] }`);
  return out.join('\n') + '\n';
}

describe('diagram: flows as their own elements', () => {
  it('keys flows by id, numbering only ids that several flows share', () => {
    assert.deepEqual(flowKeys(plantFromYaml(FLOWS)), ['s->g#1', 's->g#2', 's->s', 'back']);
  });

  it('draws each flow, the self-loop included, with distinct element ids and spans', async () => {
    const m = await layoutDiagram(plantFromYaml(FLOWS), [], { showFlows: true });
    const flows = m.edges.filter((e) => e.type === 'flow');
    assert.deepEqual(flows.map((e) => e.elementId), ['s->g#1', 's->g#2', 's->s', 'back']);
    const loop = flows.find((e) => e.elementId === 's->s')!;
    assert.equal(loop.source, loop.target);
    assert.ok(loop.points.length >= 2, 'the loop is routed');
    assert.notEqual(flows[0].span?.start, flows[1].span?.start);
  });

  it('puts a finding on a shared-id flow on the flow whose entry holds it', () => {
    const plant = plantFromYaml(FLOWS);
    const start = FLOWS.indexOf('{ from: s, to: g }', FLOWS.indexOf('# the same again')) + 2;
    const idx = indexFindings(plant, [{ code: 'x', severity: 'warning', message: '', span: { start, end: start + 1 }, data: { target: 's->g' } }]);
    assert.deepEqual([...idx.byElement.keys()], ['s->g#2']);
  });

  it('deletes exactly the picked one of two equal id-less flows, keeping comments and the rest', async () => {
    const m = await layoutDiagram(plantFromYaml(FLOWS), [], { showFlows: true });
    const r = editFor(FLOWS, { type: 'edit', op: 'delete', args: { elementId: 's->g#2' } }, m);
    assert.ok(!('error' in r), JSON.stringify(r));
    const after = applyEdits(FLOWS, r.edits);
    assert.equal(after.match(/\{ from: s, to: g \}/g)?.length, 1);
    assert.match(after, /# the same again/);
    assert.match(after, /from: s, to: s/);
    assert.deepEqual(checkText(after).problems.filter((p) => p.severity === 'error'), []);
    assert.match(describeRemoval(FLOWS, r, 's->g#2'), /Deleted s->g#2 \(1 flow\(s\)\)/);
  });

  it('refuses, with a message, an offset where no flow is written', () => {
    const r = deleteFlowAt(FLOWS, 0);
    assert.ok('error' in r);
  });

  it('a deleted device names the flows and entries that went with it', () => {
    const r = editFor(FLOWS, { type: 'edit', op: 'delete', args: { elementId: 'g' } });
    assert.match(describeRemoval(FLOWS, r, 'g'), /1 device\(s\), 3 flow\(s\)/);
  });
});

describe('diagram: beyond the layered layout (issue 13 item 8)', function () {
  this.timeout(60_000);
  const big = chain(4_500);

  it('draws a chain of 4,500 zones with the grid layout and says why', async () => {
    const plant = plantFromYaml(big);
    const m = await layoutDiagram(plant, []);
    assert.equal(m.layout?.kind, 'grid');
    assert.equal(m.nodes.filter((n) => n.type === 'zone').length, 4_500);
    assert.equal(m.edges.length, 4_499);
    assert.ok(m.edges.every((e) => e.points.length === 2));
    // Children inside their containers, siblings not overlapping (checked on the plant's first zones).
    const plantBox = m.nodes.find((n) => n.id === 'plant')!;
    for (const n of m.nodes.filter((x) => x.parent === 'plant').slice(0, 300)) {
      assert.ok(n.x >= plantBox.x && n.x + n.width <= plantBox.x + plantBox.width, `${n.id} inside the plant`);
    }
    const zones = m.nodes.filter((n) => n.type === 'zone').slice(0, 200);
    for (let i = 0; i < zones.length; i++)
      for (let j = i + 1; j < zones.length; j++) {
        const a = zones[i];
        const b = zones[j];
        assert.ok(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.id} / ${b.id} overlap`);
      }
    assert.match(layoutNotice(m.layout!), /too large for the layered layout \(4500 zones, 4499 edges\)/);
    assert.match(renderSvg(m), /class="notice"/);
  });

  it('keeps the layered layout up to the limit', () => {
    assert.ok(MAX_LAYERED_ZONES >= 1_000);
  });

  it('smartfab diagram exits 0 on it, with a note on stderr', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-chain-'));
    writeFileSync(path.join(dir, 'chain.smartfab.yaml'), big);
    const err: string[] = [];
    const out: string[] = [];
    const code = await runDiagram(['chain.smartfab.yaml'], { out: (s) => out.push(s), err: (s) => err.push(s), cwd: dir });
    assert.equal(code, 0);
    assert.match(err.join(''), /note: The plant is too large/);
    assert.match(out.join(''), /^<\?xml/);
  });
});
