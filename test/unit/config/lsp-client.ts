// An in-process language server over in-memory streams with a minimal client, for tests that open plant and
// config documents in a workspace folder and wait for the diagnostics the server publishes.
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ParamsGuard } from '../../../src/server/guard';
import { startServer } from '../../../src/server/start';

export interface TestClient {
  readonly rpc: MessageConnection;
  /** The latest diagnostics per URI. */
  readonly published: Map<string, PublishDiagnosticsParams>;
  /** Resolves with the first publication for `uri` (now or later) for which `pred` holds. */
  until(uri: string, pred: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  /** Replaces the whole text (full-document change) with the next version. */
  change(uri: string, text: string): Promise<void>;
  dispose(): void;
}

/** Starts a server for workspace folder `dir`; `settings` answers every workspace/configuration item. */
export async function startTestServer(dir: string, settings: Record<string, unknown> = {}, locale = 'en'): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const guard = new ParamsGuard();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient), guard.options), guard);
  const rpc = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.set(p.uri, p);
    for (const w of waiters.splice(0)) {
      if (w.uri === p.uri && w.pred(p)) w.resolve(p);
      else waiters.push(w);
    }
  });
  rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  rpc.onRequest('client/registerCapability', () => null);
  rpc.listen();
  const root = pathToFileURL(dir).href;
  await rpc.sendRequest('initialize', {
    processId: null, // else the server polls for this process and keeps mocha alive
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'w' }],
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { locale, settings: { debounceMs: 0, ...settings } },
  });
  await rpc.sendNotification('initialized', {});
  const versions = new Map<string, number>();
  return {
    rpc,
    published,
    until: (uri, pred) =>
      new Promise((resolve) => {
        const now = published.get(uri);
        if (now && pred(now)) resolve(now);
        else waiters.push({ uri, pred, resolve });
      }),
    open: async (uri, text, languageId = 'smartfab') => {
      versions.set(uri, 1);
      await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    change: async (uri, text) => {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    dispose: () => {
      rpc.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
}
