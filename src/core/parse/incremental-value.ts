// What an incremental reparse derives from the previous version instead of walking the whole new
// Document: the plain data (entries outside the window are the previous version's values) and the
// duplicate-key check (only the window's entries can bring a new duplicate into a duplicate-free document).
import { isMap, isScalar, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { duplicateKeys } from './node-at';
import type { Item } from './incremental-splice';
import type { EditWindow } from './incremental-window';

/** Documents known to hold no repeated key in any mapping. */
const duplicateFree = new WeakMap<Document, boolean>();

/** Records what a full duplicate-key scan found for `doc`. */
export function noteDuplicates(doc: Document, count: number): void {
  duplicateFree.set(doc, count === 0);
}

/** Whether `doc` is known to be free of repeated keys (false when unknown). */
export function knownDuplicateFree(doc: Document): boolean {
  return duplicateFree.get(doc) === true;
}

/** A plain string key that toJS stores as an ordinary own property under the same name. */
function plainKey(item: Item): string | undefined {
  const k = (item as { key?: unknown }).key;
  if (!isScalar(k) || typeof k.value !== 'string' || k.value === '__proto__' || k.value === '<<') return undefined;
  return k.value;
}

/**
 * Whether the spliced section is still duplicate-free, given a duplicate-free previous document:
 * no repeated key inside the fresh entries, and (for a map) no fresh key equal to a kept entry's key.
 */
export function windowDuplicateFree(oldSection: YAMLMap | YAMLSeq, w: EditWindow, freshCollection: YAMLMap | YAMLSeq): boolean {
  if (duplicateKeys({ contents: freshCollection } as unknown as Document).length > 0) return false;
  if (!isMap(oldSection)) return true;
  // The same keys as the entries replaced: the section's key set is unchanged.
  const fresh = (freshCollection as YAMLMap).items;
  if (fresh.length === w.last - w.first + 1 && fresh.every((p, i) => {
    const before = oldSection.items[w.first + i].key;
    return isScalar(p.key) && isScalar(before) && String(p.key.value) === String(before.value);
  })) return true;
  const kept = new Set<string>();
  oldSection.items.forEach((p, i) => {
    if ((i < w.first || i > w.last) && isScalar(p.key)) kept.add(String(p.key.value));
  });
  return (freshCollection as YAMLMap).items.every((p) => !isScalar(p.key) || !kept.has(String(p.key.value)));
}

/**
 * How to make the new version's plain data: the previous data with the window's entries replaced by
 * `freshValue` (the standalone parse of the window, as toJS gives it). Undefined when that shortcut
 * cannot be proven equal to a full toJS (non-string keys, `__proto__`, unexpected shapes); the caller
 * then converts the whole Document. Requires a duplicate-free previous and new document. With
 * `inPlace` (the previous version is given up), an edit that keeps the window's keys updates the
 * previous data itself instead of copying a section of thousands of entries. Call the result only once
 * the splice can no longer decline.
 */
export function planValue(prevValue: unknown, root: YAMLMap, w: EditWindow, freshItems: readonly Item[], freshValue: unknown, inPlace: boolean): (() => unknown) | undefined {
  if (!isPlainObject(prevValue)) return undefined;
  const sectionKey = plainKey(root.items[w.section] as Item);
  if (sectionKey === undefined) return undefined;
  const section = root.items[w.section].value as YAMLMap | YAMLSeq;
  const old = prevValue[sectionKey];
  const sameCount = freshItems.length === w.last - w.first + 1;
  if (w.kind === 'seq') {
    if (!Array.isArray(old) || !Array.isArray(freshValue) || freshValue.length !== freshItems.length || old.length !== section.items.length) return undefined;
    if (inPlace && sameCount) {
      return () => {
        for (let i = 0; i < freshValue.length; i++) old[w.first + i] = freshValue[i];
        return prevValue;
      };
    }
    return () => ({ ...prevValue, [sectionKey]: [...old.slice(0, w.first), ...freshValue, ...old.slice(w.last + 1)] });
  }
  if (!isPlainObject(old) || !isPlainObject(freshValue)) return undefined;
  if (!freshItems.every((it) => plainKey(it) !== undefined)) return undefined;
  const items = section.items as Item[];
  // The usual edit keeps the window's keys in order: only the window's values change.
  if (sameCount && freshItems.every((it, i) => plainKey(it) === plainKey(items[w.first + i]))) {
    const keys = freshItems.map((it) => plainKey(it)!);
    return () => {
      const out: Record<string, unknown> = inPlace ? old : { ...old };
      for (const k of keys) out[k] = freshValue[k];
      return inPlace ? prevValue : { ...prevValue, [sectionKey]: out };
    };
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < items.length; i++) {
    if (i === w.first) for (const it of freshItems) out[plainKey(it)!] = freshValue[plainKey(it)!];
    if (i >= w.first && i <= w.last) continue;
    const k = plainKey(items[i]);
    if (k === undefined || !Object.prototype.hasOwnProperty.call(old, k)) return undefined;
    out[k] = old[k];
  }
  return () => ({ ...prevValue, [sectionKey]: out });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}
