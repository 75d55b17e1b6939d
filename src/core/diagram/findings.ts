// Attaches findings (Problems) to plant elements: by `data.target` when it names an element, else by the
// innermost element (device, conduit, flow, zone) whose span holds the problem; a problem inside a
// countermeasure entry counts for that entry's target.
import type { Problem, Severity } from '../diagnostics';
import type { Plant, Span } from '../model/plant';

export interface ElementFindings {
  count: number;
  severity: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function worse(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return RANK[a] <= RANK[b] ? a : b;
}

export interface FindingIndex {
  readonly byElement: ReadonlyMap<string, ElementFindings>;
  /** Problems matching no element. */
  readonly unplaced: number;
}

const inside = (s: Span, p: Span) => s.start <= p.start && p.start < Math.max(s.end, s.start + 1);

export function indexFindings(plant: Plant, findings: readonly Problem[]): FindingIndex {
  const ids = new Set<string>();
  const spans: { id: string; span: Span }[] = [];
  for (const e of [...plant.zones, ...plant.devices, ...plant.conduits, ...plant.flows]) {
    ids.add(e.id);
    spans.push({ id: e.id, span: e.span });
  }
  for (const me of plant.measures) spans.push({ id: me.target.value, span: me.span });
  const byElement = new Map<string, ElementFindings>();
  let unplaced = 0;
  for (const p of findings) {
    const t = p.data?.target;
    let id = typeof t === 'string' && ids.has(t) ? t : undefined;
    if (id === undefined) {
      let best: { id: string; span: Span } | undefined;
      for (const s of spans)
        if (inside(s.span, p.span) && (!best || s.span.end - s.span.start < best.span.end - best.span.start)) best = s;
      id = best && ids.has(best.id) ? best.id : undefined;
    }
    if (id === undefined) {
      unplaced++;
      continue;
    }
    const prev = byElement.get(id);
    byElement.set(id, { count: (prev?.count ?? 0) + 1, severity: worse(prev?.severity, p.severity)! });
  }
  return { byElement, unplaced };
}
