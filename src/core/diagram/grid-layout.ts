// The fallback layout for plants ELK cannot lay out: elkjs recurses along long chains of zones and overflows
// the stack (a chain of 4,500 zones), and its layered algorithm grows too slow on meshes of hundreds of zones.
// This one packs each container's children in rows (file/rank order), sizes containers to fit, and draws
// edges as straight lines between the boxes' facing sides. Iterative, linear in the number of nodes and edges.
// It returns the same ElkNode shape ELK returns, so one conversion (layout.ts) serves both.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { MARKER_ROOM, ZONE_HEADER, ZONE_PADDING } from './measure';
import { ROOT_ID, type Scene, type SceneNode } from './scene';

const GAP = 24;
const ROOT_PAD = 20;
/** Rows aim at this width : height ratio (a landscape page). */
const ASPECT = 1.6;

interface Placed {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lays out `scene` without ELK: the ElkNode tree with sizes, positions relative to parents, ROOT edge coords. */
export function gridLayout(scene: Scene): ElkNode {
  // Post-order without recursion: children are sized before their container.
  const order: SceneNode[] = [];
  const stack: SceneNode[] = [scene.root];
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of n.children) stack.push(c);
  }
  const box = new Map<string, Placed>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    if (n.children.length === 0) {
      box.set(n.id, { x: 0, y: 0, width: n.width, height: n.height });
      continue;
    }
    const top = n.id === ROOT_ID ? ROOT_PAD : ZONE_HEADER + 8 + MARKER_ROOM;
    const side = n.id === ROOT_ID ? ROOT_PAD : ZONE_PADDING;
    const kids = n.children.map((c) => box.get(c.id)!);
    const area = kids.reduce((s, k) => s + (k.width + GAP) * (k.height + GAP), 0);
    const rowWidth = Math.max(Math.sqrt(area * ASPECT), ...kids.map((k) => k.width));
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    let width = 0;
    for (const k of kids) {
      if (x > 0 && x + k.width > rowWidth) {
        x = 0;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      k.x = side + x;
      k.y = top + y;
      x += k.width + GAP;
      rowHeight = Math.max(rowHeight, k.height);
      width = Math.max(width, x - GAP);
    }
    box.set(n.id, { x: 0, y: 0, width: Math.max(n.width, width + 2 * side), height: Math.max(n.height, top + y + rowHeight + side) });
  }
  // Absolute positions (pre-order), for the edges.
  const abs = new Map<string, { x: number; y: number }>([[ROOT_ID, { x: 0, y: 0 }]]);
  for (const n of order) {
    const p = abs.get(n.id)!;
    for (const c of n.children) {
      const b = box.get(c.id)!;
      abs.set(c.id, { x: p.x + b.x, y: p.y + b.y });
    }
  }
  const rect = (id: string) => {
    const p = abs.get(id) ?? { x: 0, y: 0 };
    const b = box.get(id) ?? { width: 0, height: 0 };
    return { x: p.x, y: p.y, w: b.width, h: b.height };
  };
  /**
   * Between the facing sides, so a line runs through the gaps, not over labels: boxes in different rows join
   * bottom to top (the line stays in the band between the rows), boxes in one row join side to side.
   */
  const ends = (from: string, to: string): [{ x: number; y: number }, { x: number; y: number }] => {
    const a = rect(from);
    const b = rect(to);
    if (a.y + a.h <= b.y) return [{ x: a.x + a.w / 2, y: a.y + a.h }, { x: b.x + b.w / 2, y: b.y }];
    if (b.y + b.h <= a.y) return [{ x: a.x + a.w / 2, y: a.y }, { x: b.x + b.w / 2, y: b.y + b.h }];
    if (a.x + a.w <= b.x) return [{ x: a.x + a.w, y: a.y + a.h / 2 }, { x: b.x, y: b.y + b.h / 2 }];
    if (b.x + b.w <= a.x) return [{ x: a.x, y: a.y + a.h / 2 }, { x: b.x + b.w, y: b.y + b.h / 2 }];
    return [{ x: a.x + a.w / 2, y: a.y + a.h / 2 }, { x: b.x + b.w / 2, y: b.y + b.h / 2 }];
  };
  const edges: ElkExtendedEdge[] = scene.edges.map((e) => {
    const [startPoint, endPoint] = ends(e.source, e.target);
    return { id: e.id, sources: [e.source], targets: [e.target], sections: [{ id: `${e.id}:s`, startPoint, endPoint }] };
  });
  const elk = new Map<string, ElkNode>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    const b = box.get(n.id)!;
    elk.set(n.id, { id: n.id, x: b.x, y: b.y, width: b.width, height: b.height, children: n.children.map((c) => elk.get(c.id)!) });
  }
  const root = elk.get(ROOT_ID)!;
  root.edges = edges;
  return root;
}
