// A small hand-made laid-out model for the webview's pure logic, and a plant text for the host-side tests.
import type { DiagramEdge, DiagramModel, DiagramNode } from '../../../src/core/diagram/types';

const node = (p: Partial<DiagramNode> & Pick<DiagramNode, 'id' | 'type' | 'x' | 'y' | 'width' | 'height'>): DiagramNode => ({
  label: p.elementId ?? p.id,
  depth: 0,
  findings: 0,
  external: false,
  ...p,
});

const edge = (p: Partial<DiagramEdge> & Pick<DiagramEdge, 'id' | 'elementId' | 'type' | 'source' | 'target'>): DiagramEdge => ({
  points: [],
  findings: 0,
  ...p,
});

//   net (external)      plant: [ iot-nw: sensors gw ] --iot-ctrl-- [ ctrl: fw1 (on conduit) analysis ]
export const MODEL: DiagramModel = {
  width: 900,
  height: 400,
  nodes: [
    node({ id: 'zone:net', elementId: 'net', type: 'zone', kind: 'internet', x: 0, y: 0, width: 150, height: 100, external: true, span: { start: 200, end: 230 } }),
    node({ id: 'plant', type: 'plant', x: 200, y: 0, width: 700, height: 400 }),
    node({ id: 'zone:iot-nw', elementId: 'iot-nw', type: 'zone', kind: 'iot-network', label: 'IoT NW', x: 220, y: 20, width: 250, height: 300, parent: 'plant', depth: 1, span: { start: 100, end: 160 }, findings: 1, severity: 'warning' }),
    node({ id: 'device:sensors', elementId: 'sensors', type: 'device', kind: 'iot-device', label: 'Line sensors', count: 200, x: 240, y: 70, width: 120, height: 44, parent: 'zone:iot-nw', depth: 2, span: { start: 300, end: 350 }, findings: 2, severity: 'error' }),
    node({ id: 'device:gw', elementId: 'gw', type: 'device', kind: 'iot-gateway', x: 240, y: 200, width: 120, height: 44, parent: 'zone:iot-nw', depth: 2, span: { start: 350, end: 390 } }),
    node({ id: 'zone:ctrl', elementId: 'ctrl', type: 'zone', kind: 'control-info', x: 600, y: 20, width: 280, height: 300, parent: 'plant', depth: 1, span: { start: 160, end: 200 } }),
    node({ id: 'device:fw1', elementId: 'fw1', type: 'conduit-device', kind: 'firewall', x: 500, y: 200, width: 80, height: 36, parent: 'plant', depth: 1, span: { start: 390, end: 420 } }),
    node({ id: 'device:analysis', elementId: 'analysis', type: 'device', kind: 'analysis-server', x: 640, y: 200, width: 120, height: 44, parent: 'zone:ctrl', depth: 2, span: { start: 420, end: 460 } }),
    node({ id: 'summary:ctrl', type: 'summary', label: '50 devices', x: 640, y: 70, width: 120, height: 44, parent: 'zone:ctrl', depth: 2, findings: 3, severity: 'warning' }),
  ],
  edges: [
    edge({ id: 'conduit:iot-ctrl#0', elementId: 'iot-ctrl', type: 'conduit', source: 'zone:iot-nw', target: 'device:fw1', span: { start: 500, end: 560 }, findings: 1, severity: 'error', label: 'iot-ctrl' }),
    edge({ id: 'conduit:iot-ctrl#1', elementId: 'iot-ctrl', type: 'conduit', source: 'device:fw1', target: 'zone:ctrl', span: { start: 500, end: 560 } }),
    edge({ id: 'conduit:wan#0', elementId: 'wan', type: 'conduit', source: 'zone:net', target: 'zone:ctrl', span: { start: 560, end: 600 }, vpn: true }),
  ],
  options: { showFlows: false, collapseThreshold: 40, expanded: [] },
  unplacedFindings: 0,
};

export const PLANT_TEXT = `smartfab: 1
plant:
  name: Test plant
zones:
  iot-nw:
    kind: iot-network
  ctrl-info:
    kind: control-info
  net:
    kind: internet
devices:
  sensors:
    kind: iot-device
    zone: iot-nw
    count: 200
  analysis:
    kind: analysis-server
    zone: ctrl-info
conduits:
  iot-ctrl:
    between: [iot-nw, ctrl-info]
  wan:
    between: [net, ctrl-info]
flows:
  - from: sensors
    to: analysis
    protocol: mqtt
`;
