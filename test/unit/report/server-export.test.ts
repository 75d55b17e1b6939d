// smartfab/exportReport and smartfab/exportSarif through the bundled language server over stdio: the
// request is registered, elkjs works inside the server bundle, and the answer is the report with its diagram.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { EXPORT_REPORT, EXPORT_SARIF, type ExportReportParams, type ExportResult, type ExportSarifParams } from '../../../src/server/protocol';
import { ROOT } from '../../fixtures/golden';

const rel = 'examples/model-4-remote-maintenance.smartfab.yaml';
const file = { uri: 'file:///ws/' + rel, path: rel, text: readFileSync(join(ROOT, rel), 'utf8') };

describe('report: exports from the bundled server', function () {
  let dir: string;
  let child: ChildProcess;
  let rpc: MessageConnection;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smartfab-export-'));
    await build({ entryPoints: [join(ROOT, 'src/server/server.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: join(dir, 'server.js'), logLevel: 'error' });
    child = spawn(process.execPath, [join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    rpc.onRequest('workspace/configuration', () => [null]);
    rpc.onRequest('client/registerCapability', () => null);
    rpc.onNotification('textDocument/publishDiagnostics', () => {});
    rpc.listen();
    await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { locale: 'en' } });
    await rpc.sendNotification('initialized', {});
  });

  after(() => {
    rpc?.dispose();
    if (child && child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers exportReport with the markdown report and its SVG attachment', async () => {
    const r = await rpc.sendRequest<ExportResult>(EXPORT_REPORT, { file, format: 'markdown', reportName: 'm4.review.md' } satisfies ExportReportParams);
    assert.equal(r.error, undefined);
    assert.match(r.content!, /^# Security review: [^]*\]\(m4\.review\.svg\)/);
    assert.equal(r.attachments?.[0]?.name, 'm4.review.svg');
    assert.match(r.attachments![0].content, /<svg [^]*class="node zone"/);
  });

  it('answers exportReport as HTML with the SVG inline, and a plant-less file with an error', async () => {
    const html = await rpc.sendRequest<ExportResult>(EXPORT_REPORT, { file, format: 'html' } satisfies ExportReportParams);
    assert.match(html.content!, /<figure class="diagram">\n<svg /);
    const bad = await rpc.sendRequest<ExportResult>(EXPORT_REPORT, { file: { uri: 'file:///x.smartfab.yaml', text: '[' }, format: 'html' } satisfies ExportReportParams);
    assert.match(bad.error!, /holds no plant/);
  });

  it('answers exportSarif with a SARIF 2.1.0 log', async () => {
    const r = await rpc.sendRequest<ExportResult>(EXPORT_SARIF, { files: [file] } satisfies ExportSarifParams);
    assert.equal(JSON.parse(r.content!).version, '2.1.0');
  });
});
