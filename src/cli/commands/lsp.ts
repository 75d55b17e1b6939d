// `smartfab lsp --stdio`: runs the language server over stdin/stdout for any LSP client (Neovim,
// Helix, Emacs...). Resolves with the exit code when the client closes the connection.
import { t } from '../../core/l10n/lang';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ParamsGuard } from '../../server/guard';
import { startServer } from '../../server/start';

export interface LspIo {
  out(s: string): void;
  err(s: string): void;
}

export function runLsp(args: string[], io: LspIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${t('Usage: {0}', 'smartfab lsp --stdio')}\n\n${t('Starts the SmartFab language server on stdin/stdout (see docs/editors.md).')}\n`);
    return Promise.resolve(0);
  }
  if (!args.includes('--stdio')) {
    io.err(`smartfab lsp: ${t('only --stdio is supported (usage: smartfab lsp --stdio)')}\n`);
    return Promise.resolve(2);
  }
  return new Promise<number>((resolve) => {
    const guard = new ParamsGuard();
    const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout, guard.options);
    connection.onExit(() => resolve(0));
    startServer(connection, guard);
  });
}
