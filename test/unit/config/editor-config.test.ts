// smartfab.config.yaml in the editor: the language server reports its problems with ranges (unknown key, bad
// severity, unknown code with did-you-mean and its quick-fix), answers hover and completion on it, re-checks
// open plants as the config is typed, and speaks the config's language unless the user chose one.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { run } from '../../../src/cli/main';
import { setLocale } from '../../../src/core/l10n/lang';
import { startTestServer, type TestClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../../..');
const MODEL1 = 'model-1-single-factory.smartfab.yaml';

function workspace(config: string): { dir: string; plant: string; config: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-edconf-'));
  mkdirSync(path.join(dir, '.git'));
  copyFileSync(path.join(ROOT, 'examples', MODEL1), path.join(dir, MODEL1));
  writeFileSync(path.join(dir, 'smartfab.config.yaml'), config);
  return { dir, plant: pathToFileURL(path.join(dir, MODEL1)).href, config: pathToFileURL(path.join(dir, 'smartfab.config.yaml')).href };
}

/** A diagnostic's message as text. */
const msgOf = (d: { message: string | { value: string } }) => (typeof d.message === 'string' ? d.message : d.message.value);
const sevOf = (p: PublishDiagnosticsParams, code: string) => p.diagnostics.filter((d) => d.code === code).map((d) => d.severity);

describe('config: smartfab.config.yaml in the editor (language server)', function () {
  let client: TestClient | undefined;
  afterEach(async () => {
    client?.dispose();
    await new Promise((r) => setImmediate(r));
    client = undefined;
    setLocale('en');
  });

  it('reports its problems with ranges: unknown key, bad severity, unknown code with did-you-mean and a quick-fix', async () => {
    const text = 'severity:\n  thret-A4: error\n  threat-A1: loud\nlanguge: ja\n';
    const ws = workspace(text);
    client = await startTestServer(ws.dir);
    await client.open(ws.config, text, 'yaml');
    const p = await client.until(ws.config, (x) => x.diagnostics.length > 0);
    const got = p.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${String(d.code)}`).sort();
    assert.deepEqual(got, ['1:2-10 config-unknown-code', '2:13-17 config-schema', '3:0-7 config-schema']);
    const unknown = p.diagnostics.find((d) => d.code === 'config-unknown-code')!;
    assert.match(msgOf(unknown), /did you mean threat-A4\?/);
    const actions = (await client.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri: ws.config }, range: unknown.range, context: { diagnostics: [unknown] } })) as CodeAction[];
    assert.equal(actions[0].title, 'Change to threat-A4');
    assert.deepEqual(actions[0].edit?.changes?.[ws.config], [{ range: unknown.range, newText: 'threat-A4' }]);
    // A misspelt key gets its fix too.
    const key = p.diagnostics.find((d) => d.range.start.line === 3)!;
    const keyFix = (await client.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri: ws.config }, range: key.range, context: { diagnostics: [key] } })) as CodeAction[];
    assert.deepEqual(keyFix.map((a) => a.title), ['Change to language']);
  });

  it('answers hover on keys and codes, and completes keys, codes and values', async () => {
    const text = 'severity:\n  threat-A4: error\nthresholds:\n  fewIotDevices: 3\n';
    const ws = workspace(text);
    client = await startTestServer(ws.dir);
    await client.open(ws.config, text, 'yaml');
    const hover = async (line: number, character: number) => (await client!.rpc.sendRequest('textDocument/hover', { textDocument: { uri: ws.config }, position: { line, character } })) as Hover | null;
    assert.match(JSON.stringify((await hover(1, 4))?.contents), /A4 Intrusion spreading/);
    assert.match(JSON.stringify((await hover(3, 4))?.contents), /Few IoT devices/);
    const complete = async (t: string, line: number, character: number) => {
      await client!.change(ws.config, t);
      return ((await client!.rpc.sendRequest('textDocument/completion', { textDocument: { uri: ws.config }, position: { line, character } })) as CompletionItem[]).map((i) => i.label);
    };
    assert.ok((await complete('sev', 0, 3)).includes('severity'));
    assert.ok((await complete('severity:\n  threat-A', 1, 10)).includes('threat-A4'));
    assert.deepEqual(await complete('severity:\n  threat-A4: ', 1, 13), ['error', 'warning', 'info', 'hint', 'off']);
    assert.deepEqual(await complete('language: ', 0, 10), ['en', 'ja']);
  });

  it('re-checks the open plant as the config is edited (unsaved), and again when the edit is undone on close', async () => {
    const ws = workspace('severity:\n  threat-A4: error\n');
    client = await startTestServer(ws.dir);
    await client.open(ws.plant, readFileSync(path.join(ws.dir, MODEL1), 'utf8'));
    await client.until(ws.plant, (p) => sevOf(p, 'threat-A4').length > 0 && sevOf(p, 'threat-A4').every((s) => s === 1));
    await client.open(ws.config, 'severity:\n  threat-A4: error\n', 'yaml');
    await client.change(ws.config, 'severity:\n  threat-A4: info\n');
    await client.until(ws.plant, (p) => sevOf(p, 'threat-A4').length > 0 && sevOf(p, 'threat-A4').every((s) => s === 3));
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: ws.config } });
    await client.until(ws.plant, (p) => sevOf(p, 'threat-A4').length > 0 && sevOf(p, 'threat-A4').every((s) => s === 1));
  });

  it("speaks the config's language (auto), as smartfab check does, unless smartfab.language is set", async () => {
    const ws = workspace('language: ja\n');
    let out = '';
    await run(['check', MODEL1, '--format', 'json', '--fail-on', 'never'], { out: (s) => void (out += s), err: () => undefined, cwd: ws.dir, env: {} });
    const japanese = (m: string) => /[ぁ-んァ-ヶ]/.test(m);
    const cli = (JSON.parse(out) as { files: { problems: { code: string; message: string }[] }[] }).files[0].problems;
    assert.ok(cli.length > 0 && cli.every((p) => japanese(p.message)), `the CLI speaks Japanese: ${JSON.stringify(cli)}`);
    const flush = (c: TestClient, uri: string) => c.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    client = await startTestServer(ws.dir);
    await client.open(ws.plant, readFileSync(path.join(ws.dir, MODEL1), 'utf8'));
    const ja = await client.until(ws.plant, (p) => p.diagnostics.some((d) => japanese(msgOf(d))));
    await flush(client, ws.plant);
    assert.deepEqual(ja.diagnostics.map((d) => String(d.code)).sort(), cli.map((p) => p.code).sort());
    assert.ok(ja.diagnostics.every((d) => japanese(msgOf(d))), 'every message in Japanese, as the CLI writes them');
    client.dispose();
    client = await startTestServer(ws.dir, { language: 'en' });
    await client.open(ws.plant, readFileSync(path.join(ws.dir, MODEL1), 'utf8'));
    const en = await client.until(ws.plant, (p) => p.diagnostics.length > 0 && !p.diagnostics.some((d) => japanese(msgOf(d))));
    await flush(client, ws.plant);
    assert.equal(en.diagnostics.length, cli.length, 'an explicit smartfab.language wins over the config');
  });

  it("links problem codes to the config's docsBaseUrl", async () => {
    const ws = workspace('docsBaseUrl: https://intranet.example/smartfab/docs\n');
    client = await startTestServer(ws.dir);
    await client.open(ws.plant, readFileSync(path.join(ws.dir, MODEL1), 'utf8'));
    const p = await client.until(ws.plant, (x) => x.diagnostics.length > 0);
    const a4 = p.diagnostics.find((d) => d.code === 'threat-A4');
    assert.equal(a4?.codeDescription?.href, 'https://intranet.example/smartfab/docs/analysis.md#threat-A4');
  });

  it('speaks Japanese on the config file too: problems, hover and completion details', async () => {
    const text = 'severity:\n  thret-A4: error\nthresholds:\n  fewIotDevices: 3\n';
    const ws = workspace(text);
    client = await startTestServer(ws.dir, { language: 'ja' });
    await client.open(ws.config, text, 'yaml');
    const p = await client.until(ws.config, (x) => x.diagnostics.length > 0);
    assert.match(msgOf(p.diagnostics[0]), /SmartFab の問題コードではありません。threat-A4 のことですか/);
    const hover = (await client.rpc.sendRequest('textDocument/hover', { textDocument: { uri: ws.config }, position: { line: 3, character: 4 } })) as Hover;
    assert.match(JSON.stringify(hover.contents), /少数の IoT 機器/);
    await client.change(ws.config, 'sev');
    const items = (await client.rpc.sendRequest('textDocument/completion', { textDocument: { uri: ws.config }, position: { line: 0, character: 3 } })) as CompletionItem[];
    assert.equal(items.find((i) => i.label === 'severity')?.detail, '重大度の上書き');
  });
});
