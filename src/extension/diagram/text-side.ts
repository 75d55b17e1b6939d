// The diagram's actions on the text beside it: reveal an element, apply a diagram edit as one WorkspaceEdit,
// undo/redo and Show Source. None of them takes keyboard focus unless the user asked for the text (issue 10).
import * as vscode from 'vscode';
import type { EditRequest } from '../../core/diagram/protocol';
import type { DiagramModel } from '../../core/diagram/types';
import { t } from '../l10n';
import { LineIndex } from '../../core/text/line-index';
import { describeRemoval, editFor } from './edits';
import { spanOfElement } from './selection';

const visibleEditor = (document: vscode.TextDocument): vscode.TextEditor | undefined =>
  vscode.window.visibleTextEditors.find((e) => e.document === document);

/** Moves the text cursor to an element, in a visible editor (opened beside if none), never taking focus. */
export async function revealElement(document: vscode.TextDocument, model: DiagramModel | undefined, elementId: string): Promise<void> {
  const span = model && spanOfElement(model, elementId);
  if (!span) return;
  const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const editor = visibleEditor(document) ?? (await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }));
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export type EditOutcome = { readonly error: string } | { readonly applied: boolean; readonly notice?: string };

/**
 * Applies a diagram edit request to `document` as one WorkspaceEdit (one undo step). `model` must be the
 * picture of this very version. `expectVersion` is told the version the edit will produce before it is
 * applied (the change event fires during applyEdit). A delete says what it removed (`notice`).
 */
export async function applyDiagramEdit(
  document: vscode.TextDocument,
  msg: EditRequest,
  model: DiagramModel | undefined,
  expectVersion: (version: number, expected: boolean) => void,
): Promise<EditOutcome> {
  const text = document.getText();
  const result = editFor(text, msg, model);
  if ('error' in result) return { error: result.error };
  if (result.edits.length === 0) return { applied: false };
  const lines = new LineIndex(text);
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    const r = lines.range(e);
    edit.replace(document.uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), e.newText);
  }
  const next = document.version + 1;
  expectVersion(next, true);
  if (!(await vscode.workspace.applyEdit(edit))) {
    expectVersion(next, false);
    return { error: t('The edit could not be applied.') };
  }
  // Say what went, references included: a delete is never silent.
  return msg.op === 'delete' ? { applied: true, notice: describeRemoval(text, result, msg.args.elementId) } : { applied: true };
}

/** Undo / redo of the text from the preview: VS Code's own undo stack of the text, so they stay one. */
export async function undoRedoText(document: vscode.TextDocument, panel: vscode.WebviewPanel, command: 'undo' | 'redo'): Promise<void> {
  await vscode.window.showTextDocument(document, { viewColumn: visibleEditor(document)?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  await vscode.commands.executeCommand(command);
  panel.reveal(panel.viewColumn, false); // back to the diagram, where the user pressed the key
}

/** The text beside the diagram (the "Show Source" button). */
export async function showSourceOf(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<void> {
  const column = visibleEditor(document)?.viewColumn ?? (panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
  await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
}
