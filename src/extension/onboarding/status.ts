// The language status item of plant files (the {} beside "SmartFab" in the status bar): implementation
// models found, damages still open and the analysis time, from the server's smartfab/documentStatus for
// the active editor's current analysis. A click exports the review report.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_STATUS, type DocumentStatus, type DocumentStatusParams } from '../../server/document-status';
import { smartfabLog } from './log';

/** The item's text ("Models 1, 4 · 3 open damages") and detail ("analysed in 4.2 ms"). */
export function statusText(s: DocumentStatus): { text: string; detail: string } {
  const models = s.models.length ? t('Models {0}', s.models.join(', ')) : t('No model found');
  const damages = s.openDamages.length === 1 ? t('1 open damage') : t('{0} open damages', s.openDamages.length);
  return {
    text: `$(shield) ${models} · ${damages}`,
    detail: t('analysed in {0} ms', s.analysisMs),
  };
}

export function registerLanguageStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.languages.createLanguageStatusItem('smartfab.status', { language: 'smartfab' });
  item.name = 'SmartFab';
  item.text = '$(loading~spin) SmartFab';
  item.command = { command: 'smartfab.exportReport', title: t('Review Report'), tooltip: t('Export the review report of this plant') };
  let asked = 0;

  const refresh = async (): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'smartfab' || !client.isRunning()) return;
    const ask = ++asked;
    try {
      const s = await client.sendRequest<DocumentStatus | null>(DOCUMENT_STATUS, { uri: doc.uri.toString() } satisfies DocumentStatusParams);
      if (ask !== asked || !s) return; // a newer request is on its way
      const { text, detail } = statusText(s);
      item.text = text;
      item.detail = detail;
      item.severity = s.errors > 0 ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
      item.busy = false;
    } catch (e) {
      smartfabLog().debug(`documentStatus failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    // New diagnostics mean a new analysis of that document.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const uri = vscode.window.activeTextEditor?.document.uri.toString();
      if (uri && e.uris.some((u) => u.toString() === uri)) void refresh();
    }),
    client.onDidChangeState(() => void refresh()),
  );
}
