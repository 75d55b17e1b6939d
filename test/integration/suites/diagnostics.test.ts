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
