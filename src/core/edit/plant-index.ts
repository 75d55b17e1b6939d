// Where the plant's elements and references sit in the YAML tree, read straight from the
// Document so the edit functions do not depend on the validating parser (they work on files the
// parser would reject, as long as the YAML itself is well-formed).
import type { Node } from 'yaml';
import { asMap, asSeq, findPair, keyOf, scalarString, type MapNode, type PairNode, type SeqNode, type Source } from './source';

export type ElementType = 'zone' | 'device' | 'conduit';

export const SECTION_OF: Readonly<Record<ElementType, string>> = { zone: 'zones', device: 'devices', conduit: 'conduits' };

export interface ElementEntry {
  readonly type: ElementType;
  readonly id: string;
  readonly pair: PairNode;
  /** The element's properties, when written as a mapping. */
  readonly map?: MapNode;
  readonly section: MapNode;
  readonly sectionPair: PairNode;
  readonly index: number;
}

export interface ListEntry {
  readonly map: MapNode;
  readonly seq: SeqNode;
  readonly sectionPair: PairNode;
  readonly index: number;
}

export interface MeasureRow extends ListEntry {
  /** Normalised "n-m". */
  readonly measure: string;
  readonly target?: string;
  readonly status?: string;
}

/** "ID8-1", "id 8-1", "8-1" -> "8-1". */
export function normalizeMeasure(id: string): string {
  return id.trim().replace(/^id\s*/i, '');
}

// The Document never changes during a session, so each index is built once per Source (large
// plants: a cascading delete looks up thousands of references).
const cache = new WeakMap<Source, Map<string, unknown>>();
function memo<T>(src: Source, key: string, build: () => T): T {
  let m = cache.get(src);
  if (!m) cache.set(src, (m = new Map()));
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

export function elements(src: Source, type?: ElementType): ElementEntry[] {
  return memo(src, `elements:${type ?? '*'}`, () => collectElements(src, type));
}

function collectElements(src: Source, type?: ElementType): ElementEntry[] {
  const out: ElementEntry[] = [];
  for (const t of type ? [type] : (['zone', 'device', 'conduit'] as const)) {
    const sectionPair = src.topPair(SECTION_OF[t]);
    const section = asMap(sectionPair?.value);
    if (!sectionPair || !section) continue;
    section.items.forEach((pair, index) => {
      const id = keyOf(pair);
      if (id !== undefined) out.push({ type: t, id, pair, map: asMap(pair.value), section, sectionPair, index });
    });
  }
  return out;
}

export function findElement(src: Source, id: string, type?: ElementType): ElementEntry | undefined {
  const byId = memo(src, `byId:${type ?? '*'}`, () => {
    const m = new Map<string, ElementEntry>();
    for (const e of elements(src, type)) if (!m.has(e.id)) m.set(e.id, e);
    return m;
  });
  return byId.get(id);
}

function listEntries(src: Source, section: string): ListEntry[] {
  const sectionPair = src.topPair(section);
  const seq = asSeq(sectionPair?.value);
  if (!sectionPair || !seq) return [];
  const out: ListEntry[] = [];
  seq.items.forEach((item, index) => {
    const map = asMap(item);
    if (map) out.push({ map, seq, sectionPair, index });
  });
  return out;
}

export function flows(src: Source): (ListEntry & { from?: string; to?: string; id?: string })[] {
  return memo(src, 'flows', () => listEntries(src, 'flows').map((e) => ({ ...e, from: prop(e.map, 'from'), to: prop(e.map, 'to'), id: prop(e.map, 'id') })));
}

export function measures(src: Source): MeasureRow[] {
  return memo(src, 'measures', () =>
    listEntries(src, 'countermeasures').flatMap((e) => {
      const m = prop(e.map, 'measure');
      return m === undefined ? [] : [{ ...e, measure: normalizeMeasure(m), target: prop(e.map, 'target'), status: prop(e.map, 'status') }];
    }),
  );
}

export function prop(map: MapNode | undefined, key: string): string | undefined {
  return map ? scalarString(findPair(map, key)?.value) : undefined;
}

/** The two zones a conduit joins: `between: [a, b]` (or `from:`/`to:`). */
export function conduitEnds(conduit: ElementEntry): [string, string] | undefined {
  const between = asSeq(conduit.map ? findPair(conduit.map, 'between')?.value : undefined);
  if (between) {
    const [a, b] = between.items.map(scalarString);
    return a !== undefined && b !== undefined ? [a, b] : undefined;
  }
  const from = prop(conduit.map, 'from');
  const to = prop(conduit.map, 'to');
  return from !== undefined && to !== undefined ? [from, to] : undefined;
}

/** Every scalar that refers to element `id`, with the place it sits (for rename and delete). */
export interface Reference {
  readonly node: Node;
  /** The collection holding the reference when it is a list item (via, between). */
  readonly seq?: SeqNode;
  readonly index?: number;
  readonly owner?: PairNode;
  /** The map holding `key: id` when it is a property (zone, parent, from, to, target). */
  readonly map?: MapNode;
  readonly key: string;
  /** What holds the reference. */
  readonly in: ElementType | 'flow' | 'measure';
  /** The type of element the reference can name. */
  readonly names: ElementType | 'any';
}

export function references(src: Source, id: string): Reference[] {
  return memo(src, 'references', () => allReferences(src)).get(id) ?? [];
}

function allReferences(src: Source): Map<string, Reference[]> {
  const out = new Map<string, Reference[]>();
  const add = (id: string | undefined, ref: Reference): void => {
    if (id === undefined) return;
    const list = out.get(id);
    if (list) list.push(ref);
    else out.set(id, [ref]);
  };
  const scalarRef = (where: Reference['in'], names: Reference['names'], map: MapNode | undefined, key: string): void => {
    const pair = map ? findPair(map, key) : undefined;
    if (pair) add(scalarString(pair.value), { node: pair.value as Node, map, key, owner: pair, in: where, names });
  };
  const listRef = (names: ElementType, map: MapNode | undefined, key: string): void => {
    const owner = map ? findPair(map, key) : undefined;
    const seq = asSeq(owner?.value);
    seq?.items.forEach((item, index) => add(scalarString(item), { node: item as Node, seq, index, owner, key, in: 'conduit', names }));
  };
  for (const e of elements(src)) {
    if (e.type === 'zone') scalarRef('zone', 'zone', e.map, 'parent');
    if (e.type === 'device') scalarRef('device', 'zone', e.map, 'zone');
    if (e.type === 'conduit') {
      listRef('zone', e.map, 'between');
      listRef('device', e.map, 'via');
      scalarRef('conduit', 'zone', e.map, 'from');
      scalarRef('conduit', 'zone', e.map, 'to');
    }
  }
  for (const f of flows(src)) {
    scalarRef('flow', 'device', f.map, 'from');
    scalarRef('flow', 'device', f.map, 'to');
  }
  for (const m of measures(src)) scalarRef('measure', 'any', m.map, 'target');
  return out;
}

/** Every id in use: elements and flow ids. */
export function usedIds(src: Source): Set<string> {
  return memo(src, 'ids', () => {
    const ids = new Set(elements(src).map((e) => e.id));
    for (const f of flows(src)) if (f.id) ids.add(f.id);
    return ids;
  });
}
