// Extension entry point: stays tiny so activation is cheap; each feature registers itself from here.
import type * as vscode from 'vscode';
import { registerLspCommands } from './commands/index';
import { registerDiagram } from './diagram/index';
import { createLanguageClient } from './language-client';

export function activate(context: vscode.ExtensionContext): void {
  // The server starts in the background; activation does not wait for it.
  const client = createLanguageClient(context);
  context.subscriptions.push(client);
  registerDiagram(context, client);
  registerLspCommands(context, client);
  void client.start();
}

export function deactivate(): void {}
