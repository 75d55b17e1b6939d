// Where a damage's threats act, as the report's figures draw them (§2.3, figs. 2-8): entry threats as
// labelled markers on the entry element, intrusion-path threats on the conduit they cross, each with its
// countermeasure IDs coloured by status; the elements of the open routes highlighted. Pure geometry shared by
// the webview and the SVG export (`smartfab diagram --damage N`), so both show the same picture.
import { SMALL_FONT_SIZE, textWidth } from './measure';
import type { DamageSummary, RouteStep } from './protocol';
import type { Box, DiagramModel } from './types';

export type MeasureState = RouteStep['measures'][number]['state'];

/** One threat in a marker, with its countermeasure IDs ("ID8-1") and their status, in catalogue order. */
export interface MarkerItem {
  readonly threat: string;
  readonly measures: readonly { readonly id: string; readonly state: MeasureState }[];
  /** Whether a scenario through this step is still open. */
  readonly open: boolean;
}

/** The threats acting on one element: a row above an entry element, rows under a conduit's label. */
export interface ThreatMarker {
  readonly kind: 'entry' | 'path';
  readonly elementId: string;
  /** Top-left of the first row, absolute diagram coordinates. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly MarkerItem[];
}

export interface DamageOverlay {
  readonly damage: number;
  readonly highlight: ReadonlySet<string>;
  readonly markers: readonly ThreatMarker[];
}

export const MARKER_HEIGHT = 16;
const MARKER_GAP = 2;

/** Width of one threat in a marker: the threat pill, then the measure numbers ("8-1"). */
export function itemWidth(item: { threat: string; measures: readonly { id: string }[] }): number {
  let w = textWidth(item.threat, SMALL_FONT_SIZE) + 14;
  for (const m of item.measures) w += textWidth(m.id.replace(/^ID/, ''), SMALL_FONT_SIZE) + 6;
  return Math.ceil(w);
}

function anchorOf(model: DiagramModel, elementId: string): Box | undefined {
  const node = model.nodes.find((n) => n.elementId === elementId && n.type !== 'summary') ??
    model.nodes.find((n) => n.type === 'summary' && n.id === `summary:${elementId}`);
  if (node) return node;
  const edge = model.edges.find((e) => e.elementId === elementId && e.points.length >= 2);
  if (!edge) return undefined;
  if (edge.labelBox) return edge.labelBox;
  const i = Math.floor((edge.points.length - 1) / 2);
  const a = edge.points[i];
  const b = edge.points[i + 1];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, width: 0, height: 0 };
}

/**
 * The overlay of damage `damage`: per element, one marker holding each threat acting there once (over all
 * its scenarios; open if any scenario through it is), placed just above an entry element (the layout keeps
 * MARKER_ROOM free there) or centred under a conduit's label; elements not drawn get none.
 */
export function damageOverlay(model: DiagramModel, damages: readonly DamageSummary[], damage: number): DamageOverlay | undefined {
  const d = damages.find((x) => x.id === damage);
  if (!d) return undefined;
  const byElement = new Map<string, { kind: RouteStep['kind']; items: Map<string, { threat: string; measures: RouteStep['measures']; open: boolean }> }>();
  for (const r of d.routes) {
    for (const s of r.steps) {
      const e = byElement.get(s.target) ?? { kind: s.kind, items: new Map() };
      byElement.set(s.target, e);
      const prev = e.items.get(s.threat);
      if (!prev) e.items.set(s.threat, { threat: s.threat, measures: s.measures, open: r.status === 'open' });
      else if (r.status === 'open') prev.open = true;
    }
  }
  const markers: ThreatMarker[] = [];
  for (const [elementId, e] of byElement) {
    const at = anchorOf(model, elementId);
    if (!at) continue;
    const items = [...e.items.values()].sort((a, b) => (a.threat < b.threat ? -1 : 1));
    const width = items.reduce((w, i) => w + itemWidth(i), 0) + 2;
    const entry = e.kind === 'entry';
    const x = entry ? at.x : at.x + at.width / 2 - width / 2;
    const y = entry ? at.y - MARKER_HEIGHT - MARKER_GAP : at.y + at.height + MARKER_GAP;
    markers.push({ kind: e.kind, elementId, x, y, width, height: MARKER_HEIGHT, items });
  }
  return { damage, highlight: new Set(d.elementIds), markers };
}
