// Incremental reparse for the language server. After a local edit only the edited entries are parsed
// again, standalone, and spliced into the previous version's Document. The outcome is the one
// parseSource gives for the new text (same Document ranges and values, same problems); whenever that
// cannot be guaranteed for an edit (see incremental-window.ts) it simply is parseSource.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { textChange } from '../lsp/stable-problems';
import { moveInPlace, plainTree, spliceDocument, type Item } from './incremental-splice';
import { locateWindow, windowTextFits } from './incremental-window';
import { normalizeLineBreaks } from './prepare';
import { duplicateKeyProblems, MAX_ALIAS_COUNT, MAX_TEXT_LENGTH, PARSE_OPTIONS, parseSource, type ParsedSource, type ParseOutcome } from './source';

export interface ReparseOutcome extends ParseOutcome {
  /** The previous Document was reused; false when the text was parsed in full. */
  readonly incremental: boolean;
}

/** Documents known to be plain (no aliases, anchors, tags; default directives; block root map). */
const plainDocs = new WeakMap<Document, boolean>();

/** Whether `source` can be the base of an incremental reparse: one error- and warning-free plain document. */
export function reusable(source: ParsedSource | undefined): boolean {
  const doc = source?.doc;
  if (!doc || source.documentCount !== 1 || !('value' in source) || doc.errors.length > 0 || doc.warnings.length > 0) return false;
  let plain = plainDocs.get(doc);
  if (plain === undefined) {
    plain = isMap(doc.contents) && !doc.contents.flow && doc.directives.yaml.version === '1.2' && plainTree([doc.contents]);
    plainDocs.set(doc, plain);
  }
  return plain;
}

/**
 * The parse of `text`, reusing `previous` (an earlier version of the same file, typically the last
 * one without errors) when the edit between them is confined to whole entries of one section.
 * Never throws; `previous` is left untouched and stays valid.
 */
export function reparseSource(previous: ParsedSource | undefined, text: string, uri?: string): ReparseOutcome {
  let reused: ParseOutcome | undefined;
  try {
    reused = previous ? splice(previous, text, uri) : undefined;
  } catch {
    reused = undefined; // an unforeseen shape: the full parse is always right
  }
  return reused ? { ...reused, incremental: true } : { ...parseSource(text, uri), incremental: false };
}

function splice(prev: ParsedSource, original: string, uri: string | undefined): ParseOutcome | undefined {
  if (original.length > MAX_TEXT_LENGTH || !reusable(prev)) return undefined;
  const doc = prev.doc!;
  const base = { text: original, ...(uri !== undefined ? { uri } : {}) };
  if (original === prev.text) return { source: { ...base, doc, documentCount: 1, value: prev.value }, problems: duplicateKeyProblems(doc, original) };
  // Lone CRs are line breaks, as parseSource reads them (prepare.ts); same offsets, so the Document fits `original`.
  const text = normalizeLineBreaks(original);
  const prevText = normalizeLineBreaks(prev.text);

  const w = locateWindow(doc, prevText, textChange(prevText, text));
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
  moveInPlace(fresh, w.start, (doc.contents as YAMLMap).schema);
  const next = spliceDocument(doc, w, fresh, delta);
  if (!next) return undefined;
  let value: unknown;
  try {
    value = next.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
  plainDocs.set(next, true);
  return { source: { ...base, doc: next, documentCount: 1, value }, problems: duplicateKeyProblems(next, text) };
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
