// Draws a DiagramModel as interactive SVG DOM. Text goes in through textContent only (never markup), so
// labels from the plant file cannot inject anything. Colours come from CSS (VS Code theme variables).
import { firstBaseline, LINE_HEIGHT, wrapLabel } from '../src/core/diagram/measure';
import type { DiagramEdge, DiagramModel, DiagramNode, Point } from '../src/core/diagram/types';
import { t } from './l10n';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Words for what a drawn thing is (aria labels, tooltips). */
function typeName(type: string): string {
  switch (type) {
    case 'zone': return t('Zone');
    case 'device': return t('Device');
    case 'conduit-device': return t('Device on a conduit');
    case 'summary': return t('Devices');
    case 'conduit': return t('Conduit');
    case 'flow': return t('Data flow');
    default: return t('Plant');
  }
}

function severityName(s: string): string {
  return s === 'error' ? t('error') : s === 'warning' ? t('warning') : s === 'info' ? t('info') : t('hint');
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, cls?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (cls) e.setAttribute('class', cls);
  return e;
}

function text(x: number, y: number, content: string, cls: string, anchor: 'start' | 'middle' | 'end' = 'start'): SVGTextElement {
  const t = el('text', { x, y, 'text-anchor': anchor }, cls);
  t.textContent = content;
  return t;
}

/** A severity badge: a pill with the finding count. */
function badge(x: number, y: number, count: number, severity: string): SVGGElement {
  const g = el('g', { transform: `translate(${x} ${y})` }, `badge sev-${severity}`);
  const label = count > 99 ? '99+' : String(count);
  const w = 10 + label.length * 7;
  g.append(el('rect', { x: -w / 2, y: -9, width: w, height: 18, rx: 9 }), text(0, 4, label, 'badge-text', 'middle'));
  const title = el('title');
  title.textContent = t('Findings: {0} (worst: {1})', count, severityName(severity));
  g.append(title);
  return g;
}

/** What the DOM of one drawn element is, to restyle it on selection/highlight without redrawing. */
export interface Drawn {
  readonly svg: SVGGElement;
  /** Element id -> its DOM nodes (a conduit has one per segment). */
  readonly byElement: Map<string, SVGGElement[]>;
  /** Diagram node id -> DOM node (drop targets for drag and drop). */
  readonly byNode: Map<string, SVGGElement>;
}

function drawNode(n: DiagramNode): SVGGElement {
  const classes = ['node', `node-${n.type}`];
  if (n.external) classes.push('external');
  if (n.kind) classes.push(`kind-${n.kind}`);
  const g = el('g', { transform: `translate(${n.x} ${n.y})` }, classes.join(' '));
  if (n.elementId !== undefined) g.dataset.element = n.elementId;
  g.dataset.node = n.id;
  if (n.type !== 'plant') g.setAttribute('tabindex', '-1');
  g.setAttribute('role', n.type === 'plant' ? 'group' : 'button');
  g.setAttribute('aria-label', n.findings ? t('{0} {1}, {2} findings', typeName(n.type), n.label, n.findings) : t('{0} {1}', typeName(n.type), n.label));
  const rx = n.type === 'zone' || n.type === 'plant' ? 6 : 4;
  // A group of identical devices: a second outline behind suggests the stack (as in the exported SVG); the
  // count itself is in the kind line ("IoT device ×40"), so nothing overlaps the label in a narrow box.
  if (n.type === 'device' && (n.count ?? 1) > 1) g.append(el('rect', { x: 3, y: -3, width: n.width, height: n.height, rx }, 'shape stack'));
  g.append(el('rect', { width: n.width, height: n.height, rx }, 'shape'));
  const container = n.type === 'zone' || n.type === 'plant';
  if (container) {
    g.append(text(10, 18, n.label, 'label zone-label'));
    if (n.sublabel) g.append(text(10, 33, n.sublabel, 'sublabel'));
    if (n.collapsed) g.append(text(n.width - 10, 18, '⊕', 'expand-hint', 'end'));
  } else {
    const lines = wrapLabel(n.label);
    const top = firstBaseline(n.height, lines.length + (n.sublabel ? 1 : 0));
    lines.forEach((l, i) => g.append(text(n.width / 2, top + i * LINE_HEIGHT, l, 'label', 'middle')));
    if (n.sublabel) g.append(text(n.width / 2, top + lines.length * LINE_HEIGHT, n.sublabel, 'sublabel', 'middle'));
  }
  if (n.wireless) g.append(text(n.width - 6, n.height - 5, '((·))', 'wireless', 'end'));
  if (n.findings > 0 && n.severity) g.append(badge(n.width - 4, 0, n.findings, n.severity));
  const title = el('title');
  title.textContent = n.elementId ? `${n.label} (${n.elementId})${n.sublabel ? ` — ${n.sublabel}` : ''}` : n.label;
  g.append(title);
  return g;
}

