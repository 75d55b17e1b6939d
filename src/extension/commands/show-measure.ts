// `smartfab.showMeasure` (document links on countermeasure IDs): the ID's documentation as a
// rendered markdown preview.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CATALOG_DOC, type CatalogDocParams, type CatalogDocResult } from '../../server/protocol';

export async function showMeasure(client: LanguageClient, id: unknown): Promise<void> {
  if (typeof id !== 'string' || !id) return;
  const r = await client.sendRequest<CatalogDocResult>(CATALOG_DOC, { id } satisfies CatalogDocParams);
  if (!r.markdown) {
    void vscode.window.showWarningMessage(t('Unknown countermeasure or threat ID: {0}', id));
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown });
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
}
