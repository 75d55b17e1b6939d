// Starts the SmartFab language server (dist/server.js) over IPC and connects it to VS Code.
import * as vscode from 'vscode';
import { t } from './l10n';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Schemes served: local files, untitled buffers and the usual virtual / remote file systems. */
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vsls', 'memfs', 'vscode-test-web'];

/** `log` receives the client's and the server's messages (the SmartFab output channel). */
export function createLanguageClient(context: vscode.ExtensionContext, log?: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Plant files, and smartfab.config.yaml (the server validates it and offers hover and completion: VS Code's
    // yamlValidation needs the Red Hat YAML extension).
    documentSelector: [...SCHEMES.map((scheme) => ({ language: 'smartfab', scheme })), ...SCHEMES.map((scheme) => ({ scheme, pattern: '**/smartfab.config.yaml' }))],
    initializationOptions: {
      locale: vscode.env.language,
      settings: vscode.workspace.getConfiguration('smartfab'),
      // Code actions may then be commands that ask first ("Accept risk…" asks for the justification).
      interactiveCommands: true,
      // In untrusted workspaces the server ignores smartfab.config.yaml's docsBaseUrl (restricted like the setting).
      trusted: vscode.workspace.isTrusted,
      // Problem code links open these bundled pages while no smartfab.docsBaseUrl is set.
      docsUri: vscode.Uri.joinPath(context.extensionUri, 'docs').toString(),
    },
    // The server re-reads configurations when one changes.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/smartfab.config.yaml') },
    ...(log ? { outputChannel: log } : {}),
    diagnosticCollectionName: 'smartfab',
  };
  const client = new LanguageClient('smartfab', t('SmartFab Language Server'), serverOptions, clientOptions);
  // The server learns the workspace trust at start (it gates the configuration's docsBaseUrl): restart on a grant.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client.restart()));
  return client;
}
