// Extension entry point: stays tiny so activation is cheap; features register themselves from here.
import type * as vscode from 'vscode';
import { registerDiagram } from './diagram/index';
import { registerLspCommands } from './commands/index';
import { createLanguageClient } from './language-client';

export function activate(_context: vscode.ExtensionContext): void {
  // Language client and diagram registration are added here as those features land.
  registerDiagram(_context);
  // The server starts in the background; activation does not wait for it.
  const client = createLanguageClient(_context);
  _context.subscriptions.push(client);
  registerLspCommands(_context, client);
  void client.start();
}

export function deactivate(): void {}
