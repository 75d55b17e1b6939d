// Rename of an element id through the core edit function (key and every reference, comments kept).
import type { TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { renameElement } from '../edit';
import { isEditError } from '../edit/text-edit';
import type { LineIndex } from '../text/line-index';
import { toLspEdits } from './code-actions';
import { t } from './l10n';
import { elementAt } from './navigation';
import type { PlantIndex } from './plant-index';

export function renameEdits(index: PlantIndex, text: string, offset: number, newName: string, li: LineIndex): { edits: LspTextEdit[] } | { error: string } {
  const el = elementAt(index, offset);
  if (!el || !el.def) return { error: t('Only zone, device, conduit and flow ids can be renamed.') };
  if (newName === el.id) return { edits: [] };
  const r = renameElement(text, el.id, newName);
  if (isEditError(r)) return { error: r.error };
  return { edits: toLspEdits(r.edits, li) };
}
