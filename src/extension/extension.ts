// Extension entry point: stays tiny so activation is cheap; each feature registers itself from here.
import type * as vscode from 'vscode';
import { registerLspCommands } from './commands/index';
import { registerDiagram } from './diagram/index';
import { followLanguageSetting } from './l10n';
import { createLanguageClient } from './language-client';
import { registerOnboarding } from './onboarding/index';
import { registerLog } from './onboarding/log';

export function activate(context: vscode.ExtensionContext): void {
  followLanguageSetting(context);
  const log = registerLog(context);
  log.info(`SmartFab ${String(context.extension.packageJSON.version)} activating (${context.extensionUri.toString()})`);
  // The server starts in the background; activation does not wait for it.
  const client = createLanguageClient(context, log);
  context.subscriptions.push(client);
  registerDiagram(context, client);
  registerLspCommands(context, client);
  const started = client.start();
  registerOnboarding(context, client, started);
  started.then(
    () => log.info('Language server started'),
    (e: unknown) => log.error(`The language server failed to start: ${e instanceof Error ? e.message : String(e)}`),
  );
}

export function deactivate(): void {}
