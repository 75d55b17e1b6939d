// An edit session collects insertions, removals and replacements against ONE parsed text, so that
// composite operations (insert a DMZ, a quick-fix that adds a device and a countermeasure entry)
// yield one non-overlapping edit set in original-text offsets. Appends to the same collection are
// merged into one insertion; a missing section or property is created once.
import { t } from '../l10n/lang';
import { isCollection, isMap, isPair, isScalar, type Node } from 'yaml';
import { renderBlockItem, renderBlockPair, renderFlow, renderFlowPair } from './render';
import { findPair, isEmptyValue, Source, type MapNode, type PairNode, type SeqNode } from './source';
import { findOverlap, type EditResult, type TextEdit } from './text-edit';

interface Item {
  readonly key?: string;
  readonly value: unknown;
}

type Target =
  | { readonly type: 'node'; readonly node: MapNode | SeqNode }
  | { readonly type: 'empty-pair'; readonly pair: PairNode; readonly flow: boolean }
  | { readonly type: 'missing'; readonly map: MapNode | undefined; readonly key: string };

interface Pending {
  readonly target: Target;
  readonly kind: 'map' | 'seq';
  readonly items: Item[];
}

export class EditSession {
  private readonly edits: TextEdit[] = [];
  private readonly pending = new Map<unknown, Pending>();
  private readonly removals = new Map<MapNode | SeqNode, { owner?: PairNode; indices: Set<number> }>();
  private readonly reserved = new Map<string, string>();
  private failure?: string;

  constructor(readonly src: Source) {}

  get text(): string {
    return this.src.text;
  }

  fail(message: string): void {
    this.failure ??= message;
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Ids created by this session, so that later steps see them as taken (and as existing). */
  reserve(id: string, type: string): void {
    this.reserved.set(id, type);
  }

  /** The type of an element this session creates, if it does. */
  reservedType(id: string): string | undefined {
    return this.reserved.get(id);
  }

  replace(start: number, end: number, newText: string): void {
    this.edits.push({ start, end, newText });
  }

  /** Replaces a scalar node's text (not its comment) with a new value, quoted as needed. */
  replaceScalar(node: Node, value: unknown): void {
    this.replace(node.range![0], node.range![1], renderFlow(value));
  }

  /** Sets `map[key]` to a scalar value: replaces it in place, or appends the property. */
  setScalar(map: MapNode, key: string, value: unknown): void {
    const pair = findPair(map, key);
    if (!pair) this.append(map, { key, value });
    else if (isScalar(pair.value) && pair.value.value === value) return;
    else if (isScalar(pair.value) && pair.value.range && pair.value.range[1] > pair.value.range[0]) this.replaceScalar(pair.value, value);
    else if (isEmptyValue(pair.value)) this.replace(this.src.afterColon(pair), this.src.afterColon(pair), ' ' + renderFlow(value));
    else this.fail(`"${key}" is not a single value; edit it by hand.`);
  }

  /** Appends an item (a pair for maps) to an existing collection node. */
  append(node: MapNode | SeqNode, item: Item): void {
    this.pendingFor(node, { type: 'node', node }, isMap(node) ? 'map' : 'seq').items.push(item);
  }

  /**
   * Appends an item to the collection at `map[key]` (the root when `map` is undefined), creating
   * the key when missing. `flow`: a new collection is written `key: [a]` rather than as a block.
   */
  appendAt(map: MapNode | undefined, key: string, kind: 'map' | 'seq', item: Item, flow = false): void {
    const pair = map ? findPair(map, key) : undefined;
    if (pair && isCollection(pair.value)) {
      const node = pair.value as MapNode | SeqNode;
      if ((kind === 'map') !== isMap(node)) return this.fail(`"${key}" should be a ${kind === 'map' ? 'mapping' : 'list'}.`);
      return this.append(node, item);
    }
    if (pair && !isEmptyValue(pair.value)) return this.fail(`"${key}" should be a ${kind === 'map' ? 'mapping' : 'list'}.`);
    const target: Target = pair ? { type: 'empty-pair', pair, flow } : { type: 'missing', map, key };
    const id = pair ?? `${map?.range?.[0] ?? 'root'}:${key}`;
    this.pendingFor(id, target, kind).items.push(item);
  }

  /** Removes item `index` of a collection; `owner` is the pair holding it (to write `[]` when it empties). */
  remove(node: MapNode | SeqNode, index: number, owner?: PairNode): void {
    let r = this.removals.get(node);
    if (!r) this.removals.set(node, (r = { owner, indices: new Set() }));
    r.indices.add(index);
  }

  finish(): EditResult {
    if (this.failure) return { error: this.failure };
    // Missing keys become pairs appended to their map (merged with other appends to that map).
    const later: Pending[] = [];
    for (const p of [...this.pending.values()]) {
      if (p.target.type !== 'missing') continue;
      const value = p.kind === 'map' ? Object.fromEntries(p.items.map((i) => [i.key!, i.value])) : p.items.map((i) => i.value);
      const map = p.target.map;
      if (map) this.append(map, { key: p.target.key, value });
      else later.push({ target: p.target, kind: 'map', items: [{ key: p.target.key, value }] });
    }
    // Depth orders insertions at one offset: a property of the last element before the next element.
    const out: { edit: TextEdit; depth: number; removal?: boolean }[] = this.edits.map((edit) => ({ edit, depth: 0 }));
    for (const p of this.pending.values()) {
      const depth = p.target.type === 'node' ? (p.target.node.range?.[0] ?? 0) : p.target.type === 'empty-pair' ? ((p.target.pair.key as Node).range?.[0] ?? 0) : -1;
      const col = depth >= 0 ? this.src.col(depth) : -1;
      if (p.target.type === 'node') out.push(...this.renderAppend(p.target.node, p.items).map((edit) => ({ edit, depth: col })));
      else if (p.target.type === 'empty-pair') out.push({ edit: this.renderIntoEmpty(p.target.pair, p.kind, p.items, p.target.flow), depth: col });
    }
    if (later.length > 0) out.push({ edit: this.renderAtEnd(later.flatMap((p) => p.items)), depth: -1 });
    for (const [node, r] of this.removals) out.push(...this.renderRemovals(node, r.indices, r.owner).map((edit) => ({ edit, depth: 0, removal: true })));
    out.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || b.depth - a.depth);
    const edits = dropNested(out.map((o) => o.edit), new Set(out.filter((o) => o.removal).map((o) => o.edit)));
    const overlap = findOverlap(edits);
    if (overlap) return { error: t('These changes conflict with each other; make them one at a time.') };
    return { edits };
  }

