// Language server entry point (bundled to dist/server.js). The transport comes from the command
// line: --stdio, --node-ipc or --socket=<port>, as vscode-languageclient and other editors pass it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ParamsGuard } from './guard';
import { startServer } from './start';

const guard = new ParamsGuard();
startServer(createConnection(ProposedFeatures.all, guard.options), guard);
