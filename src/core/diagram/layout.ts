// Plant + findings -> laid-out DiagramModel, using elkjs' bundled build (runs in Node, in a worker_thread and
// in a browser without spawning its own Worker; esbuild bundles it as plain CommonJS).
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Problem } from '../diagnostics';
import { withLang, type Lang } from '../l10n/lang';
import type { Plant } from '../model/plant';
import { indexFindings, worse, type FindingIndex } from './findings';
import { sceneToElk } from './graph';
import { buildScene, type Scene, type SceneNode } from './scene';
import type { Box, DiagramEdge, DiagramModel, DiagramNode, DiagramOptions, GridLayoutInfo, Point } from './types';
import { ZONE_HEADER } from './measure';
import { gridLayout } from './grid-layout';

let elk: InstanceType<typeof ELK> | undefined;
const engine = () => (elk ??= new ELK());

/**
 * Laid-out ELK graphs by their input (structure, sizes, labels, options; not the previous positions): an edit
 * that changes no structure (a status, a name of the same width, a comment) reuses the layout instead of
 * running ELK again (issue 15: ELK is nearly all of a diagram request). Small and least-recently-used: a
 * session alternates between a few shapes (flows shown or not, a zone expanded, two directions).
 */
const CACHE_SIZE = 16;
const laidCache = new Map<string, ElkNode>();

/** The cache key of an ELK input graph: everything but the x/y hints of semi-interactive layout. */
function shapeKey(graph: ElkNode): string {
  return JSON.stringify(graph, (k, v: unknown) => (k === 'x' || k === 'y' ? undefined : v));
}

/** ELK's layout of `graph`, from the cache when the same shape was laid out before. */
async function laidOut(graph: ElkNode): Promise<ElkNode> {
  const key = shapeKey(graph);
  const hit = laidCache.get(key);
  if (hit) {
    laidCache.delete(key); // re-insert: most recently used last
    laidCache.set(key, hit);
    return hit;
  }
  const laid = await engine().layout(graph);
  laidCache.set(key, laid);
  if (laidCache.size > CACHE_SIZE) laidCache.delete(laidCache.keys().next().value!);
  return laid;
}

/** Forgets every cached layout (the bench times cold layouts with it). */
export function clearLayoutCache(): void {
  laidCache.clear();
}

const r = (v: number | undefined) => Math.round((v ?? 0) * 10) / 10;

/**
 * Zones beyond which the layered layout is not attempted: elkjs' time grows much faster than linearly with
 * the number of hierarchical nodes, and a long chain overflows its stack (issues 13 and 15).
 */
export const MAX_LAYERED_ZONES = 1_500;
/** Edges (conduit segments and flows) beyond which the layered layout is not attempted. */
export const MAX_LAYERED_EDGES = 3_000;

function zoneCount(scene: Scene): number {
  let n = 0;
  const stack = [scene.root];
  while (stack.length) {
    const s = stack.pop()!;
    if (s.type === 'zone') n++;
    stack.push(...s.children);
  }
  return n;
}

/**
 * Runs ELK on the plant and returns the model the webview and the SVG renderer draw. Never throws for a
 * plant's size: when ELK fails (stack overflow) or the plant is beyond its limits, the simple grid layout is
 * used and `model.layout` says why (`{ kind: 'grid', reason }`). `lang`: the language of the labels (kinds,
 * summaries), default the process language (a review report may be written in the other one).
 */
export async function layoutDiagram(plant: Plant, findings: readonly Problem[] = [], opts: DiagramOptions = {}, lang?: Lang): Promise<DiagramModel> {
  // Every text of the model is made here (the scene), in the diagram's language (the argument, else the
  // options' `lang` the editor sends); layout and model only place it.
  const labels = lang ?? opts.lang;
  const scene = labels ? withLang(labels, () => buildScene(plant, opts)) : buildScene(plant, opts);
  const fi = indexFindings(plant, findings);
  const zones = zoneCount(scene);
  if (zones > MAX_LAYERED_ZONES || scene.edges.length > MAX_LAYERED_EDGES) {
    return toModel(scene, gridLayout(scene), fi, { kind: 'grid', reason: 'size', zones, edges: scene.edges.length });
  }
  try {
    if (opts.direction !== 'auto') return toModel(scene, await laidOut(sceneToElk(scene, opts)), fi, undefined, opts.direction ?? 'RIGHT');
    return await bestDirection(scene, opts, fi);
  } catch (e) {
    elk = undefined; // a fresh engine next time: the failed one may hold half-built state
    const detail = e instanceof Error ? e.message : String(e);
    return toModel(scene, gridLayout(scene), fi, { kind: 'grid', reason: 'failed', detail, zones, edges: scene.edges.length });
  }
}

/** Scene nodes up to which `auto` lays the plant out both ways and keeps the larger picture. */
export const AUTO_BOTH_WAYS_NODES = 400;

function nodeCount(scene: Scene): number {
  let n = 0;
  const stack = [scene.root];
  while (stack.length) {
    const s = stack.pop()!;
    n++;
    stack.push(...s.children);
  }
  return n;
}