  private pendingFor(id: unknown, target: Target, kind: 'map' | 'seq'): Pending {
    let p = this.pending.get(id);
    if (!p) this.pending.set(id, (p = { target, kind, items: [] }));
    return p;
  }

  /** Inserts whole lines after line `line`, coping with a last line that has no line break. */
  private insertLinesAfter(line: number, lines: string[]): TextEdit {
    const { eol } = this.src.style;
    const l = this.src.lines[line];
    const at = l.next;
    const body = lines.join(eol);
    return at === l.end ? { start: at, end: at, newText: eol + body } : { start: at, end: at, newText: body + eol };
  }

  private renderAppend(node: MapNode | SeqNode, items: Item[]): TextEdit[] {
    const src = this.src;
    if (node.flow || node.items.length === 0) {
      const parts = items.map((i) => (i.key !== undefined ? renderFlowPair(i.key, i.value) : renderFlow(i.value)));
      const last = node.items.at(-1) as Node | PairNode | undefined;
      if (!last) {
        const at = node.range![0] + 1;
        return [{ start: at, end: at, newText: parts.join(', ') }];
      }
      const end = itemEnd(last);
      return [{ start: end, end, newText: ', ' + parts.join(', ') }];
    }
    if (isMap(node)) {
      const last = node.items.at(-1)!;
      const col = src.col((node.items[0].key as Node).range![0]);
      const lastValue = last.value;
      const valueFlow = isCollection(lastValue) && (lastValue as MapNode).flow === true && isMap(lastValue);
      const ext = src.pairExtent(last);
      const lines = items.flatMap((i) => renderBlockPair(i.key!, i.value, col, src.style, valueFlow && isPlainObject(i.value)));
      return [this.insertLinesAfter(ext.lastLine, lines)];
    }
    const seq = node as SeqNode;
    const first = (seq.items[0] as Node).range![0];
    const dash = src.dashBefore(first);
    const col = src.col(dash);
    // Keep the file's spacing after the dash (`- a` or `-   a`) when the first item starts on the dash line.
    const gap = src.lineOf(dash) === src.lineOf(first) && first > dash ? first - dash - 1 : 1;
    const ext = src.itemExtent(seq.items.at(-1) as Node);
    return [this.insertLinesAfter(ext.lastLine, items.flatMap((i) => renderBlockItem(i.value, col, src.style, gap)))];
  }

