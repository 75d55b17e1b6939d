// Serialises only the NEW fragments an edit inserts (the rest of the file is never re-serialised),
// through the `yaml` package so quoting is always right. Short lists of scalars are written in
// flow style (`via: [fw1]`), as docs/format.md does.
import { Document, isCollection, isMap, isSeq, visit, type ToStringOptions } from 'yaml';
import type { Style } from './source';

/**
 * Characters a written text may not carry raw: line breaks (YAML's, plus NEL and the Unicode separators
 * that editors break lines on), other control characters, and invisible format characters such as bidi
 * overrides (U+202E) or zero-width spaces (joiners, which scripts and emoji need, excepted), and lone
 * surrogates (not storable as UTF-8). Texts holding one are written double-quoted, with escapes.
 */
const NEEDS_ESCAPE = /[\n\r\u0085\u2028\u2029]|[^\P{Cc}\t]|[^\P{Cf}\u200c\u200d]|\p{Cs}/u;
/** What yaml may leave raw inside double quotes (DEL, C1, separators, format characters): escaped after rendering. */
const RAW_IN_QUOTES = /[\u0085\u2028\u2029]|[^\P{Cc}\t\n\r]|[^\P{Cf}\u200c\u200d]|\p{Cs}/gu;

function escapeRaw(s: string): string {
  return s.replace(RAW_IN_QUOTES, (c) => {
    const cp = c.codePointAt(0)!;
    return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });
}

function toDoc(value: unknown, flowAll: boolean): Document {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, s) {
      // A multi-line text stays on one line, escaped: a plain or block scalar would break a flow
      // collection it is inserted into, and its indentation would depend on where it lands.
      if (typeof s.value === 'string' && NEEDS_ESCAPE.test(s.value)) s.type = 'QUOTE_DOUBLE';
    },
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
  const s = escapeRaw(toDoc([value], true).toString({ lineWidth: 0, flowCollectionPadding: false }).trim());
  return s.slice(1, -1);
}

/** `key: value` in flow style (for inserting into a flow mapping). */
export function renderFlowPair(key: string, value: unknown): string {
  return escapeRaw(toDoc({ [key]: value }, true).toString({ lineWidth: 0, flowCollectionPadding: false }).trim()).slice(1, -1);
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
  return indentLines(escapeRaw(doc.toString(options(style))), col);
}

/** A block sequence item with its dash at column `col` and `gap` spaces after the dash (`-   a: 1`). */
export function renderBlockItem(value: unknown, col: number, style: Style, gap = 1): string[] {
  const doc = toDoc([value], false);
  if (isSeq(doc.contents)) doc.contents.flow = false;
  const lines = indentLines(escapeRaw(doc.toString({ ...options(style), indentSeq: false })), 0);
  const pad = ' '.repeat(col);
  // yaml writes "- " and indents continuation lines by 2; re-space both to the file's gap.
  return lines.map((l, i) => (l.length === 0 ? l : pad + (i === 0 ? '-' + ' '.repeat(gap) : ' '.repeat(gap + 1)) + l.slice(2)));
}
