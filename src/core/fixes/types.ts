import type { TextEdit } from '../edit/text-edit';

/** A proposed change for a problem; `edits` are offsets into the text the fix was computed on. */
export interface Fix {
  readonly title: string;
  readonly kind: 'quickfix' | 'source.fixAll';
  readonly isPreferred?: boolean;
  readonly edits: TextEdit[];
  /**
   * An editor command that asks the user first (e.g. "Accept risk…" asks for the justification) and then
   * applies its own edit; clients that run it get it instead of `edits` (which then hold a placeholder).
   */
  readonly interactive?: { readonly command: string; readonly arguments: readonly unknown[] };
}
