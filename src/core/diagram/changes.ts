// What changed since a baseline revision, placed on the diagram's elements: the findings diff of
// src/core/review/diff.ts (added, resolved, changed findings; no second diff here) with each finding put on
// the element it is about (findings.ts), plus zones, devices and conduits added or removed in the plant.
// Pure; the language server computes it from the version it publishes and the CLI from two files.
import type { Problem } from '../diagnostics';
import type { Plant } from '../model/plant';
import { diffFindings, findingIdentity, type DiffFinding, type DiffSide } from '../review/diff';
import { elementResolver } from './findings';
import { flowKeys } from './flow-keys';

/**
 * How an element of the new revision changed: `added` (a finding is new on it), `resolved` (a finding on it is
 * gone), `changed` (a finding's severity, missing or planned IDs or decision changed, or findings both came and
 * went), `new-element` (the element itself is new and carries no finding change).
 */
export type ElementChange = 'added' | 'resolved' | 'changed' | 'new-element';

export interface DiagramChanges {
  /** The baseline as the user named it ("HEAD:line3.smartfab.yaml"). */
  readonly label: string;
  /** Element id (zone, device, conduit, flow key) of the new revision -> its change. */
  readonly elements: Readonly<Record<string, ElementChange>>;
  /** Findings added, resolved and changed (as `smartfab diff` counts them). */
  readonly added: number;
  readonly resolved: number;
  readonly changed: number;
  /** Zones, devices and conduits of the new revision absent from the baseline. */
  readonly newElements: number;
  /** Ids of zones, devices and conduits of the baseline absent now (not drawn; listed in the legend). */
  readonly removedElements: readonly string[];
}

/** One side: what diffFindings needs, and the plant its findings are placed on. */
export interface ChangeSide extends DiffSide {
  readonly plant?: Plant;
}

/** The problem a DiffFinding was made from: same identity, same line (repeated identities differ by line). */
function placer(side: ChangeSide): (f: DiffFinding) => string | undefined {
  if (!side.plant) return () => undefined;
  const resolve = elementResolver(side.plant);
  const byIdentity = new Map<string, Problem[]>();
  for (const p of side.problems) {
    const id = findingIdentity(p);
    const list = byIdentity.get(id);
    if (list) list.push(p);
    else byIdentity.set(id, [p]);
  }
  return (f) => {
    const id = f.key !== undefined ? `${f.code}\u0000${f.key}` : `${f.code}\u0000${f.message}`;
    const p = byIdentity.get(id)?.find((x) => side.lineIndex.position(x.span.start).line + 1 === f.line);
    return p ? resolve(p) : undefined;
  };
}

const elementIds = (p: Plant | undefined) => new Set([...(p?.zones ?? []), ...(p?.devices ?? []), ...(p?.conduits ?? [])].map((e) => e.id));

/** The changes from `before` (the baseline) to `after`, on the elements of `after`. */
export function diagramChanges(before: ChangeSide, after: ChangeSide, label: string): DiagramChanges {
  const d = diffFindings(before, after);
  const marks = new Map<string, Set<'added' | 'resolved' | 'changed'>>();
  const mark = (id: string | undefined, kind: 'added' | 'resolved' | 'changed') => {
    if (id === undefined) return;
    const s = marks.get(id) ?? new Set();
    s.add(kind);
    marks.set(id, s);
  };
  const onAfter = placer(after);
  const onBefore = placer(before);
  for (const f of d.added) mark(onAfter(f), 'added');
  for (const c of d.changed) mark(onAfter(c.after), 'changed');
  const now = elementIds(after.plant);
  const was = elementIds(before.plant);
  const flowsNow = new Set(after.plant ? flowKeys(after.plant) : []);
  // A resolved finding is drawn on its element when that element is still there (and the same id).
  for (const f of d.resolved) {
    const id = onBefore(f);
    if (id !== undefined && (now.has(id) || flowsNow.has(id))) mark(id, 'resolved');
  }
  const elements: Record<string, ElementChange> = {};
  for (const [id, kinds] of marks) elements[id] = kinds.size > 1 ? 'changed' : [...kinds][0];
  let newElements = 0;
  for (const id of now) {
    if (was.has(id)) continue;
    newElements++;
    elements[id] ??= 'new-element';
  }
  return {
    label,
    elements,
    added: d.added.length,
    resolved: d.resolved.length,
    changed: d.changed.length,
    newElements,
    removedElements: [...was].filter((id) => !now.has(id)).sort(),
  };
}
