// Code actions asked for before the language client is ready (Ctrl+. right after opening a plant, while the
// server still starts): VS Code would answer "No code actions available", as the client registers its
// provider only once the server has initialised. This provider waits for the client instead and asks the
// server, which answers for the document's current version. Once the client is ready it steps aside (the
// client's own provider answers), so no action is offered twice.
import * as vscode from 'vscode';
import { CodeActionRequest, type LanguageClient } from 'vscode-languageclient/node';
import { smartfabLog } from './log';

export function registerEarlyCodeActions(context: vscode.ExtensionContext, client: LanguageClient, started: Promise<void>): void {
  let ready = false;
  void started.then(() => (ready = true), () => (ready = true));
  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(document, range, ctx, token) {
      if (ready) return [];
      try {
        await started;
        if (token.isCancellationRequested) return [];
        const params = {
          textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document),
          range: client.code2ProtocolConverter.asRange(range),
          context: await client.code2ProtocolConverter.asCodeActionContext(ctx, token),
        };
        const result = await client.sendRequest(CodeActionRequest.type, params, token);
        return result ? ((await client.protocol2CodeConverter.asCodeActionResult(result, token)) as vscode.CodeAction[]) : [];
      } catch (e) {
        smartfabLog().debug(`early code actions: ${e instanceof Error ? e.message : String(e)}`);
        return [];
      }
    },
  };
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider({ language: 'smartfab' }, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
}
