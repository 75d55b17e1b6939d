// Incremental reparse for the language server. After a local edit only the edited entries are parsed
// again, standalone, and spliced into the previous version's Document. The outcome is the one
// parseSource gives for the new text (same Document ranges and values, same problems); whenever that
// cannot be guaranteed for an edit (see incremental-window.ts) it simply is parseSource.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { textChange, type TextChange } from '../lsp/stable-problems';
import { moveInPlace, plainTree, spliceDocument, type Item } from './incremental-splice';
import { knownDuplicateFree, noteDuplicates, planValue, windowDuplicateFree } from './incremental-value';
import { locateWindow, windowTextFits } from './incremental-window';
import { normalizeLineBreaks } from './prepare';
import { duplicateKeyProblems, MAX_ALIAS_COUNT, MAX_TEXT_LENGTH, PARSE_OPTIONS, parseSource, type ParsedSource, type ParseOutcome } from './source';

export interface ReparseOutcome extends ParseOutcome {
  /** The previous Document was reused; false when the text was parsed in full. */
  readonly incremental: boolean;
  /** What the splice replaced, when later checks may reuse their results for the previous Document. */
  readonly splice?: SpliceEdit;
}

/**
 * Entries first..last of one section of `previous` were replaced by the entries under `freshKeys`
 * (a map section) or by as many list items (a list section); everything else is the same text,
 * moved by `change`. Only given for a duplicate-free document with spliced plain data.
 */
export interface SpliceEdit {
  readonly previous: Document;
  readonly section: string;
  readonly kind: 'map' | 'seq';
  readonly first: number;
  readonly last: number;
  /** Map sections: the keys of the replaced entries and of the fresh ones, in order. */
  readonly oldKeys: readonly string[];
  readonly freshKeys: readonly string[];
  readonly freshCount: number;
  readonly change: TextChange;
}

/** Documents known to be plain (no aliases, anchors, tags; default directives; block root map; no tab in an indentation). */
const plainDocs = new WeakMap<Document, boolean>();
/**
 * A tab in a line's indentation: parseSource reads such a file with the tabs as spaces and reports each
 * line (yaml-tab-indent), a problem the reparse of a window would not repeat for the lines outside it.
 */
const TAB_INDENT = /^ *\t/m;

/** Whether `source` can be the base of an incremental reparse: one error- and warning-free plain document. */
export function reusable(source: ParsedSource | undefined): boolean {
  const doc = source?.doc;
  if (!doc || source.documentCount !== 1 || !('value' in source) || doc.errors.length > 0 || doc.warnings.length > 0) return false;
  let plain = plainDocs.get(doc);
  if (plain === undefined) {
    plain = isMap(doc.contents) && !doc.contents.flow && doc.directives.yaml.version === '1.2' && !TAB_INDENT.test(source.text) && plainTree([doc.contents]);
    plainDocs.set(doc, plain);
  }
  return plain;
}

/**
 * The parse of `text`, reusing `previous` (an earlier version of the same file, typically the last
 * one without errors) when the edit between them is confined to whole entries of one section.
 * Never throws. `previous` is left untouched and stays valid, unless `consume` is set: then its nodes
 * after the edit are moved in place rather than copied (for a caller that keeps only the newest parse).
 */
export function reparseSource(previous: ParsedSource | undefined, text: string, uri?: string, consume = false): ReparseOutcome {
  let reused: Spliced | undefined;
  try {
    reused = previous ? splice(previous, text, uri, consume) : undefined;
  } catch {
    reused = undefined; // an unforeseen shape: the full parse is always right
  }
  return reused ? { ...reused, incremental: true } : { ...parseSource(text, uri), incremental: false };
}

type Spliced = ParseOutcome & { readonly splice?: SpliceEdit };

const keyOf = (it: unknown): string => String((it as { key: Scalar }).key.value);

