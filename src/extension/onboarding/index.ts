// First-use features: "New Plant…", the language status item, code actions before the server is ready,
// the log and walkthrough commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerEarlyCodeActions } from './early-code-actions';
import { smartfabLog } from './log';
import { newPlant } from './new-plant';
import { registerLanguageStatus } from './status';

export const ONBOARDING_COMMANDS = {
  newPlant: 'smartfab.newPlant',
  showLog: 'smartfab.showLog',
  getStarted: 'smartfab.getStarted',
} as const;

export const WALKTHROUGH_ID = 'smartfab.gettingStarted';

export function registerOnboarding(context: vscode.ExtensionContext, client: LanguageClient, started: Promise<void>): void {
  registerLanguageStatus(context, client);
  registerEarlyCodeActions(context, client, started);
  context.subscriptions.push(
    vscode.commands.registerCommand(ONBOARDING_COMMANDS.newPlant, (models?: unknown) =>
      newPlant(context.extensionUri, Array.isArray(models) && models.every((m) => typeof m === 'number') ? models : undefined),
    ),
    vscode.commands.registerCommand(ONBOARDING_COMMANDS.showLog, () => smartfabLog().show()),
    vscode.commands.registerCommand(ONBOARDING_COMMANDS.getStarted, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false),
    ),
  );
}
