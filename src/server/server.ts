// Language server entry point (bundled to dist/server.js). The transport comes from the command
// line: --stdio, --node-ipc or --socket=<port>, as vscode-languageclient and other editors pass it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './start';

startServer(createConnection(ProposedFeatures.all));