const pathOf = (pts: readonly Point[]): string => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');

function midpoint(pts: readonly Point[]): Point {
  if (pts.length < 2) return pts[0] ?? { x: 0, y: 0 };
  const i = Math.floor((pts.length - 1) / 2);
  return { x: (pts[i].x + pts[i + 1].x) / 2, y: (pts[i].y + pts[i + 1].y) / 2 };
}

function drawEdge(e: DiagramEdge): SVGGElement {
  const classes = ['edge', `edge-${e.type}`];
  if (e.vpn) classes.push('vpn');
  if (e.wireless) classes.push('wireless');
  const g = el('g', {}, classes.join(' '));
  g.dataset.element = e.elementId;
  g.setAttribute('tabindex', '-1');
  g.setAttribute('role', 'button');
  g.setAttribute('aria-label', t('{0} {1}', typeName(e.type), e.label ?? e.elementId));
  const d = pathOf(e.points);
  g.append(el('path', { d }, 'hit'), el('path', { d, ...(e.type === 'flow' ? { 'marker-end': 'url(#arrow)' } : {}) }, 'line'));
  if (e.label && e.labelBox) {
    const b = e.labelBox;
    g.append(el('rect', { x: b.x - 2, y: b.y - 1, width: b.width + 4, height: b.height + 2, rx: 3 }, 'edge-label-bg'));
    g.append(text(b.x + b.width / 2, b.y + b.height - 3, e.label, 'edge-label', 'middle'));
  }
  if (e.findings > 0 && e.severity) {
    const at = e.labelBox ? { x: e.labelBox.x + e.labelBox.width + 10, y: e.labelBox.y + e.labelBox.height / 2 } : midpoint(e.points);
    g.append(badge(at.x, at.y, e.findings, e.severity));
  }
  const title = el('title');
  title.textContent = t('{0} {1}', typeName(e.type), e.elementId) + (e.vpn ? ' (VPN)' : '');
  g.append(title);
  return g;
}

/** Builds the diagram DOM: containers first (model order), then edges, then leaves on top. */
export function drawModel(model: DiagramModel): Drawn {
  const root = el('g', {}, 'diagram');
  const defs = el('defs');
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M0 0 L10 5 L0 10 z' }, 'arrow-head'));
  defs.append(marker);
  root.append(defs);
  const byElement = new Map<string, SVGGElement[]>();
  const byNode = new Map<string, SVGGElement>();
  const index = (id: string | undefined, g: SVGGElement): void => {
    if (id === undefined) return;
    const list = byElement.get(id) ?? [];
    list.push(g);
    byElement.set(id, list);
  };
  const containers = el('g', {}, 'layer-containers');
  const edges = el('g', {}, 'layer-edges');
  const leaves = el('g', {}, 'layer-leaves');
  for (const n of model.nodes) {
    const g = drawNode(n);
    (n.type === 'zone' || n.type === 'plant' ? containers : leaves).append(g);
    if (n.type !== 'summary') index(n.elementId, g);
    byNode.set(n.id, g);
  }
  for (const e of model.edges) {
    const g = drawEdge(e);
    edges.append(g);
    index(e.elementId, g);
  }
  root.append(containers, edges, leaves);
  return { svg: root, byElement, byNode };
}
