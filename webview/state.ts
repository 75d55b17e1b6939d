// Pure webview logic (no DOM): selection, search, keyboard navigation, view transform, badge totals.
// Kept apart from the DOM code so it is unit-tested under Node.
import type { DamageSummary, FindingSummary, RenderedSummary } from '../src/core/diagram/protocol';
import type { DiagramEdge, DiagramModel, DiagramNode } from '../src/core/diagram/types';
import type { Severity } from '../src/core/diagnostics';

/** Nodes a user can select: those standing for a plant element (not the plant boundary, not summaries). */
export function selectableNodes(model: DiagramModel): DiagramNode[] {
  return model.nodes.filter((n) => n.elementId !== undefined && n.type !== 'plant' && n.type !== 'summary');
}

/** The node drawing an element (a zone, device or via device); undefined for conduits and flows. */
export function nodeOfElement(model: DiagramModel, elementId: string): DiagramNode | undefined {
  return model.nodes.find((n) => n.elementId === elementId && n.type !== 'summary');
}

/** The zone an element is or sits in (a device's zone), by element id; undefined for conduits and unknown ids. */
export function zoneOf(model: DiagramModel | undefined, id: string | undefined): string | undefined {
  if (!model || !id) return undefined;
  const n = nodeOfElement(model, id);
  if (!n) return undefined;
  if (n.type === 'zone') return n.elementId;
  const parent = model.nodes.find((p) => p.id === n.parent);
  return parent?.type === 'zone' ? parent.elementId : undefined;
}

/** The edges drawing an element (every segment of a conduit, or a flow). */
export function edgesOfElement(model: DiagramModel, elementId: string): DiagramEdge[] {
  return model.edges.filter((e) => e.elementId === elementId);
}

/** The box to bring into view for an element: its node, else the bounding box of its edges' routes. */
export function boxOfElement(model: DiagramModel, elementId: string): { x: number; y: number; width: number; height: number } | undefined {
  const n = nodeOfElement(model, elementId);
  if (n) return n;
  const pts = edgesOfElement(model, elementId).flatMap((e) => e.points);
  if (pts.length === 0) return undefined;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Is the element drawn at all (as a node or an edge)? */
export function isDrawn(model: DiagramModel, elementId: string): boolean {
  return nodeOfElement(model, elementId) !== undefined || model.edges.some((e) => e.elementId === elementId);
}

/** Elements whose label or id contains the query (case-insensitive), nodes first then conduits, file order. */
export function search(model: DiagramModel, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const out: string[] = [];
  const add = (id: string | undefined, label: string | undefined): void => {
    if (id === undefined || out.includes(id)) return;
    if (id.toLowerCase().includes(q) || (label ?? '').toLowerCase().includes(q)) out.push(id);
  };
  for (const n of selectableNodes(model)) add(n.elementId, n.label);
  for (const e of model.edges) if (e.type === 'conduit') add(e.elementId, e.label);
  return out;
}

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Tab' | 'Shift+Tab' | 'Home' | 'End';

const center = (n: DiagramNode): { x: number; y: number } => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/**
 * The element to select after a navigation key. Tab walks the file order; arrows go to the nearest node whose
 * centre lies in that direction (distance along the axis counts, drift off the axis counts double).
 */
export function navigate(model: DiagramModel, current: string | undefined, key: NavKey): string | undefined {
  const nodes = selectableNodes(model);
  if (nodes.length === 0) return undefined;
  const idx = current === undefined ? -1 : nodes.findIndex((n) => n.elementId === current);
  if (key === 'Home' || (idx < 0 && key !== 'End' && key !== 'Shift+Tab')) return nodes[0].elementId;
  if (key === 'End' || (idx < 0 && key === 'Shift+Tab')) return nodes[nodes.length - 1].elementId;
  if (key === 'Tab') return nodes[(idx + 1) % nodes.length].elementId;
  if (key === 'Shift+Tab') return nodes[(idx - 1 + nodes.length) % nodes.length].elementId;
  const from = center(nodes[idx]);
  // Moving out of a zone's child never lands on the enclosing zone itself: its centre says little.
  // Arrows leave a zone rather than dive into it (Tab walks into it).
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const chain = (n: DiagramNode): Set<string> => {
    const out = new Set<string>();
    for (let p = n.parent; p !== undefined && !out.has(p); p = byId.get(p)?.parent) out.add(p);
    return out;
  };
  const ancestors = chain(nodes[idx]);
  const [dx, dy] = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[key];
  let best: DiagramNode | undefined;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n === nodes[idx] || ancestors.has(n.id) || chain(n).has(nodes[idx].id)) continue;
    const c = center(n);
    const along = (c.x - from.x) * dx + (c.y - from.y) * dy;
    if (along <= 0) continue;
    const across = Math.abs((c.x - from.x) * dy) + Math.abs((c.y - from.y) * dx);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best?.elementId ?? current;
}

