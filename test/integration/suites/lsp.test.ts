// Language features through the real VS Code API (language client + server): first on the copy of
// examples/model-1-single-factory in the test workspace (findings, live updates, the DMZ quick-fix, hover,
// navigation, rename), then on an untitled plant (completion, symbols, commands). A missing feature fails.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionHasFile, hasCommand, openExample, waitForDiagnostics } from '../util';

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

/** IPA measure 8 (countermeasure IDs 8-x), as the catalogue names it in either language. */
const MEASURE_8_TITLE = /Installation of a filtering device|フィルタリング装置の設置/;
const MEASURE_10_TITLE = /Installation of an intrusion detection device|侵入検知装置の設置/;

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : (d.code ?? ''));
const findings = (ds: readonly vscode.Diagnostic[], threat: string) => ds.filter((d) => codeOf(d) === `threat-${threat}`);
/** The IDs a finding's message lists as missing ("…: missing ID8-1, ID9-1."). */
const missingOf = (d: vscode.Diagnostic): string[] => /missing ((?:ID\d+-\d+(?:, )?)+)/.exec(d.message)?.[1]?.split(', ') ?? [];

async function hoverText(doc: vscode.TextDocument, at: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('language features on the model 1 example @lsp', function () {
  this.timeout(120_000);
  let doc: vscode.TextDocument;

  before(async () => {
    assert.ok(extensionHasFile('dist/server.js'), 'the extension ships its language server (dist/server.js)');
    doc = (await openExample('model-1-single-factory')).document;
  });

  // The workspace copy is shared with later suites: put the saved text back and close it.
  after(async () => {
    if (!doc) return;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('publishes the threat findings of model 1 (A1-A4, B1-B3) when the file opens', async () => {
    const expected = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3'];
    const ds = await waitForDiagnostics(doc.uri, (d) => expected.every((t) => findings(d, t).length > 0));
    const a4 = findings(ds, 'A4')[0];
    assert.equal(a4.source, 'smartfab');
    assert.equal(a4.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(typeof a4.code === 'object' && a4.code.target, 'the code links to the threat documentation');
    assert.equal(doc.lineAt(a4.range.start.line).text.trim(), 'iot-to-ctrl:', 'A4 is reported on the conduit it crosses');
    assert.deepEqual(missingOf(a4), ['ID5-1', 'ID6-1', 'ID7-1', 'ID8-1', 'ID9-1', 'ID10-1']);
  });

  it('updates the findings after an edit declares missing countermeasures implemented', async () => {
    const implemented = [['ID5-1', 'iot-nw'], ['ID6-1', 'iot-to-ctrl'], ['ID7-1', 'iot-nw'], ['ID10-1', 'iot-to-ctrl']];
    const entries = implemented.map(([id, target]) => `  - measure: ${id}\n    target: ${target}\n    status: implemented\n`);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), `countermeasures:\n${entries.join('')}`);
    const changed = waitForDiagnostics(doc.uri, (d) => findings(d, 'A4').some((f) => missingOf(f).length < 6));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const a4 = findings(await changed, 'A4');
    assert.equal(a4.length, 1);
    assert.deepEqual(missingOf(a4[0]), ['ID8-1', 'ID9-1'], a4[0].message);
  });

  it('applies the DMZ quick-fix for A4 from executeCodeActionProvider, and the A4 finding goes away', async () => {
    const [a4] = findings(vscode.languages.getDiagnostics(doc.uri), 'A4');
    assert.ok(a4, 'the A4 finding is published');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, a4.range);
    const titles = actions.map((a) => a.title).join(' | ');
    const dmz = actions.find((a) => a.kind?.value === 'quickfix' && /\bDMZ\b/.test(a.title));
    assert.ok(dmz?.edit, `a DMZ quick-fix with an edit among: ${titles}`);
    const fixed = waitForDiagnostics(doc.uri, (d) => findings(d, 'A4').length === 0 && findings(d, 'A1').length > 0);
    assert.ok(await vscode.workspace.applyEdit(dmz.edit));
    const ds = await fixed;
    assert.match(doc.getText(), /\n {4}kind: dmz\n/, 'a DMZ zone was inserted');
    assert.match(doc.getText(), /between: \[iot-nw, dmz\]/, 'the IoT conduit now ends in the DMZ');
    assert.ok(findings(ds, 'B3').length > 0, 'findings the fix does not address stay');
  });

  it('hovers a countermeasure ID with the name of its measure', async () => {
    // The DMZ fix drew the measures rather than declaring them: hover an ID the earlier edit declared.
    const text = await hoverText(doc, positionOf(doc, 'measure: ID10-1', 'measure: '.length + 2));
    assert.match(text, /ID10-1/);
    assert.match(text, MEASURE_10_TITLE);
  });

  it('goes from a zone reference to the zone definition', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'zone: ctrl-field', 'zone: '.length + 2));
    assert.equal(defs.length, 1);
    const first = defs[0];
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    assert.equal(uri.toString(), doc.uri.toString());
    assert.equal(range.start.line, positionOf(doc, '\n  ctrl-field:\n', 1).line);
  });

  it('renames a device at its definition and in every flow, and the findings follow', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, '\n  viewer:\n', 3), 'shop-viewer');
    assert.equal(edit.get(doc.uri).length, 2, 'the key and the flow "to: viewer"');
    const renamed = waitForDiagnostics(doc.uri, (d) => findings(d, 'B1').some((f) => /\bon shop-viewer\b/.test(f.message)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await renamed;
    assert.match(doc.getText(), /\n {2}shop-viewer:\n/);
    assert.match(doc.getText(), /to: shop-viewer\n/);
    assert.doesNotMatch(doc.getText(), /to: viewer\n/);
  });
});

describe('language features on an untitled plant @lsp', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument({ language: 'smartfab', content: PLANT });
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('publishes threat findings with codes and documentation links', async () => {
    const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x).startsWith('threat-')));
    const finding = diagnostics.find((d) => typeof d.code === 'object' && String(d.code.value).startsWith('threat-'));
    assert.ok(finding, 'a threat finding with a code link');
    assert.equal(finding.source, 'smartfab');
  });

  it('hovers a countermeasure ID', async () => {
    const text = await hoverText(doc, positionOf(doc, 'ID8-1', 2));
    assert.match(text, /ID8-1/);
    assert.match(text, MEASURE_8_TITLE);
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
    const isThreat = (d: vscode.Diagnostic) => codeOf(d).startsWith('threat-');
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
