// Builds the new version's Document from the previous one and the freshly parsed window entries,
// without touching the previous Document: nodes before the window are shared (their offsets did not
// move), nodes after it are copied with offsets shifted by the length change, and the path from the
// root to the window (document, root map, section pair, section) is copied shallowly.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node, type Range } from 'yaml';
import type { EditWindow } from './incremental-window';

/** Deeper documents are parsed in full (keeps the recursive copy below far from the stack limit). */
export const MAX_DEPTH = 64;

/** An entry of a block collection: a pair of a map, a node of a sequence. */
export type Item = Pair | Node;

/** Nodes with no alias, anchor, explicit tag or merge key, of yaml's plain classes, at most MAX_DEPTH deep. */
export function plainTree(roots: readonly unknown[]): boolean {
  const stack: [unknown, number][] = roots.map((r) => [r, 0]);
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (n === null) continue;
    if (depth > MAX_DEPTH) return false;
    if (isPair(n)) {
      stack.push([n.key, depth], [n.value, depth]);
      continue;
    }
    if (!isNode(n) || isAlias(n) || n.anchor !== undefined || n.tag !== undefined || !n.range) return false;
    if (isMap(n) || isSeq(n)) {
      if (n.constructor !== YAMLMap && n.constructor !== YAMLSeq) return false;
      for (const it of n.items) stack.push([it, depth + 1]);
    } else if (!isScalar(n) || n.constructor !== Scalar || typeof n.value === 'symbol') {
      return false; // a merge key (<<) makes other entries' values depend on it: parse in full
    }
  }
  return true;
}

const shifted = (r: Range, d: number): Range => [r[0] + d, r[1] + d, r[2] + d];

/** Moves freshly parsed nodes (owned by nobody else) to absolute offsets. */
export function moveInPlace(items: readonly Item[], delta: number, schema: YAMLMap['schema']): void {
  const stack: unknown[] = [...items];
  while (stack.length) {
    const n = stack.pop();
    if (isPair(n)) stack.push(n.key, n.value);
    else if (isNode(n) && n.range) {
      n.range = shifted(n.range, delta);
      if (isMap(n) || isSeq(n)) {
        n.schema = schema;
        for (const it of n.items) stack.push(it);
      }
    }
  }
}

/** A copy of a plain node (see plainTree) with every offset moved by `delta`. */
function movedCopy<T>(n: T, delta: number): T {
  if (isPair(n)) return Object.assign(new Pair(null), n, { key: movedCopy(n.key, delta), value: movedCopy(n.value, delta) }) as T;
  if (isScalar(n)) {
    const c = Object.assign(new Scalar(n.value), n);
    c.range = shifted(n.range!, delta);
    return c as T;
  }
  if (isMap(n)) {
    const c = Object.assign(new YAMLMap(n.schema), n);
    c.range = shifted(n.range!, delta);
    c.items = n.items.map((p) => movedCopy(p, delta));
    return c as T;
  }
  if (isSeq(n)) {
    const c = Object.assign(new YAMLSeq(n.schema), n);
    c.range = shifted(n.range!, delta);
    c.items = n.items.map((it) => movedCopy(it, delta));
    return c as T;
  }
  return n;
}

/**
 * Moves a plain node's offsets by `delta` in place (the node is given up by its previous document).
 * Each node gets a new range array, so a range shared by two nodes is never moved twice.
 */
function moveTree<T>(root: T, delta: number): T {
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (isPair(n)) stack.push(n.key, n.value);
    else if (isNode(n) && n.range) {
      n.range = shifted(n.range, delta);
      if (isMap(n) || isSeq(n)) for (const it of n.items) stack.push(it);
    }
  }
  return root;
}

/** Same prototype, same own properties (including yaml's hidden node-type symbol). */
function shallow<T extends object>(o: T): T {
  return Object.create(Object.getPrototypeOf(o), Object.getOwnPropertyDescriptors(o)) as T;
}

/** Leading comment and blank-line flags come from text before the window: keep the old entry's. */
function keepLeading(oldItem: Item, newItem: Item): void {
  const from = isPair(oldItem) ? oldItem.key : oldItem;
  const to = isPair(newItem) ? newItem.key : newItem;
  if (!isNode(from) || !isNode(to)) return;
  if (from.commentBefore !== undefined) to.commentBefore = from.commentBefore;
  if (from.spaceBefore !== undefined) to.spaceBefore = from.spaceBefore;
}

/** Where a block collection's entry ends (yaml ends the collection there when it is the last). */
function itemEnd(it: Item | undefined): number | undefined {
  const n = isPair(it) ? it.value : it;
  return isNode(n) && n.range ? n.range[2] : undefined;
}

/**
 * The previous document with entries first..last of the window's section replaced by `fresh`
 * (already at absolute offsets), later nodes shifted by `delta`; undefined when the end of an
 * enclosing node cannot be derived. With `inPlace`, the nodes after the window are moved rather than
 * copied: faster, but `prev` is no longer valid afterwards (for a caller that keeps only the newest).
 */
export function spliceDocument(prev: Document.Parsed, w: EditWindow, fresh: Item[], delta: number, inPlace = false): Document.Parsed | undefined {
  const move = inPlace ? moveTree : movedCopy;
  const root = prev.contents as YAMLMap;
  const pair = root.items[w.section];
  const section = pair.value as YAMLMap | YAMLSeq;
  // An enclosing node ends where its last child ends (which need not be a line end: `key:` with an
  // empty value ends at the colon), or at an offset after the window (shifted).
  const reach = (r: Range | null | undefined, last: boolean, oldEnd: number | undefined, newEnd: number | undefined): Range | undefined => {
    const to = (o: number) => (last && o === oldEnd ? newEnd : o >= w.end ? o + delta : undefined);
    const a = r ? to(r[1]) : undefined;
    const b = r ? to(r[2]) : undefined;
    return r && a !== undefined && b !== undefined ? [r[0], a, b] : undefined;
  };
  const sectionRange = reach(section.range, w.last === section.items.length - 1, itemEnd(section.items[w.last] as Item), itemEnd(fresh[fresh.length - 1]));
  const rootRange = sectionRange && reach(root.range, w.section === root.items.length - 1, section.range?.[2], sectionRange[2]);
  const docRange = rootRange && reach(prev.range, true, root.range?.[2], rootRange[2]);
  if (!docRange) return undefined;

  keepLeading(section.items[w.first] as Item, fresh[0]);
  const after = (section.items as Item[]).slice(w.last + 1);
  for (let i = 0; i < after.length; i++) after[i] = move(after[i], delta);
  const items = (section.items as Item[]).slice(0, w.first).concat(fresh, after);
  const newSection = shallow(section);
  newSection.items = items as typeof newSection.items;
  newSection.range = sectionRange!;

  const newRoot = shallow(root);
  newRoot.items = root.items.map((p, i) =>
    i < w.section ? p : i === w.section ? Object.assign(new Pair(null), p, { value: newSection }) : move(p, delta),
  );
  newRoot.range = rootRange!;

  const doc = shallow(prev);
  doc.contents = newRoot as unknown as typeof doc.contents;
  doc.range = docRange;
  doc.errors = [];
  doc.warnings = [];
  return doc;
}
