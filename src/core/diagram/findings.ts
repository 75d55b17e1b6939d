// Attaches findings (Problems) to plant elements: by `data.target` when it names an element, else by the
// innermost element (device, conduit, flow, zone) whose span holds the problem; a problem inside a
// countermeasure entry counts for that entry's target.
import type { Problem, Severity } from '../diagnostics';
import type { Plant, Span } from '../model/plant';
import { flowKeys } from './flow-keys';

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

/**
 * The element a problem is about: `data.target` when it names one, else the element whose span holds the
 * problem (a countermeasure entry counts for its target). O(log n) per problem: top-level entries never
 * nest, so their spans are disjoint and sorted search finds the one holding a position.
 */
export function elementResolver(plant: Plant): (p: Problem) => string | undefined {
  const ids = new Set<string>();
  const spans: { id: string; span: Span }[] = [];
  for (const e of [...plant.zones, ...plant.devices, ...plant.conduits]) {
    ids.add(e.id);
    spans.push({ id: e.id, span: e.span });
  }
  // Flows by their diagram key: an id two flows share names neither, so their own spans decide.
  const keys = flowKeys(plant);
  plant.flows.forEach((f, i) => {
    ids.add(keys[i]);
    spans.push({ id: keys[i], span: f.span });
  });
  for (const m of plant.measures) spans.push({ id: m.target.value, span: m.span });
  spans.sort((a, b) => a.span.start - b.span.start);
  return (p) => {
    const t = p.data?.target;
    if (typeof t === 'string' && ids.has(t)) return t;
    let lo = 0;
    let hi = spans.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].span.start <= p.span.start) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = hit >= 0 ? spans[hit] : undefined;
    return s && p.span.start < Math.max(s.span.end, s.span.start + 1) && ids.has(s.id) ? s.id : undefined;
  };
}

export function indexFindings(plant: Plant, findings: readonly Problem[]): FindingIndex {
  const resolve = elementResolver(plant);
  const byElement = new Map<string, ElementFindings>();
  let unplaced = 0;
  for (const p of findings) {
    const id = resolve(p);
    if (id === undefined) {
      unplaced++;
      continue;
    }
    const prev = byElement.get(id);
    byElement.set(id, { count: (prev?.count ?? 0) + 1, severity: worse(prev?.severity, p.severity)! });
  }
  return { byElement, unplaced };
}
