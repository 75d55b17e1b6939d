// "SmartFab: Check Workspace": checks every plant file in batches, with cancellable progress, and shows the
// Problems view when something was found.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_FILES, type CheckFilesParams, type CheckFilesResult } from '../../server/protocol';
import { reportError, smartfabLog } from '../onboarding/log';
import { findPlantFiles, readPlant } from './files';

const BATCH = 20;

export async function checkWorkspace(client: LanguageClient): Promise<CheckFilesResult['files']> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('SmartFab: checking plant files'), cancellable: true },
    async (progress, token) => {
      const uris = await findPlantFiles(token);
      if (uris.length === 0) {
        if (!token.isCancellationRequested) void vscode.window.showWarningMessage(vscode.l10n.t('No *.smartfab.yaml files in this workspace.'));
        return [];
      }
      progress.report({ message: `0/${uris.length}` });
      const results: CheckFilesResult['files'][number][] = [];
      try {
        for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
          const files = await Promise.all(uris.slice(i, i + BATCH).map(readPlant));
          const r = await client.sendRequest<CheckFilesResult>(CHECK_FILES, { files } satisfies CheckFilesParams, token);
          results.push(...r.files);
          progress.report({ increment: (files.length / uris.length) * 100, message: `${results.length}/${uris.length}` });
        }
      } catch (e) {
        // Cancelling rejects the pending request: report what was checked; anything else is an error.
        if (!token.isCancellationRequested) {
          reportError(e instanceof Error ? e.message : String(e));
          return results;
        }
      }
      const errors = results.reduce((n, f) => n + f.errors, 0);
      const warnings = results.reduce((n, f) => n + f.warnings, 0);
      smartfabLog().info(`Checked ${results.length} plant files: ${errors} errors, ${warnings} warnings`);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('SmartFab checked {0} files: {1} errors, {2} warnings.', results.length, errors, warnings),
      );
      if (errors + warnings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
      return results;
    },
  );
}
