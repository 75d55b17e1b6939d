// "Export SARIF" (all plant files) and "Export Review Report" (the active plant, markdown or HTML).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REPORT, EXPORT_SARIF, type ExportReportParams, type ExportResult, type ExportSarifParams } from '../../server/protocol';
import { findPlantFiles, readPlant } from './files';

async function save(result: ExportResult, defaultName: string, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  if (result.error !== undefined || result.content === undefined) {
    void vscode.window.showErrorMessage(result.error ?? vscode.l10n.t('Nothing to export.'));
    return undefined;
  }
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({ defaultUri: base ? vscode.Uri.joinPath(base, defaultName) : undefined, filters });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
  return target;
}

export async function exportSarif(client: LanguageClient): Promise<vscode.Uri | undefined> {
  const uris = await findPlantFiles();
  if (uris.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No *.smartfab.yaml files in this workspace.'));
    return undefined;
  }
  const files = await Promise.all(uris.map(readPlant));
  const result = await client.sendRequest<ExportResult>(EXPORT_SARIF, { files } satisfies ExportSarifParams);
  const saved = await save(result, 'smartfab.sarif', { SARIF: ['sarif', 'json'] });
  if (saved) void vscode.window.showInformationMessage(vscode.l10n.t('SARIF written to {0}', saved.fsPath || saved.toString()));
  return saved;
}

export async function exportReport(client: LanguageClient, uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'smartfab') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a *.smartfab.yaml file to export its review report.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'Markdown', format: 'markdown' as const, ext: 'md' },
      { label: 'HTML', format: 'html' as const, ext: 'html' },
    ],
    { placeHolder: vscode.l10n.t('Report format') },
  );
  if (!pick) return undefined;
  const params: ExportReportParams = { file: { uri: doc.uri.toString(), text: doc.getText() }, format: pick.format };
  const result = await client.sendRequest<ExportResult>(EXPORT_REPORT, params);
  const name = doc.uri.path.split('/').pop()?.replace(/\.smartfab\.ya?ml$/, '') ?? 'plant';
  const saved = await save(result, `${name}-review.${pick.ext}`, { [pick.label]: [pick.ext] });
  if (saved) await vscode.window.showTextDocument(saved, { preview: true });
  return saved;
}
