// The SmartFab log (Output ▸ SmartFab): one LogOutputChannel with levels, where the extension, the language
// client and the diagram write what they do and every error a user should be able to look up.
import * as vscode from 'vscode';
import { t } from '../l10n';

let channel: vscode.LogOutputChannel | undefined;

/** The shared channel, created on first use (disposed with the extension through `registerLog`). */
export function smartfabLog(): vscode.LogOutputChannel {
  return (channel ??= vscode.window.createOutputChannel('SmartFab', { log: true }));
}

export function registerLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const log = smartfabLog();
  context.subscriptions.push(log, { dispose: () => (channel = undefined) });
  return log;
}

/** Logs an error and shows it with a "Show Log" button that opens the channel. */
export function reportError(message: string): void {
  smartfabLog().error(message);
  const show = t('Show Log');
  void vscode.window.showErrorMessage(message, show).then((choice) => {
    if (choice === show) smartfabLog().show(true);
  });
}
