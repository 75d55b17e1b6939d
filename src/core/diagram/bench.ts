// Layout benchmark helpers for bench/run.ts: a generated plant of any size and a timed layout.
import type { DeviceKind, ZoneKind } from '../model/kinds';
import type { Conduit, Device, Flow, Plant, Zone } from '../model/plant';
import { layoutDiagram } from './layout';
import { renderSvg } from './svg';
import type { DiagramOptions } from './types';

const span = (i: number) => ({ start: i, end: i + 1 });
const loc = (value: string, i: number) => ({ value, span: span(i) });

const ZONES: readonly [string, ZoneKind][] = [
  ['internet', 'internet'], ['cloud', 'cloud'], ['dmz', 'dmz'], ['office', 'information'], ['ctrl-info', 'control-info'],
  ['iot-a', 'iot-network'], ['iot-b', 'iot-network'], ['robots', 'robot-network'], ['field-a', 'control-field'], ['field-b', 'control-field'],
];
const DEVICE_ZONES = ZONES.slice(3).map(([id]) => id); // devices go inside the plant
const KINDS: readonly DeviceKind[] = ['iot-device', 'controller', 'hmi', 'iot-gateway', 'robot', 'viewer'];

/** A plant with `devices` device entries over a fixed set of 10 zones, conduits in a chain, one flow per 10 devices. */
export function generatePlant(devices: number): Plant {
  let o = 0;
  const zones: Zone[] = ZONES.map(([id, kind]) => ({ type: 'zone', id, kind, idSpan: span(o), span: span(o++) }));
  const list: Device[] = [];
  for (let i = 0; i < devices; i++) {
    const zone = DEVICE_ZONES[i % DEVICE_ZONES.length];
    list.push({ type: 'device', id: `dev-${i}`, kind: KINDS[i % KINDS.length], zone: loc(zone, o), count: i % 7 === 0 ? 20 : 1, idSpan: span(o), span: span(o++) });
  }
  list.push({ type: 'device', id: 'fw-edge', kind: 'firewall', zone: loc('dmz', o), count: 1, idSpan: span(o), span: span(o++) });
  list.push({ type: 'device', id: 'fw-core', kind: 'firewall', zone: loc('ctrl-info', o), count: 1, idSpan: span(o), span: span(o++) });
  const pairs: [string, string, string[]][] = [
    ['internet', 'dmz', ['fw-edge']], ['cloud', 'dmz', []], ['dmz', 'ctrl-info', []], ['office', 'ctrl-info', []],
    ['iot-a', 'ctrl-info', ['fw-core']], ['iot-b', 'ctrl-info', ['fw-core']], ['robots', 'ctrl-info', []],
    ['ctrl-info', 'field-a', []], ['ctrl-info', 'field-b', []],
  ];
  const conduits: Conduit[] = pairs.map(([a, b, via], i) => ({
    type: 'conduit', id: `c${i}`, from: loc(a, o), to: loc(b, o), via: via.map((v) => loc(v, o)), idSpan: span(o), span: span(o++),
  }));
  const flows: Flow[] = [];
  for (let i = 0; i + 1 < devices; i += 10) {
    flows.push({ type: 'flow', id: `f${i}`, from: loc(`dev-${i}`, o), to: loc(`dev-${i + 1}`, o), span: span(o++) });
  }
  return { version: 1, meta: { name: `Generated ${devices}` }, zones, devices: list, conduits, flows, measures: [] };
}

export interface LayoutBenchResult {
  readonly nodes: number;
  readonly edges: number;
  /** Wall time of layoutDiagram, ms. */
  readonly layoutMs: number;
  /** Wall time of renderSvg on the result, ms. */
  readonly svgMs: number;
}

/** Times one layout (and SVG rendering) of `plant`. Call a few times and take the median. */
export async function benchLayout(plant: Plant, opts: DiagramOptions = {}): Promise<LayoutBenchResult> {
  const t0 = performance.now();
  const model = await layoutDiagram(plant, [], opts);
  const t1 = performance.now();
  renderSvg(model);
  const t2 = performance.now();
  return { nodes: model.nodes.length, edges: model.edges.length, layoutMs: t1 - t0, svgMs: t2 - t1 };
}
