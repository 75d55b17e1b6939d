// The editor (the language server, in-process over in-memory streams) and `smartfab check` report the same
// findings with the same severities for every example under the same smartfab.config.yaml.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { run } from '../../../src/cli/main';
import { ParamsGuard } from '../../../src/server/guard';
import { startServer } from '../../../src/server/start';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.smartfab.yaml')).sort();
const CONFIG =
  'severity:\n  "threat-*": warning\n  threat-A4: error\n  conduit-unused: off\n  general-measures: hint\nthresholds: { fewIotDevices: 3, manyIotDevices: 100 }\n' +
  'ignore: [plants/ignored.smartfab.yaml]\nreview: { hideDecided: true }\n';
/** A plant with an accepted risk (hidden under review.hideDecided) and one the config's `ignore` names. */
const DECIDED = 'decided.smartfab.yaml';
const RISKS = '\nrisks:\n  A4@iot-nw>ctrl-info:\n    status: accepted\n    justification: Test line\n';
const SEV = ['', 'error', 'warning', 'info', 'hint'];

const signature = (code: string, severity: string, r: { start: { line: number; character: number } }) => `${r.start.line}:${r.start.character} ${severity} ${code}`;

describe('config: the editor and smartfab check agree under one configuration', function () {
  let dir: string;
  let client: MessageConnection;
  let streams: PassThrough[] = [];
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters = new Map<string, (p: PublishDiagnosticsParams) => void>();
  const asked = new Map<string, () => void>();

  /**
   * Opens a document and returns its diagnostics once the server has also applied the document's scoped
   * settings: the configuration request for its scope is answered, and a later request (hover) has been
   * served, so a re-publish (only sent when the diagnostics change) has arrived before it.
   */
  async function openAndSettle(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const first = new Promise<void>((resolve) => waiters.set(uri, () => resolve()));
    const scoped = new Promise<void>((resolve) => asked.set(uri, resolve));
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'smartfab', version: 1, text } });
    await Promise.all([first, scoped]);
    await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    return published.get(uri)!;
  }

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'smartfab-parity-'));
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'plants'));
    for (const f of EXAMPLES) copyFileSync(path.join(ROOT, 'examples', f), path.join(dir, 'plants', f));
    const model1 = readFileSync(path.join(ROOT, 'examples', 'model-1-single-factory.smartfab.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'plants', DECIDED), model1 + RISKS);
    writeFileSync(path.join(dir, 'plants', 'ignored.smartfab.yaml'), model1);
    writeFileSync(path.join(dir, 'smartfab.config.yaml'), CONFIG);
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    streams = [toServer, toClient];
    const guard = new ParamsGuard();
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient), guard.options), guard);
    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.set(p.uri, p);
      waiters.get(p.uri)?.(p);
    });
      // Per-folder settings: none (the configuration file alone decides), except for the documents of
    // folder `scoped/`, whose resource settings turn A1 off.
    client.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) => {
      for (const i of p.items) if (i.scopeUri) asked.get(i.scopeUri)?.();
      return p.items.map((i) => (i.scopeUri?.includes('/scoped/') ? { severity: { 'threat-A1': 'off' } } : {}));
    });
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    const root = pathToFileURL(dir).href;
    await client.sendRequest('initialize', {
      // No processId: the server would otherwise poll for this process and keep mocha alive.
      processId: null,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'w' }],
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { locale: 'en', settings: { debounceMs: 0 } },
    });
    await client.sendNotification('initialized', {});
  });

  after(() => {
    client?.dispose();
    for (const s of streams) s.destroy();
  });

  it('same findings, same severities, for every example', async () => {
    let out = '';
    const code = await run(['check', 'plants', '--format', 'json', '--fail-on', 'never'], { out: (s) => void (out += s), err: () => undefined, cwd: dir });
    assert.equal(code, 0);
    const cli = JSON.parse(out) as { files: { path: string; problems: { code: string; severity: string; range: { start: { line: number; character: number } } }[] }[] };
    assert.equal(cli.files.length, EXAMPLES.length + 1, 'the examples and the decided plant; the ignored one is not checked');
    for (const file of cli.files) {
      const abs = path.join(dir, file.path);
      const uri = pathToFileURL(abs).href;
      const editor = await openAndSettle(uri, readFileSync(abs, 'utf8'));
      const fromEditor = editor.diagnostics.map((d) => signature(String(d.code), SEV[d.severity ?? 1], d.range)).sort();
      const fromCli = file.problems.filter((p) => p.severity !== 'off').map((p) => signature(p.code, p.severity, p.range)).sort();
      assert.deepEqual(fromEditor, fromCli, file.path);
      assert.ok(!fromCli.some((s) => s.endsWith(' conduit-unused')), 'off drops it in both');
      if (file.path.includes(DECIDED)) assert.ok(!fromCli.some((s) => s.endsWith(' threat-A4')), 'hideDecided drops the accepted A4 in both');
      if (file.path.includes('model-1')) assert.ok(fromCli.some((s) => s.endsWith('error threat-A4')) && fromCli.some((s) => s.endsWith('warning threat-A1')), fromCli.join('\n'));
    }
  });

  it('publishes nothing for a file the configuration ignores, as the CLI does not check it', async () => {
    const abs = path.join(dir, 'plants', 'ignored.smartfab.yaml');
    const editor = await openAndSettle(pathToFileURL(abs).href, readFileSync(abs, 'utf8'));
    assert.deepEqual(editor.diagnostics, []);
  });

  it('honours per-folder (resource) settings of the document\'s folder on top of the file', async () => {
    mkdirSync(path.join(dir, 'scoped'), { recursive: true });
    const abs = path.join(dir, 'scoped', 'm1.smartfab.yaml');
    copyFileSync(path.join(ROOT, 'examples', 'model-1-single-factory.smartfab.yaml'), abs);
    const uri = pathToFileURL(abs).href;
    const codes = (await openAndSettle(uri, readFileSync(abs, 'utf8'))).diagnostics.map((d) => `${SEV[d.severity ?? 1]} ${String(d.code)}`);
    assert.ok(!codes.some((c) => c.endsWith('threat-A1')), 'the folder setting turns A1 off');
    assert.ok(codes.includes('error threat-A4'), 'the file still sets A4');
  });
});
