// Language features through the real VS Code API (language client + server), on an untitled plant.
// @lsp: skipped until the extension ships dist/server.js (grep "@lsp").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionHasFile, hasCommand, skip, waitForDiagnostics } from '../util';

const PLANT = `smartfab: 1
models: [1]
zones:
  iot-nw:
    kind: iot-network
  ctrl-info:
    kind: control-info
devices:
  sensors:
    kind: iot-device
    zone: iot-nw
    count: 200
  scada:
    kind: hmi
    zone: ctrl-info
conduits:
  iot-ctrl:
    between: [iot-nw, ctrl-info]
countermeasures:
  - measure: ID8-1
    target: iot-ctrl
    status: planned
`;

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, needle);
  return doc.positionAt(at + delta);
}

describe('language features @lsp', function () {
  let doc: vscode.TextDocument;

  before(async function () {
    if (!extensionHasFile('dist/server.js')) skip(this, 'PENDING-LSP: no dist/server.js in the extension');
    doc = await vscode.workspace.openTextDocument({ language: 'smartfab', content: PLANT });
    await vscode.window.showTextDocument(doc);
  });

  it('publishes threat findings with codes and documentation links', async () => {
    const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.some((x) => String(typeof x.code === 'object' ? x.code.value : x.code).startsWith('threat-')));
    const finding = diagnostics.find((d) => typeof d.code === 'object' && String(d.code.value).startsWith('threat-'));
    assert.ok(finding, 'a threat finding with a code link');
    assert.equal(finding.source, 'smartfab');
  });

  it('hovers a countermeasure ID', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'ID8-1', 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /ID8-1/);
  });

  it('completes zone references and lists document symbols', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, 'zone: iot-nw', 6));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('ctrl-info'), labels.join(','));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols.some((s) => s.children.some((c) => c.name === 'iot-ctrl')));
  });

  it('goes to the definition of a zone and renames it everywhere', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'zone: ctrl-info', 8));
    const first = defs[0];
    const range = 'targetRange' in first ? first.targetSelectionRange ?? first.targetRange : first.range;
    assert.equal(range.start.line, 5);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, 'ctrl-info:', 1), 'control');
    assert.equal(edit.get(doc.uri).length, 3);
  });

  it('offers quick-fixes for a finding', async () => {
    const isThreat = (d: vscode.Diagnostic) => typeof d.code === 'object' && String(d.code.value).startsWith('threat-');
    const diagnostics = (await waitForDiagnostics(doc.uri, (ds) => ds.some(isThreat))).filter(isThreat);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostics[0].range);
    assert.ok(actions.some((a) => a.kind?.value === 'quickfix' && a.edit), actions.map((a) => a.title).join(' | '));
  });

  it('registers its commands', async () => {
    for (const id of ['smartfab.checkWorkspace', 'smartfab.exportSarif', 'smartfab.exportReport', 'smartfab.showMeasure']) {
      assert.ok(await hasCommand(id), id);
    }
  });
});
