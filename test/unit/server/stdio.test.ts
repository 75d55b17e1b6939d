// Spawns the bundled server (`node server.js --stdio`) and speaks LSP to it over stdio with
// vscode-jsonrpc: no VS Code involved. The bundle is built fresh into a temp folder.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { PLANT } from '../lsp/fixture';

const ROOT = join(__dirname, '..', '..', '..');
const URI = 'file:///stdio/plant.smartfab.yaml';

describe('server over stdio', function () {
  let dir: string;
  let child: ChildProcess;
  let rpc: MessageConnection;
  /** Diagnostics notifications as they arrive, and waiters for the next matching one. */
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const nextDiagnostics = (pred: (p: PublishDiagnosticsParams) => boolean) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      const seen = published.find(pred);
      if (seen) resolve(seen);
      else waiters.push({ pred, resolve });
    });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smartfab-lsp-'));
    await build({ entryPoints: [join(ROOT, 'src/server/server.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: join(dir, 'server.js'), logLevel: 'error' });
    child = spawn(process.execPath, [join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.push(p);
      for (const w of waiters.splice(0)) {
        if (w.pred(p)) w.resolve(p);
        else waiters.push(w);
      }
    });
    rpc.onRequest('workspace/configuration', () => [null]);
    rpc.onRequest('client/registerCapability', () => null);
    rpc.listen();
  });

  after(() => {
    rpc?.dispose();
    if (child && child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('initializes with the features it serves', async () => {
    const init = await rpc.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { locale: 'en', settings: { debounceMs: 0 } },
    });
    for (const cap of ['hoverProvider', 'completionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'codeActionProvider', 'codeLensProvider', 'documentLinkProvider']) {
      assert.ok(init.capabilities[cap], cap);
    }
    await rpc.sendNotification('initialized', {});
  });

  it('publishes diagnostics on didOpen and after a change, for the latest version', async () => {
    const text = PLANT.replace('zone: iot-nw', 'zone: nowhere');
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'smartfab', version: 1, text } });
    const first = await nextDiagnostics((p) => p.uri === URI && p.version === 1);
    const isDangling = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value).includes('nowhere');
    assert.ok(first.diagnostics.some(isDangling), JSON.stringify(first.diagnostics));
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: PLANT }] });
    const second = await nextDiagnostics((p) => p.uri === URI && p.version === 2);
    assert.ok(second.diagnostics.every((d) => d.source === 'smartfab'));
    assert.equal(second.diagnostics.filter(isDangling).length, 0);
  });

  it('answers hover on a countermeasure ID', async () => {
    const lines = PLANT.split('\n');
    const line = lines.findIndex((l) => l.includes('ID8-1'));
    const h = await rpc.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: lines[line].indexOf('ID8-1') + 2 } });
    assert.match((h.contents as { value: string }).value, /^\*\*ID8-1\*\*/);
  });

  it('answers the catalogue documentation request', async () => {
    const r = await rpc.sendRequest<{ markdown?: string }>('smartfab/catalogDoc', { id: 'A4' });
    assert.match(r.markdown ?? '', /Threat A4/);
  });

  it('shuts down and exits cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await rpc.sendRequest('shutdown');
    await rpc.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});