/**
 * `direction: 'auto'`: the direction whose fit into the viewport is larger (both laid out for small plants;
 * for big ones, DOWN when the viewport is taller than wide). Without a viewport: RIGHT.
 */
async function bestDirection(scene: Scene, opts: DiagramOptions, fi: FindingIndex): Promise<DiagramModel> {
  const vp = opts.viewport;
  const run = async (direction: 'RIGHT' | 'DOWN') => toModel(scene, await laidOut(sceneToElk(scene, { ...opts, direction })), fi, undefined, direction);
  if (!vp || vp.width <= 0 || vp.height <= 0) return run('RIGHT');
  if (nodeCount(scene) > AUTO_BOTH_WAYS_NODES) return run(vp.height > vp.width ? 'DOWN' : 'RIGHT');
  const scale = (m: DiagramModel) => Math.min(vp.width / Math.max(1, m.width), vp.height / Math.max(1, m.height));
  const right = await run('RIGHT');
  const down = await run('DOWN');
  // RIGHT reads in the report's own left-to-right order: keep it unless DOWN is clearly larger.
  return scale(down) > scale(right) * 1.15 ? down : right;
}

function toModel(scene: Scene, laid: ElkNode, fi: FindingIndex, layout?: GridLayoutInfo, direction?: 'RIGHT' | 'DOWN'): DiagramModel {
  const nodes: DiagramNode[] = [];
  const sceneById = new Map<string, SceneNode>();
  const walkScene = (n: SceneNode) => {
    sceneById.set(n.id, n);
    n.children.forEach(walkScene);
  };
  walkScene(scene.root);

  const visit = (e: ElkNode, ox: number, oy: number, parent: string | undefined, depth: number) => {
    for (const c of e.children ?? []) {
      const s = sceneById.get(c.id)!;
      const x = ox + (c.x ?? 0);
      const y = oy + (c.y ?? 0);
      const own = s.elementId !== undefined ? fi.byElement.get(s.elementId) : undefined;
      let severity = own?.severity;
      let count = own?.count ?? 0;
      for (const id of s.members ?? []) {
        const f = fi.byElement.get(id);
        severity = worse(severity, f?.severity);
        count += f?.count ?? 0;
      }
      const box: Box = { x: r(x), y: r(y), width: r(c.width), height: r(c.height) };
      const node: DiagramNode = {
        id: s.id, type: s.type, label: s.label, depth, findings: count, external: s.external, ...box,
        ...(s.elementId !== undefined && { elementId: s.elementId }),
        ...(s.kind !== undefined && { kind: s.kind as DiagramNode['kind'] }),
        ...(s.sublabel !== undefined && { sublabel: s.sublabel }),
        ...(s.count !== undefined && { count: s.count }),
        ...(parent !== undefined && { parent }),
        ...(s.span !== undefined && { span: s.span }),
        ...(severity !== undefined && { severity }),
        ...(s.collapsed && { collapsed: true }),
        ...(s.members && { hidden: s.members.length }),
        ...(s.wireless !== undefined && { wireless: s.wireless }),
        ...((s.type === 'zone' || s.type === 'plant') && { header: { x: box.x, y: box.y, width: box.width, height: ZONE_HEADER } }),
      };
      nodes.push(node);
      visit(c, x, y, s.id, depth + 1);
    }
  };
  visit(laid, 0, 0, undefined, 0);

  const laidEdges = new Map<string, NonNullable<ElkNode['edges']>[number]>();
  const collect = (e: ElkNode) => {
    for (const ed of e.edges ?? []) laidEdges.set(ed.id, ed);
    e.children?.forEach(collect);
  };
  collect(laid);
  const edges: DiagramEdge[] = scene.edges.map((se) => {
    const le = laidEdges.get(se.id);
    const points: Point[] = [];
    for (const sec of le?.sections ?? []) {
      for (const p of [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint]) points.push({ x: r(p.x), y: r(p.y) });
    }
    const lab = le?.labels?.[0];
    let severity = fi.byElement.get(se.elementId)?.severity;
    let count = se.counts ? fi.byElement.get(se.elementId)?.count ?? 0 : 0;
    for (const id of se.merged?.slice(1) ?? []) {
      const f = fi.byElement.get(id);
      severity = worse(severity, f?.severity);
      count += f?.count ?? 0;
    }
    return {
      id: se.id, elementId: se.elementId, type: se.type, source: se.source, target: se.target, points, findings: count,
      ...(se.label !== undefined && { label: se.label }),
      ...(lab && { labelBox: { x: r(lab.x), y: r(lab.y), width: r(lab.width), height: r(lab.height) } }),
      ...(se.span !== undefined && { span: se.span }),
      ...(severity !== undefined && { severity }),
      ...(se.vpn && { vpn: true }),
      ...(se.wireless !== undefined && { wireless: se.wireless }),
    };
  });
  return {
    width: r(laid.width),
    height: r(laid.height),
    nodes,
    edges,
    options: scene.options,
    unplacedFindings: fi.unplaced,
    ...(layout && { layout }),
    ...(direction && { direction }),
  };
}
