// Scene -> ELK JSON graph. Deterministic: children and edges in scene (model) order, a fixed random seed,
// model order respected by crossing minimisation, so equal input gives equal layouts.
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Plant } from '../model/plant';
import { buildScene, ROOT_ID, type Scene, type SceneNode } from './scene';
import type { DiagramOptions } from './types';
import * as m from './measure';

const ROOT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.randomSeed': '1',
  // Edge routes in absolute coordinates: the renderer needs no container offsets for edges.
  'elk.json.edgeCoords': 'ROOT',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.padding': '[top=20,left=20,bottom=20,right=20]',
};

const pad = (top: number) => `[top=${top},left=${m.ZONE_PADDING},bottom=${m.ZONE_PADDING},right=${m.ZONE_PADDING}]`;

function containerOptions(n: SceneNode, separate: boolean): LayoutOptions {
  const o: LayoutOptions = {
    'elk.padding': pad(m.ZONE_HEADER + 8 + m.MARKER_ROOM),
    'elk.nodeSize.constraints': 'MINIMUM_SIZE',
    'elk.nodeSize.minimum': `(${n.width},${n.height})`,
  };
  if (separate) {
    // A zone holding only devices and no edges inside: pack them in rows, in file order (priority), laid out on
    // their own, so a device added here moves nothing inside other zones.
    o['elk.hierarchyHandling'] = 'SEPARATE_CHILDREN';
    o['elk.algorithm'] = 'box';
    o['elk.box.packingMode'] = 'SIMPLE';
    o['elk.aspectRatio'] = '1.6';
    o['elk.spacing.nodeNode'] = String(m.MARKER_ROOM + 4); // room for a row of threat markers
  }
  return o;
}

function toElk(n: SceneNode, scene: Scene, edgesByContainer: Map<string, ElkExtendedEdge[]>, opts: DiagramOptions): ElkNode {
  const edges = edgesByContainer.get(n.id);
  const node: ElkNode = { id: n.id };
  if (n.children.length > 0) {
    const leafOnly = n.children.every((c) => c.children.length === 0 && c.type !== 'conduit-device');
    const separate = n.id !== ROOT_ID && leafOnly && !edges && !scene.options.showFlows;
    node.layoutOptions = n.id === ROOT_ID ? { ...ROOT_OPTIONS } : containerOptions(n, separate);
    const count = n.children.length;
    node.children = n.children.map((c, i) => {
      const child = toElk(c, scene, edgesByContainer, opts);
      if (separate) child.layoutOptions = { ...child.layoutOptions, 'elk.priority': String(count - i) };
      return child;
    });
  } else {
    node.width = n.width;
    node.height = n.height;
  }
  const prev = opts.previous?.[n.id];
  if (prev && n.id !== ROOT_ID) {
    node.x = prev.x;
    node.y = prev.y;
  }
  if (edges) node.edges = edges;
  return node;
}

/** The ELK graph for an already built scene (used by layoutDiagram). */
export function sceneToElk(scene: Scene, opts: DiagramOptions = {}): ElkNode {
  const byContainer = new Map<string, ElkExtendedEdge[]>();
  for (const e of scene.edges) {
    const edge: ElkExtendedEdge = { id: e.id, sources: [e.source], targets: [e.target] };
    if (e.label) {
      edge.labels = [{ id: `${e.id}:label`, text: e.label, width: Math.ceil(m.textWidth(e.label, m.SMALL_FONT_SIZE)) + 8, height: 14 }];
    }
    const list = byContainer.get(e.container) ?? [];
    list.push(edge);
    byContainer.set(e.container, list);
  }
  const root = toElk(scene.root, scene, byContainer, opts);
  root.id = ROOT_ID;
  root.layoutOptions = { ...ROOT_OPTIONS, ...(opts.direction === 'DOWN' && { 'elk.direction': 'DOWN' }) };
  // Semi-interactive crossing minimisation keeps the previous vertical order of nodes within a layer.
  if (opts.previous) root.layoutOptions['elk.layered.crossingMinimization.semiInteractive'] = 'true';
  return root;
}

/** Plant -> ELK graph (pure, deterministic). Sizes come from label lengths; no findings are needed. */
export function buildElkGraph(plant: Plant, opts: DiagramOptions = {}): ElkNode {
  return sceneToElk(buildScene(plant, opts), opts);
}
