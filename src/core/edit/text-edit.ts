// The one edit shape shared by quick-fixes (LSP TextEdit) and the diagram (WorkspaceEdit):
// offsets into the ORIGINAL text, non-overlapping, so undo/redo and git diffs stay minimal.

export interface TextEdit {
  /** Start offset (inclusive) into the original text. */
  readonly start: number;
  /** End offset (exclusive) into the original text. */
  readonly end: number;
  readonly newText: string;
}

/** Every edit operation returns its edits, or an error message for the user (errors are values). */
export type EditResult = { readonly edits: TextEdit[] } | { readonly error: string };

export function isEditError(r: EditResult): r is { readonly error: string } {
  return 'error' in r;
}

/** Sorts edits by position; insertions at the same offset keep their given order. */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
}

/** The first pair of edits that overlap (touching is fine), if any. */
export function findOverlap(edits: readonly TextEdit[]): [TextEdit, TextEdit] | undefined {
  const sorted = sortEdits(edits);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur.start < prev.end) return [prev, cur];
  }
  return undefined;
}

/** Applies non-overlapping edits (offsets into `text`); throws on overlap or out-of-range edits (a bug). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  if (findOverlap(sorted)) throw new Error('applyEdits: overlapping edits');
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end > text.length || e.start > e.end) throw new Error('applyEdits: edit out of range');
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
