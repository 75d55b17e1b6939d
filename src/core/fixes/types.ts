import type { TextEdit } from '../edit/text-edit';

/** A proposed change for a problem; `edits` are offsets into the text the fix was computed on. */
export interface Fix {
  readonly title: string;
  readonly kind: 'quickfix' | 'source.fixAll';
  readonly isPreferred?: boolean;
  readonly edits: TextEdit[];
}