/** Translate then scale: screen = diagram * scale + (x, y). */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 4;
const clampScale = (s: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** Fits the whole diagram into the viewport with a margin, never enlarging beyond 1:1. */
export function fit(model: { width: number; height: number }, vw: number, vh: number, margin = 16): ViewTransform {
  const w = Math.max(1, model.width);
  const h = Math.max(1, model.height);
  const scale = clampScale(Math.min(1, (vw - 2 * margin) / w, (vh - 2 * margin) / h));
  return { scale, x: (vw - w * scale) / 2, y: (vh - h * scale) / 2 };
}

/** Smallest zoom the automatic first fit uses: below it 12 px labels shrink under about 8 px. */
export const READABLE_SCALE = 0.7;

/**
 * The automatic view (first render, pane resize): fits like `fit` when that stays readable; otherwise zooms to
 * `floor` and shows the start (top/left) of each axis that overflows, centring the others, so the user pans
 * the rest. The explicit Fit command keeps using `fit`, which always shows everything.
 */
export function readableFit(model: { width: number; height: number }, vw: number, vh: number, margin = 16, floor = READABLE_SCALE): ViewTransform {
  const all = fit(model, vw, vh, margin);
  if (all.scale >= floor) return all;
  const scale = clampScale(Math.min(1, floor));
  const place = (size: number, view: number): number => (size * scale <= view - 2 * margin ? (view - size * scale) / 2 : margin);
  return { scale, x: place(Math.max(1, model.width), vw), y: place(Math.max(1, model.height), vh) };
}

/** Zooms by `factor` keeping the screen point (px, py) fixed. */
export function zoomAt(t: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const scale = clampScale(t.scale * factor);
  const k = scale / t.scale;
  return { scale, x: px - (px - t.x) * k, y: py - (py - t.y) * k };
}

/** Pans so that a diagram box is centred in the viewport (for search hits and keyboard moves). */
export function centerOn(t: ViewTransform, box: { x: number; y: number; width: number; height: number }, vw: number, vh: number): ViewTransform {
  return { scale: t.scale, x: vw / 2 - (box.x + box.width / 2) * t.scale, y: vh / 2 - (box.y + box.height / 2) * t.scale };
}

/** Is a diagram box fully visible under the transform? */
export function isVisible(t: ViewTransform, box: { x: number; y: number; width: number; height: number }, vw: number, vh: number): boolean {
  const x = box.x * t.scale + t.x;
  const y = box.y * t.scale + t.y;
  return x >= 0 && y >= 0 && x + box.width * t.scale <= vw && y + box.height * t.scale <= vh;
}

/** Finding counts drawn as badges, per severity (what the webview reports as rendered). */
export function badgeTotals(model: DiagramModel): Partial<Record<Severity, number>> {
  const out: Partial<Record<Severity, number>> = {};
  for (const item of [...model.nodes, ...model.edges]) {
    if (item.findings > 0 && item.severity) out[item.severity] = (out[item.severity] ?? 0) + item.findings;
  }
  return out;
}

export function renderedSummary(model: DiagramModel, version: number, selected?: string): RenderedSummary {
  const base = { version, nodes: model.nodes.length, edges: model.edges.length, badges: badgeTotals(model) };
  return selected === undefined ? base : { ...base, selected };
}

/** Findings shown in the side panel: those on the selection, or all of them when nothing is selected. */
export function findingsFor(findings: readonly FindingSummary[], elementId: string | undefined): FindingSummary[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
  const list = elementId === undefined ? [...findings] : findings.filter((f) => f.elementId === elementId);
  return list.sort((a, b) => rank[a.severity] - rank[b.severity] || a.line - b.line);
}

/** Elements to highlight for a selected damage (its open attack scenarios). */
export function damageHighlight(damages: readonly DamageSummary[], damage: number | undefined): Set<string> {
  const d = damage === undefined ? undefined : damages.find((x) => x.id === damage);
  return new Set(d?.elementIds ?? []);
}

/**
 * The view showing elements `ids` (a damage's routes): fitted when that is readable, else at the readable scale
 * centred on their start. Undefined when none of them is drawn.
 */
export function viewOfElements(model: DiagramModel, ids: ReadonlySet<string>, current: ViewTransform | undefined, vw: number, vh: number): ViewTransform | undefined {
  const boxes = [...ids].flatMap((id) => {
    const b = boxOfElement(model, id);
    return b ? [b] : [];
  });
  if (boxes.length === 0) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y)) - 20;
  const w = Math.max(...boxes.map((b) => b.x + b.width)) - x;
  const h = Math.max(...boxes.map((b) => b.y + b.height)) - y;
  const fitted = fit({ width: w, height: h }, vw, vh, 24);
  if (fitted.scale >= READABLE_SCALE) return { scale: fitted.scale, x: fitted.x - x * fitted.scale, y: fitted.y - y * fitted.scale };
  return centerOn({ ...(current ?? fitted), scale: READABLE_SCALE }, { x, y, width: Math.min(w, vw / READABLE_SCALE), height: Math.min(h, vh / READABLE_SCALE) }, vw, vh);
}
