// "Accept risk…" / "Mark as false positive…": asks for the justification, then applies the edit the
// server computes with the core review edit functions as one workspace edit (one undo step).
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DECIDE_RISK, type DecideRiskParams, type DecideRiskResult } from '../../server/review-protocol';

/** `arg.justification`, when given (scripts, tests), is used instead of asking. */
export async function decideRisk(client: LanguageClient, uri: unknown, arg: unknown): Promise<boolean> {
  const a = (arg ?? {}) as { key?: unknown; status?: unknown; justification?: unknown };
  if (typeof uri !== 'string' || typeof a.key !== 'string' || typeof a.status !== 'string') return false;
  const status = a.status as DecideRiskParams['status'];
  const given = typeof a.justification === 'string' && a.justification.trim() !== '' ? a.justification : undefined;
  const justification = given ?? await vscode.window.showInputBox({
    title: status === 'false-positive' ? t('Mark {0} as a false positive', a.key) : t('Accept the risk {0}', a.key),
    prompt: t('Justification (required): why is this decision right for this plant?'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? t('A justification is required.') : undefined),
  });
  if (justification === undefined) return false;
  const params: DecideRiskParams = { uri, key: a.key, status, justification };
  const r = await client.sendRequest<DecideRiskResult>(DECIDE_RISK, params);
  if (r.error !== undefined || !r.edits) {
    void vscode.window.showErrorMessage(r.error ?? t('The decision could not be recorded.'));
    return false;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || (r.version !== undefined && doc.version !== r.version)) {
    void vscode.window.showWarningMessage(t('The file changed meanwhile; try again.'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    doc.uri,
    r.edits.map((e) => new vscode.TextEdit(new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText)),
  );
  return vscode.workspace.applyEdit(edit);
}
