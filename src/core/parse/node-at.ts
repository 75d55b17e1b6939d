// Offset <-> YAML node lookups for the language server (hover, completion, go-to) and for mapping
// schema errors back to the text. Iterative, so deeply nested input cannot exhaust the stack.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../model/plant';
import type { ParsedSource } from './source';

export type PathSegment = string | number;
export type YamlPath = readonly PathSegment[];

export interface NodeHit {
  /** The innermost node at the offset (a key scalar when `onKey`). */
  readonly node: Node;
  /** Path from the document root; when `onKey`, the last segment is the key itself. */
  readonly path: YamlPath;
  /** The offset is on a mapping key rather than a value. */
  readonly onKey: boolean;
  /** The mapping pair holding the node, if any. */
  readonly pair?: Pair;
  readonly span: Span;
}

/**
 * Span of a node's value, excluding trailing comments; with the source text, also excluding the
 * trailing line breaks and blanks yaml counts into block collections.
 */
export function nodeSpan(node: Node, text?: string): Span {
  const r = node.range;
  if (!r) return { start: 0, end: 0 };
  let end = r[1];
  if (text !== undefined) while (end > r[0] && /\s/.test(text[end - 1])) end--;
  return { start: r[0], end };
}

/** Span of a whole mapping pair: key start to value end (or key end for `key:` with no value). */
export function pairSpan(pair: Pair, text?: string): Span {
  const k = isNode(pair.key) ? nodeSpan(pair.key, text) : undefined;
  const v = isNode(pair.value) ? nodeSpan(pair.value, text) : undefined;
  const start = k?.start ?? v?.start ?? 0;
  const end = Math.max(k?.end ?? start, v?.end ?? start);
  return { start, end };
}

/** The key as text; undefined for a non-scalar key and for a merge key (`<<`), which names no property. */
export function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k) && typeof k.value !== 'symbol') return k.value === null ? '' : String(k.value);
  return undefined;
}

/** A YAML 1.1 merge key (`<<`): with the `merge` parse option yaml gives it a symbol value. */
export function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol';
}

/**
 * The pairs of `map` as YAML 1.1 merge keys resolve them (yaml.org/type/merge.html): its own pairs
 * first, then, for keys it does not set itself, those of the merged mappings (`<<: *a`, `<<: [*a, *b]`,
 * also several `<<` in one mapping, nested merges), earlier sources winning. The merged pairs are the
 * anchor's own nodes, so their spans point where the values are written. Cycles are cut.
 */
export function mergedPairs(map: YAMLMap, doc: Document | undefined, visited = new Set<YAMLMap>()): Pair[] {
  if (!map.items.some(isMergeKey)) return map.items;
  visited.add(map);
  const out = map.items.filter((p) => !isMergeKey(p));
  const seen = new Set(out.map(keyText));
  const resolve = (n: unknown) => (isAlias(n) && doc ? n.resolve(doc) : n);
  for (const merge of map.items.filter(isMergeKey)) {
    const value = resolve(merge.value);
    for (const source of isSeq(value) ? value.items.map(resolve) : [value]) {
      if (!isMap(source) || visited.has(source)) continue;
      for (const p of mergedPairs(source, doc, visited)) {
        const k = keyText(p);
        if (k !== undefined && !seen.has(k)) {
          seen.add(k);
          out.push(p);
        }
      }
    }
  }
  return out;
}

const contains = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

/** The innermost node at `offset`, or undefined outside the document's content. */
export function nodeAt(source: ParsedSource, offset: number): NodeHit | undefined {
  const root = source.doc?.contents;
  // Containment uses yaml's untrimmed ranges, so a cursor on the blank tail of a block (where the next
  // key will be typed) still counts as inside it; reported spans are trimmed.
  if (!isNode(root) || !contains(nodeSpan(root), offset)) return undefined;
  let hit: NodeHit = { node: root, path: [], onKey: false, span: nodeSpan(root, source.text) };
  for (;;) {
    const node = hit.node;
    let next: NodeHit | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isNode(pair.key) && contains(nodeSpan(pair.key), offset)) {
          const key = keyText(pair) ?? '';
          next = { node: pair.key, path: [...hit.path, key], onKey: true, pair, span: nodeSpan(pair.key, source.text) };
          break;
        }
        if (isNode(pair.value) && contains(nodeSpan(pair.value), offset)) {
          next = { node: pair.value, path: [...hit.path, keyText(pair) ?? ''], onKey: false, pair, span: nodeSpan(pair.value, source.text) };
          break;
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (!next && isNode(item) && contains(nodeSpan(item), offset)) {
          next = { node: item, path: [...hit.path, i], onKey: false, span: nodeSpan(item, source.text) };
        }
      });
    }
    if (!next || next.onKey) return next ?? hit;
    hit = next;
  }
}

/** The path at `offset` ([] at the root or outside the content). */
export function pathAt(source: ParsedSource, offset: number): YamlPath {
  return nodeAt(source, offset)?.path ?? [];
}

export interface PathTarget {
  readonly node?: Node;
  readonly pair?: Pair;
}

/** Follows a path (map keys, sequence indexes) from the root; aliases and merge keys are followed, not expanded. */
export function nodeAtPath(doc: Document | undefined, path: YamlPath): PathTarget | undefined {
  let node: unknown = doc?.contents;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (isAlias(node) && doc) node = node.resolve(doc);
    if (isMap(node)) {
      pair = mergedPairs(node, doc).find((p) => keyText(p) === String(seg));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      pair = undefined;
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  return { ...(isNode(node) ? { node } : {}), ...(pair ? { pair } : {}) };
}

/** Span of the key of the pair at `path`, else of its value; undefined when the path is absent. */
export function keySpanAtPath(doc: Document | undefined, path: YamlPath, text?: string): Span | undefined {
  const t = nodeAtPath(doc, path);
  if (t?.pair && isNode(t.pair.key)) return nodeSpan(t.pair.key, text);
  return t?.node ? nodeSpan(t.node, text) : undefined;
}

/** First alias node in document order, for pointing at an alias bomb. */
export function firstAlias(doc: Document | undefined): Node | undefined {
  const stack: unknown[] = [doc?.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isAlias(n)) return n;
    if (isPair(n)) stack.push(n.value, n.key);
    else if (isMap(n) || isSeq(n)) for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
  }
  return undefined;
}

/**
 * Later occurrences of a key already present in the same mapping. Linear (one Set per mapping),
 * unlike yaml's own uniqueKeys check, which is quadratic in the size of a mapping.
 */
export function duplicateKeys(doc: Document | undefined): { key: Node; name: string; first: Node }[] {
  const out: { key: Node; name: string; first: Node }[] = [];
  const stack: unknown[] = [doc?.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isMap(n)) {
      const seen = new Map<string, Node>();
      for (const p of n.items) {
        // Several merge keys in one mapping are allowed (each merges its mappings).
        const name = isScalar(p.key) && !isMergeKey(p) ? String(p.key.value) : undefined;
        if (name !== undefined && isNode(p.key)) {
          const first = seen.get(name);
          if (first) out.push({ key: p.key, name, first });
          else seen.set(name, p.key);
        }
        stack.push(p.value, p.key);
      }
    } else if (isSeq(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    }
  }
  return out.sort((a, b) => (a.key.range?.[0] ?? 0) - (b.key.range?.[0] ?? 0));
}
