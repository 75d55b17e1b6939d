// Live diagnostics from the language server: problems of a broken file at the right places, and findings
// for every example plant. (The model 1 edit / quick-fix flow is in lsp.test.ts.) A missing server fails.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleNames, openExample, waitForDiagnostics } from '../util';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : (d.code ?? ''));

describe('diagnostics @lsp', function () {
  this.timeout(120_000);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports the dangling zone and the YAML syntax error of a broken plant where they are', async () => {
    const editor = await openExample('fixture-broken');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => ['unknown-zone', 'yaml-syntax'].every((c) => d.some((x) => codeOf(x) === c)));
    const unknown = ds.find((d) => codeOf(d) === 'unknown-zone');
    const syntax = ds.find((d) => codeOf(d) === 'yaml-syntax');
    assert.equal(unknown?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(unknown?.range), 'no-such-zone', 'the squiggle covers the unknown zone id');
    assert.equal(unknown?.range.start.line, 8);
    assert.equal(syntax?.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(ds.every((d) => d.source === 'smartfab'), ds.map((d) => `${d.source}: ${d.message}`).join(' | '));
  });

  it('keeps every finding on its element while a name is typed and a comment line added above them', async () => {
    const editor = await openExample('combined-plant');
    const doc = editor.document;
    const before = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x).startsWith('threat-')));
    const keyOf = (d: vscode.Diagnostic) => `${codeOf(d)} | ${d.message} | ${doc.getText(d.range)}`;
    const seen = (ds: readonly vscode.Diagnostic[]) => ds.map(keyOf).sort();
    const was = seen(before);
    const lineOf = new Map(before.map((d) => [keyOf(d), d.range.start.line]));
    // A name typed key by key (the analysis carries over: nothing it reads changed), then one line more.
    const nameLine = doc.getText().split('\n').findIndex((l) => /^ {4}name: /.test(l));
    assert.ok(nameLine > 0, 'the plant names an element');
    editor.selection = new vscode.Selection(nameLine, doc.lineAt(nameLine).text.length, nameLine, doc.lineAt(nameLine).text.length);
    for (const key of [' ', '(', '2', ')']) await vscode.commands.executeCommand('type', { text: key });
    await editor.edit((e) => e.insert(new vscode.Position(nameLine + 1, 0), '    # moved by one line\n'));
    // The diagnostics of the edited text: each over a text known from before (stale ones, at their old
    // ranges, cover shifted text), and some of them a line further down.
    const after = await waitForDiagnostics(doc.uri, (d) => d.every((x) => lineOf.has(keyOf(x))) && d.some((x) => x.range.start.line !== lineOf.get(keyOf(x))));
    assert.deepEqual(seen(after), was, 'the same findings, each over the same text');
    for (const d of after) {
      const old = lineOf.get(keyOf(d))!;
      assert.equal(d.range.start.line, old > nameLine ? old + 1 : old, `${codeOf(d)}: ${d.message}`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports findings for every example plant', async () => {
    const names = exampleNames();
    assert.ok(names.length >= 8, `the workspace holds the examples (${names.join(', ')})`);
    const empty: string[] = [];
    for (const name of names) {
      const { document } = await openExample(name);
      const ds = await waitForDiagnostics(document.uri, (d) => d.length > 0, 30_000).catch(() => []);
      if (!ds.some((d) => d.source === 'smartfab')) empty.push(name);
    }
    assert.deepEqual(empty, [], 'examples without SmartFab diagnostics');
  });
});
