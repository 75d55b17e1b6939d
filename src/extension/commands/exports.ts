// "Export SARIF" (all plant files) and "Export Review Report" (the active plant, markdown or HTML). Both ask
// where to save first (nothing is computed if the dialog is cancelled), build the export in the language
// server with progress, write it (plus the markdown report's SVG beside it) and open the result.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REPORT, EXPORT_SARIF, type ExportReportParams, type ExportResult, type ExportSarifParams } from '../../server/protocol';
import { baseName, reviewReportName, SARIF_NAME } from './export-names';
import { findPlantFiles, readPlant } from './files';
import { reportError, smartfabLog } from '../onboarding/log';

const folderOf = (uri: vscode.Uri) => vscode.Uri.joinPath(uri, '..');

function defaultFolder(near?: vscode.Uri): vscode.Uri | undefined {
  if (near && near.scheme !== 'untitled') return folderOf(near);
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function askTarget(name: string, near: vscode.Uri | undefined, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  const folder = defaultFolder(near);
  return vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters });
}

/** Runs the server request under a progress notification; a failed request becomes an error result. */
function request(client: LanguageClient, title: string, method: string, params: object): Thenable<ExportResult> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, async () => {
    try {
      return await client.sendRequest<ExportResult>(method, params);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  });
}

/** Writes the attachments, then the export itself; false (after telling the user) when there is nothing to write. */
async function write(target: vscode.Uri, result: ExportResult): Promise<boolean> {
  if (result.error !== undefined || result.content === undefined) {
    reportError(result.error ?? vscode.l10n.t('Nothing to export.'));
    return false;
  }
  const encode = (s: string) => new TextEncoder().encode(s);
  let at = target;
  try {
    for (const a of result.attachments ?? []) await vscode.workspace.fs.writeFile((at = vscode.Uri.joinPath(folderOf(target), a.name)), encode(a.content));
    await vscode.workspace.fs.writeFile((at = target), encode(result.content));
    smartfabLog().info(`Wrote ${target.toString()}${result.attachments?.length ? ` and ${result.attachments.map((a) => a.name).join(', ')}` : ''}`);
    return true;
  } catch (e) {
    reportError(vscode.l10n.t('Cannot write {0}: {1}', at.fsPath || at.toString(), e instanceof Error ? e.message : String(e)));
    return false;
  }
}

export async function exportSarif(client: LanguageClient): Promise<vscode.Uri | undefined> {
  const uris = await findPlantFiles();
  if (uris.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No *.smartfab.yaml files in this workspace.'));
    return undefined;
  }
  const target = await askTarget(SARIF_NAME, undefined, { SARIF: ['sarif', 'json'] });
  if (!target) return undefined;
  const files = await Promise.all(uris.map(readPlant));
  const result = await request(client, vscode.l10n.t('SmartFab: exporting SARIF'), EXPORT_SARIF, { files } satisfies ExportSarifParams);
  if (!(await write(target, result))) return undefined;
  await vscode.window.showTextDocument(target, { preview: true });
  void vscode.window.showInformationMessage(vscode.l10n.t('SARIF written to {0}', target.fsPath || target.toString()));
  return target;
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
  const target = await askTarget(reviewReportName(doc.uri.path, pick.format), doc.uri, { [pick.label]: [pick.ext] });
  if (!target) return undefined;
  const params: ExportReportParams = {
    file: { uri: doc.uri.toString(), path: vscode.workspace.asRelativePath(doc.uri, false), text: doc.getText() },
    format: pick.format,
    reportName: baseName(target.path),
  };
  const result = await request(client, vscode.l10n.t('SmartFab: exporting the review report'), EXPORT_REPORT, params);
  if (!(await write(target, result))) return undefined;
  await openReport(target, pick.format);
  return target;
}

/** Markdown in the built-in preview (the diagram renders there); HTML in the browser, else as text. */
async function openReport(target: vscode.Uri, format: 'markdown' | 'html'): Promise<void> {
  if (format === 'markdown') {
    await vscode.commands.executeCommand('markdown.showPreview', target);
    return;
  }
  const opened = target.scheme === 'file' && (await vscode.env.openExternal(target));
  if (!opened) await vscode.window.showTextDocument(target, { preview: true });
}
