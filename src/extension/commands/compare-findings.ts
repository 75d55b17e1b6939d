// "SmartFab: Compare Findings with…": HEAD, another revision or branch, or a file; the server compares
// the open plant's findings with that revision's and the Markdown opens beside the text.
import * as vscode from 'vscode';
import { t } from '../l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMPARE_FINDINGS, type CompareFindingsParams, type CompareFindingsResult } from '../../server/review-protocol';

async function pickAgainst(): Promise<CompareFindingsParams['against'] | undefined> {
  const head = t('HEAD (last commit)');
  const rev = t('A branch or revision…');
  const file = t('A file…');
  const choice = await vscode.window.showQuickPick([head, rev, file], { title: t('Compare findings with') });
  if (choice === head) return { rev: 'HEAD' };
  if (choice === rev) {
    const r = await vscode.window.showInputBox({ title: t('Compare findings with'), prompt: t('Git branch, tag or commit'), value: 'main' });
    return r && r.trim() ? { rev: r.trim() } : undefined;
  }
  if (choice === file) {
    const f = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { SmartFab: ['yaml', 'yml'] } });
    return f?.[0] ? { fileUri: f[0].toString() } : undefined;
  }
  return undefined;
}

/** Returns the opened comparison document (for tests), or undefined when cancelled or failed. */
export async function compareFindings(client: LanguageClient, uri?: vscode.Uri, against?: CompareFindingsParams['against']): Promise<vscode.TextDocument | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(t('Open a plant file first.'));
    return undefined;
  }
  const side = against ?? (await pickAgainst());
  if (!side) return undefined;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Comparing findings…') }, async () => {
    try {
      return await client.sendRequest<CompareFindingsResult>(COMPARE_FINDINGS, { uri: target.toString(), against: side } satisfies CompareFindingsParams);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  });
  if (result.markdown === undefined) {
    void vscode.window.showErrorMessage(result.error ?? t('The findings could not be compared.'));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return doc;
}