function splice(prev: ParsedSource, original: string, uri: string | undefined, consume: boolean): Spliced | undefined {
  if (original.length > MAX_TEXT_LENGTH || !reusable(prev)) return undefined;
  const doc = prev.doc!;
  const base = { text: original, ...(uri !== undefined ? { uri } : {}) };
  if (original === prev.text) return { source: { ...base, doc, documentCount: 1, value: prev.value }, problems: duplicates(doc, original) };
  // Lone CRs are line breaks, as parseSource reads them (prepare.ts); same offsets, so the result fits `original`.
  const text = normalizeLineBreaks(original);
  const prevText = normalizeLineBreaks(prev.text);

  const change = textChange(prevText, text);
  const w = locateWindow(doc, prevText, change);
  if (!w) return undefined;
  const delta = text.length - prevText.length;
  const windowText = text.slice(w.start, w.end + delta);
  if (!windowTextFits(windowText, w.indent, w.kind, w.end + delta === text.length)) return undefined;

  const parts = parseAllDocuments(windowText, PARSE_OPTIONS) as Document.Parsed[];
  const part = parts.length === 1 ? parts[0] : undefined;
  if (!part || part.errors.length || part.warnings.length || part.directives.docStart || part.comment || part.commentBefore) return undefined;
  if (!(w.kind === 'map' ? isMap(part.contents) : isSeq(part.contents))) return undefined;
  const coll = part.contents as YAMLMap | YAMLSeq;
  if (coll.flow || coll.range?.[0] !== w.indent || coll.items.length === 0 || coll.comment) return undefined;
  // The last entry borders the lines after the window (blank lines, comments at column <= n), which
  // the standalone parse does not see: block scalars (keep chomping) and an empty last value (`key:`,
  // before or after the edit) take them in, and an empty value with a comment ends where the next
  // line's content starts.
  const oldSection = (doc.contents as YAMLMap).items[w.section].value as YAMLMap | YAMLSeq;
  const empties = [trailingEmpty(coll.items[coll.items.length - 1]), trailingEmpty(oldSection.items[w.last])];
  if (empties.some((e) => e && (w.gap || e.comment !== undefined))) return undefined;
  if (!plainTree(coll.items) || (w.gap && hasBlockScalar([...coll.items, oldSection.items[w.last]]))) return undefined;

  const fresh = coll.items as Item[];
  // Everything that can decline happens before the splice, which may move `prev`'s nodes (consume).
  // A duplicate-free base stays so when the window brings no repeated key: data and duplicate check
  // then come from the window alone.
  const dupFree = knownDuplicateFree(doc) && windowDuplicateFree(oldSection, w, coll);
  let makeValue: (() => unknown) | undefined;
  if (dupFree) {
    try {
      makeValue = planValue(prev.value, doc.contents as YAMLMap, w, fresh, part.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), consume);
    } catch {
      return undefined;
    }
  }
  const whole = makeValue === undefined;
  moveInPlace(fresh, w.start, (doc.contents as YAMLMap).schema);
  // toJS of the whole new Document reads nodes that `prev` keeps, so those are copied, not moved.
  const next = spliceDocument(doc, w, fresh, delta, consume && !whole);
  if (!next) return undefined;
  let value: unknown;
  if (makeValue) value = makeValue();
  else {
    try {
      value = next.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      return undefined;
    }
  }
  plainDocs.set(next, true);
  if (dupFree) noteDuplicates(next, 0);
  const source = { ...base, doc: next, documentCount: 1, value };
  if (whole) return { source, problems: duplicates(next, text) };
  const map = w.kind === 'map';
  const edit: SpliceEdit = {
    previous: doc, section: String(((doc.contents as YAMLMap).items[w.section].key as Scalar).value), kind: w.kind, first: w.first, last: w.last,
    oldKeys: map ? oldSection.items.slice(w.first, w.last + 1).map(keyOf) : [], freshKeys: map ? fresh.map(keyOf) : [], freshCount: fresh.length, change,
  };
  return { source, problems: [], splice: edit };
}

/** duplicateKeyProblems, skipped for a document known to be free of them. */
function duplicates(doc: Document, text: string): ReturnType<typeof duplicateKeyProblems> {
  if (knownDuplicateFree(doc)) return [];
  const out = duplicateKeyProblems(doc, text);
  noteDuplicates(doc, out.length);
  return out;
}

/** The last node in document order under `item`, when it is an empty scalar (`key:` with no value). */
function trailingEmpty(item: unknown): Scalar | undefined {
  for (let n = item; ; ) {
    if (isPair(n)) n = n.value;
    else if ((isMap(n) || isSeq(n)) && n.items.length > 0) n = n.items[n.items.length - 1];
    else return isScalar(n) && n.source === '' ? n : undefined;
  }
}

function hasBlockScalar(items: readonly unknown[]): boolean {
  const stack = [...items];
  while (stack.length) {
    const n = stack.pop();
    if (isScalar(n)) {
      if (n.type === Scalar.BLOCK_LITERAL || n.type === Scalar.BLOCK_FOLDED) return true;
    } else if (isPair(n)) {
      stack.push(n.key, n.value);
    } else if (isMap(n)) {
      for (const p of n.items) stack.push(p.key, p.value);
    } else if (isSeq(n)) {
      for (const it of n.items) stack.push(it);
    }
  }
  return false;
}
