// "SmartFab: Export Risk Register": CSV (register + coverage CSV beside it) or Excel (two sheets), built by
// the server with progress, written where the user chose, then revealed.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REGISTER, type ExportRegisterParams, type ExportRegisterResult } from '../../server/review-protocol';

export async function exportRegister(client: LanguageClient, uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'smartfab') {
    void vscode.window.showWarningMessage(t('Open a *.smartfab.yaml file to export its risk register.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'Excel (.xlsx)', format: 'xlsx' as const, ext: 'xlsx' },
      { label: 'CSV', format: 'csv' as const, ext: 'csv' },
    ],
    { placeHolder: t('Register format') },
  );
  if (!pick) return undefined;
  const base = doc.uri.path.split('/').pop()!.replace(/\.smartfab\.ya?ml$/i, '');
  const folder = doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}-risk-register.${pick.ext}`) : undefined,
    filters: { [pick.label]: [pick.ext] },
  });
  if (!target) return undefined;
  const params: ExportRegisterParams = {
    file: { uri: doc.uri.toString(), path: vscode.workspace.asRelativePath(doc.uri, false), text: doc.getText() },
    format: pick.format,
    reportName: target.path.split('/').pop(),
  };
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('SmartFab: exporting the risk register') }, async () => {
    try {
      return await client.sendRequest<ExportRegisterResult>(EXPORT_REGISTER, params);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) } as ExportRegisterResult;
    }
  });
  if (result.error !== undefined || (result.content === undefined && result.base64 === undefined)) {
    void vscode.window.showErrorMessage(result.error ?? t('Nothing to export.'));
    return undefined;
  }
  try {
    for (const a of result.attachments ?? []) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, '..', a.name), new TextEncoder().encode(a.content));
    const bytes = result.base64 !== undefined ? Uint8Array.from(Buffer.from(result.base64, 'base64')) : new TextEncoder().encode(result.content);
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (e) {
    void vscode.window.showErrorMessage(t('Cannot write {0}: {1}', target.fsPath || target.toString(), e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  void vscode.window.showInformationMessage(t('Risk register written to {0}', target.fsPath || target.toString()));
  return target;
}
