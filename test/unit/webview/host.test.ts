// Host-side diagram logic without VS Code: the diagram of a text (what the server answers), selection mapping, edit requests.
import { strict as assert } from 'node:assert';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';
import { applyEdits } from '../../../src/core/edit/text-edit';
import { elementResolver } from '../../../src/core/diagram/findings';
import { damagesOf, diagramOfText } from '../../../src/core/diagram/view';
import type { DiagramOptions } from '../../../src/core/diagram/types';
import type { SeveritySetting } from '../../../src/core/lsp/diagnostics';

const computeDiagram = (r: { text: string; version: number; options: DiagramOptions; severity?: Record<string, SeveritySetting> }) =>
  diagramOfText(r.text, r.version, r.options, r.severity);
import { editFor } from '../../../src/extension/diagram/edits';
import { elementAtOffset, spanOfElement } from '../../../src/extension/diagram/selection';
import { MODEL, PLANT_TEXT } from './fixture';

const errors = (text: string): string[] =>
  checkText(text).problems.filter((p) => p.severity === 'error' && !p.code.startsWith('threat-')).map((p) => `${p.code}: ${p.message}`);

describe('diagram host: compute', () => {
  it('lays out a valid plant and summarises its findings', async () => {
    const r = await computeDiagram({ text: PLANT_TEXT, version: 4, options: {} });
    assert.equal(r.version, 4);
    assert.equal(r.broken, undefined);
    assert.ok(r.model, 'a model');
    const ids = new Set(r.model.nodes.map((n) => n.elementId));
    for (const id of ['iot-nw', 'ctrl-info', 'net', 'sensors', 'analysis']) assert.ok(ids.has(id), id);
    assert.equal(r.findings.length, checkText(PLANT_TEXT).problems.length, 'every problem is listed');
    // The side panel and the badges count the same findings.
    const badges = [...r.model.nodes, ...r.model.edges].reduce((s, x) => s + x.findings, 0);
    assert.equal(badges + r.model.unplacedFindings, r.findings.length);
  });

  it('draws flows only when asked', async () => {
    const off = await computeDiagram({ text: PLANT_TEXT, version: 1, options: {} });
    const on = await computeDiagram({ text: PLANT_TEXT, version: 1, options: { showFlows: true } });
    assert.equal(off.model?.edges.filter((e) => e.type === 'flow').length, 0);
    assert.equal(on.model?.edges.filter((e) => e.type === 'flow').length, 1);
  });

  it('gives no model but a banner with the line when the YAML is broken', async () => {
    const broken = PLANT_TEXT.replace('    kind: control-info', '    kind: [control-info');
    const r = await computeDiagram({ text: broken, version: 9, options: {} });
    assert.equal(r.model, undefined);
    assert.match(r.broken ?? '', /^Cannot draw the plant \(line \d+: /);
  });

  it('never throws on garbage', async () => {
    for (const text of ['', '\u0000\u0001', '- a\n- b', 'zones: 5', ': : :']) {
      const r = await computeDiagram({ text, version: 1, options: {} });
      assert.ok(r.model || r.broken, JSON.stringify(text));
    }
  });

  it('resolves a problem to its element by data.target, else by span', () => {
    const plant = checkText(PLANT_TEXT).plant!;
    const resolve = elementResolver(plant);
    const at = (needle: string): Problem => {
      const start = PLANT_TEXT.indexOf(needle);
      return { code: 'x', severity: 'warning', message: '', span: { start, end: start + needle.length } };
    };
    assert.equal(resolve({ ...at('smartfab: 1'), data: { target: 'wan' } }), 'wan');
    assert.equal(resolve(at('count: 200')), 'sensors');
    assert.equal(resolve(at('between: [net')), 'wan');
    assert.equal(resolve(at('smartfab: 1')), undefined);
  });

  it('derives damages from threat findings when no analysis is given', () => {
    const f = (elementId: string, damages: number[]) => ({ code: 'threat-A1', severity: 'error' as const, message: '', threat: 'A1', elementId, damages, missing: [], line: 0 });
    const d = damagesOf([f('sensors', [1, 2]), f('iot-ctrl', [1]), { ...f('x', [5]), threat: undefined }]);
    assert.deepEqual(d, [
      { id: 1, title: 'Damage 1', open: 2, elementIds: ['sensors', 'iot-ctrl'], routes: [] },
      { id: 2, title: 'Damage 2', open: 1, elementIds: ['sensors'], routes: [] },
    ]);
  });
});

describe('diagram host: selection', () => {
  it('maps a text offset to the innermost drawn element', () => {
    assert.equal(elementAtOffset(MODEL, 320), 'sensors');
    assert.equal(elementAtOffset(MODEL, 510), 'iot-ctrl');
    assert.equal(elementAtOffset(MODEL, 10), undefined);
  });
  it('gives the span to reveal for nodes and edges', () => {
    assert.deepEqual(spanOfElement(MODEL, 'gw'), { start: 350, end: 390 });
    assert.deepEqual(spanOfElement(MODEL, 'wan'), { start: 560, end: 600 });
    assert.equal(spanOfElement(MODEL, 'ghost'), undefined);
  });
});

describe('diagram host: edit requests', () => {
  const run = (req: Parameters<typeof editFor>[1]): string => {
    const r = editFor(PLANT_TEXT, req);
    assert.ok(!('error' in r), 'error' in r ? r.error : '');
    return applyEdits(PLANT_TEXT, r.edits);
  };

  it('moves a device to another zone', () => {
    const out = run({ type: 'edit', op: 'move-device', args: { deviceId: 'sensors', zoneId: 'ctrl-info' } });
    assert.equal(checkText(out).plant?.devices.find((d) => d.id === 'sensors')?.zone.value, 'ctrl-info');
    assert.deepEqual(errors(out), []);
  });

  it('inserts a DMZ on a conduit, and a firewall, and a VPN', () => {
    const dmz = run({ type: 'edit', op: 'insert-dmz', args: { conduitId: 'iot-ctrl' } });
    assert.ok(checkText(dmz).plant?.zones.some((z) => z.kind === 'dmz'));
    assert.deepEqual(errors(dmz), []);
    const fw = run({ type: 'edit', op: 'insert-filter', args: { conduitId: 'iot-ctrl', kind: 'firewall' } });
    assert.equal(checkText(fw).plant?.conduits.find((c) => c.id === 'iot-ctrl')?.via.length, 1);
    const vpn = run({ type: 'edit', op: 'set-vpn', args: { conduitId: 'wan' } });
    assert.equal(checkText(vpn).plant?.conduits.find((c) => c.id === 'wan')?.vpn, true);
  });

  it('adds zones, devices and conduits with fresh ids', () => {
    const z = run({ type: 'edit', op: 'add-zone', args: { kind: 'dmz' } });
    assert.ok(checkText(z).plant?.zones.some((x) => x.id === 'dmz' && x.kind === 'dmz'));
    const d = run({ type: 'edit', op: 'add-device', args: { kind: 'firewall', zoneId: 'ctrl-info' } });
    assert.ok(checkText(d).plant?.devices.some((x) => x.id === 'firewall' && x.zone.value === 'ctrl-info'));
    const c = run({ type: 'edit', op: 'add-conduit', args: { from: 'iot-nw', to: 'net' } });
    assert.ok(checkText(c).plant?.conduits.some((x) => x.id === 'iot-nw-net'));
    for (const out of [z, d, c]) assert.deepEqual(errors(out), []);
  });

  it('deletes an element with its references, and reports errors as values', () => {
    const out = run({ type: 'edit', op: 'delete', args: { elementId: 'analysis' } });
    const plant = checkText(out).plant!;
    assert.ok(!plant.devices.some((d) => d.id === 'analysis'));
    assert.equal(plant.flows.length, 0, 'its flow went with it');
    const missing = editFor(PLANT_TEXT, { type: 'edit', op: 'delete', args: { elementId: 'ghost' } });
    assert.ok('error' in missing);
    const bad = editFor(PLANT_TEXT, { type: 'edit', op: 'move-device', args: { deviceId: 'sensors', zoneId: 'ghost' } });
    assert.ok('error' in bad);
  });
});

describe('diagram host: severity overrides', () => {
  it('applies smartfab.severity like the language server: "off" drops, others re-rank', async () => {
    const plain = await computeDiagram({ text: PLANT_TEXT, version: 1, options: {} });
    const threats = plain.findings.filter((f) => f.code.startsWith('threat-'));
    assert.ok(threats.length > 0, 'the fixture has threat findings');
    const off = await computeDiagram({ text: PLANT_TEXT, version: 1, options: {}, severity: { 'threat-*': 'off' } });
    assert.equal(off.findings.length, plain.findings.length - threats.length);
    const hint = await computeDiagram({ text: PLANT_TEXT, version: 1, options: {}, severity: { 'threat-*': 'hint' } });
    assert.ok(hint.findings.filter((f) => f.code.startsWith('threat-')).every((f) => f.severity === 'hint'));
    const total = (r: typeof off) => [...r.model!.nodes, ...r.model!.edges].reduce((s, x) => s + x.findings, 0) + r.model!.unplacedFindings;
    assert.equal(total(off), off.findings.length, 'badges follow the overrides');
  });
});