  private renderIntoEmpty(pair: PairNode, kind: 'map' | 'seq', items: Item[], flow: boolean): TextEdit {
    const src = this.src;
    const value = kind === 'map' ? Object.fromEntries(items.map((i) => [i.key!, i.value])) : items.map((i) => i.value);
    const v = pair.value as Node | null;
    const explicit = v?.range && v.range[1] > v.range[0] ? v.range : undefined; // `key: null` / `key: ~`
    if (flow) {
      if (explicit) return { start: explicit[0], end: explicit[1], newText: renderFlow(value) };
      const at = src.afterColon(pair);
      return { start: at, end: at, newText: ' ' + renderFlow(value) };
    }
    const keyCol = src.col((pair.key as Node).range![0]);
    const { indent, seqIndent } = src.style;
    const col = keyCol + (kind === 'map' || seqIndent ? indent : 0);
    const lines = items.flatMap((i) => (kind === 'map' ? renderBlockPair(i.key!, i.value, col, src.style) : renderBlockItem(i.value, col, src.style)));
    const edit = this.insertLinesAfter(src.lineOf((pair.key as Node).range![0]), lines);
    if (!explicit) return edit;
    // Drop the explicit null and put the block after the key line in one edit.
    const lineEnd = src.lines[src.lineOf(explicit[0])].end;
    const start = Math.max(src.afterColon(pair), src.trimBack(explicit[0]));
    return { start, end: edit.start, newText: src.text.slice(explicit[1], lineEnd).trimEnd() + src.text.slice(lineEnd, edit.start) + edit.newText };
  }

  /** New top-level sections in an empty document. */
  private renderAtEnd(items: Item[]): TextEdit {
    const { eol } = this.src.style;
    const text = this.src.text;
    const body = items.flatMap((i) => renderBlockPair(i.key!, i.value, 0, this.src.style)).join(eol) + eol;
    const sep = text.length > 0 && !text.endsWith('\n') ? eol : '';
    return { start: text.length, end: text.length, newText: sep + body };
  }

  private renderRemovals(node: MapNode | SeqNode, indices: Set<number>, owner?: PairNode): TextEdit[] {
    const src = this.src;
    const items = node.items as (Node | PairNode)[];
    const kept = items.map((_, i) => !indices.has(i));
    if (!kept.some(Boolean)) {
      const empty = isMap(node) ? '{}' : '[]';
      if (node.flow) return [{ start: node.range![0], end: node.range![1], newText: empty }];
      if (!owner) return [];
      const end = src.trimBack(node.range![1]);
      const at = src.afterColon(owner);
      return [{ start: at, end, newText: ' ' + empty }];
    }
    const edits: TextEdit[] = [];
    items.forEach((item, i) => {
      if (kept[i]) return;
      if (node.flow) {
        const keptBefore = kept.slice(0, i).some(Boolean);
        if (keptBefore) edits.push({ start: itemEnd(items[i - 1]), end: itemEnd(item), newText: '' });
        else edits.push({ start: itemStart(item), end: itemStart(items[i + 1]), newText: '' });
        return;
      }
      const ext = isMap(node) ? src.pairExtent(item as PairNode) : src.itemExtent(item as Node);
      let end = ext.end;
      // Do not leave two blank lines where the item was between blank-line separated neighbours.
      const before = ext.startLine - 1;
      const after = ext.lastLine + 1;
      if (before >= 0 && after < src.lines.length && src.indentOf(before) === undefined && src.indentOf(after) === undefined) {
        end = src.lines[after].next;
      }
      edits.push({ start: ext.start, end, newText: '' });
    });
    return edits;
  }
}

function itemStart(item: Node | PairNode): number {
  return isPair(item) ? (item.key as Node).range![0] : item.range![0];
}

function itemEnd(item: Node | PairNode): number {
  if (isPair(item)) return ((item.value as Node | null)?.range ?? (item.key as Node).range!)[1];
  return item.range![1];
}

function isPlainObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Drops duplicates and edits inside a removal (a removed element's references go with it). */
function dropNested(edits: TextEdit[], removals: Set<TextEdit>): TextEdit[] {
  const unique = edits.filter((e, i) => edits.findIndex((o) => o.start === e.start && o.end === e.end && o.newText === e.newText) === i);
  const deletions = unique.filter((e) => removals.has(e) && e.end > e.start);
  const inside = (e: TextEdit, d: TextEdit): boolean =>
    e.start === e.end ? d.start < e.start && e.start < d.end : d.start <= e.start && e.end <= d.end && (d.start !== e.start || d.end !== e.end);
  return unique.filter((e) => !deletions.some((d) => d !== e && inside(e, d)));
}

/**
 * The last text parsed and its Source. A session only reads its Source (edits are recorded, never applied to
 * the Document), so the quick-fixes offered at one position, each a session on the same text, share one parse:
 * a Ctrl+. answered in a few milliseconds instead of one parse per fix.
 */
let lastParse: { text: string; src: ReturnType<typeof Source.parse> } | undefined;
export function sharedSource(text: string): ReturnType<typeof Source.parse> {
  if (lastParse?.text !== text) lastParse = { text, src: Source.parse(text) };
  return lastParse.src;
}

/** Parses `text`, lets `plan` record changes on a session, and returns the merged edits. */
export function runEdit(text: string, plan: (s: EditSession) => void): EditResult {
  const src = sharedSource(text);
  if ('error' in src) return src;
  const session = new EditSession(src);
  plan(session);
  return session.finish();
}
