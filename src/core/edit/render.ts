// Serialises only the NEW fragments an edit inserts (the rest of the file is never re-serialised),
// through the `yaml` package so quoting is always right. Short lists of scalars are written in
// flow style (`via: [fw1]`), as docs/format.md does.
import { Document, isCollection, isMap, isSeq, visit, type ToStringOptions } from 'yaml';
import type { Style } from './source';

function toDoc(value: unknown, flowAll: boolean): Document {
  const doc = new Document(value);
  visit(doc, {
    Map(_, m) {
      if (flowAll) m.flow = true;
    },
    Seq(_, s) {
      if (flowAll || s.items.every((i) => !isCollection(i))) s.flow = true;
    },
  });
  return doc;
}

function options(style: Style): ToStringOptions {
  return { indent: style.indent, indentSeq: style.seqIndent, lineWidth: 0, flowCollectionPadding: false };
}

/** A value in flow style, safe inside `[...]` / `{...}` as well as in block context. */
export function renderFlow(value: unknown): string {
  // Rendered inside a flow sequence so scalars get flow-safe quoting, then unwrapped.
  const s = toDoc([value], true).toString({ lineWidth: 0, flowCollectionPadding: false }).trim();
  return s.slice(1, -1);
}

/** `key: value` in flow style (for inserting into a flow mapping). */
export function renderFlowPair(key: string, value: unknown): string {
  return toDoc({ [key]: value }, true).toString({ lineWidth: 0, flowCollectionPadding: false }).trim().slice(1, -1);
}

function indentLines(s: string, col: number): string[] {
  const pad = ' '.repeat(col);
  return s
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l.length > 0 ? pad + l : l));
}

/** A block mapping entry at column `col`; `valueFlow` writes its value as a flow collection. */
export function renderBlockPair(key: string, value: unknown, col: number, style: Style, valueFlow = false): string[] {
  const doc = toDoc({ [key]: value }, false);
  if (valueFlow && isMap(doc.contents)) {
    const v = doc.contents.items[0]?.value;
    if (isMap(v) || isSeq(v)) {
      visit(v, {
        Map(_, m) {
          m.flow = true;
        },
        Seq(_, s) {
          s.flow = true;
        },
      });
    }
  }
  return indentLines(doc.toString(options(style)), col);
}

/** A block sequence item with its dash at column `col` and `gap` spaces after the dash (`-   a: 1`). */
export function renderBlockItem(value: unknown, col: number, style: Style, gap = 1): string[] {
  const doc = toDoc([value], false);
  if (isSeq(doc.contents)) doc.contents.flow = false;
  const lines = indentLines(doc.toString({ ...options(style), indentSeq: false }), 0);
  const pad = ' '.repeat(col);
  // yaml writes "- " and indents continuation lines by 2; re-space both to the file's gap.
  return lines.map((l, i) => (l.length === 0 ? l : pad + (i === 0 ? '-' + ' '.repeat(gap) : ' '.repeat(gap + 1)) + l.slice(2)));
}
