// The review workflow in the real editor: "Accept risk…" from the light bulb records the decision and the
// finding drops to information; "Compare Findings with…" opens the comparison beside the text and the diagram
// outlines what changed; smartfab.config.yaml is checked as it is typed and its severities reach the plant.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hasCommand, openExample, skip, waitForDiagnostics, workspaceRoot } from '../util';
import { state } from '../diagram-util';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : (d.code ?? ''));

describe('review workflow @lsp @review', function () {
  this.timeout(120_000);

  before(async function () {
    // Opening a plant activates the extension (onLanguage), which registers the commands.
    const { document } = await openExample('model-1-single-factory');
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    if (!(await hasCommand('smartfab.review.decideRisk'))) skip(this, 'PENDING-REVIEW: the review commands are not in this build');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('accepts the A4 risk through the quick-fix command: the finding becomes information with the decision', async () => {
    const { document: doc } = await openExample('model-1-single-factory');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'threat-A4'));
    const a4 = ds.find((d) => codeOf(d) === 'threat-A4')!;
    assert.equal(a4.severity, vscode.DiagnosticSeverity.Error);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, a4.range);
    const accept = actions.find((a) => a.title === 'Accept risk…');
    assert.ok(accept?.command, `offered as a command that asks (${actions.map((a) => a.title).join(' | ')})`);
    assert.equal(accept.command.command, 'smartfab.review.decideRisk');
    // The command asks for the justification; a script passes it instead of typing into the input box.
    const [uri, arg] = accept.command.arguments as [string, { key: string; status: string }];
    assert.equal(arg.key, 'A4@iot-nw>ctrl-info');
    assert.ok(await vscode.commands.executeCommand('smartfab.review.decideRisk', uri, { ...arg, justification: 'Test line, isolated until Q3' }));
    assert.match(doc.getText(), /risks:\n {2}A4@iot-nw>ctrl-info:\n {4}status: accepted\n {4}justification: Test line, isolated until Q3\n/);
    const after = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'threat-A4' && x.severity === vscode.DiagnosticSeverity.Information));
    assert.match(after.find((x) => codeOf(x) === 'threat-A4')!.message, /Test line, isolated until Q3/);
    // One undo step takes the decision back.
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'threat-A4' && x.severity === vscode.DiagnosticSeverity.Error));
  });

  it('compares the findings with another file and opens the comparison beside the text', async () => {
    const editor = await openExample('model-1-single-factory');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'threat-A4'));
    const edit = new vscode.WorkspaceEdit();
    const at = doc.positionAt(doc.getText().indexOf('devices:\n') + 'devices:\n'.length);
    edit.insert(doc.uri, at, '  cams: { kind: iot-device, zone: iot-nw, count: 4 }\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const opened = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('smartfab.review.compareFindings', doc.uri, {
      fileUri: vscode.Uri.joinPath(workspaceRoot(), 'model-1-single-factory.smartfab.yaml').toString(),
    });
    assert.ok(opened, 'a comparison document opened');
    assert.equal(opened.languageId, 'markdown');
    assert.match(opened.getText(), /# Findings compared: model-1-single-factory\.smartfab\.yaml → model-1-single-factory\.smartfab\.yaml/);
    assert.match(opened.getText(), /## Added[\s\S]*A1@cams/);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === opened), 'shown beside the plant');
  });

  it('checks smartfab.config.yaml as it is typed, and its severity reaches the plant in the same folder', async () => {
    // A folder of its own: a configuration at the workspace root would change every other suite's findings.
    const folder = vscode.Uri.joinPath(workspaceRoot(), `config-${process.pid}`);
    const plantUri = vscode.Uri.joinPath(folder, 'plant.smartfab.yaml');
    const configUri = vscode.Uri.joinPath(folder, 'smartfab.config.yaml');
    await vscode.workspace.fs.writeFile(plantUri, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), 'model-1-single-factory.smartfab.yaml')));
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('severity:\n  threat-A4: loud\nthresolds: {}\n'));
    try {
      const config = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(configUri));
      const problems = await waitForDiagnostics(configUri, (d) => d.filter((x) => codeOf(x) === 'config-schema').length === 2);
      const unknown = problems.find((x) => /thresolds/.test(x.message))!;
      assert.deepEqual([unknown.range.start.line, unknown.range.start.character], [2, 0], 'on the unknown key');
      const plant = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plantUri), vscode.ViewColumn.Beside);
      await waitForDiagnostics(plantUri, (d) => d.some((x) => codeOf(x) === 'threat-A4' && x.severity === vscode.DiagnosticSeverity.Error));
      // The user fixes the configuration (unsaved): its problems go, and A4 follows the new severity at once.
      const fix = new vscode.WorkspaceEdit();
      fix.replace(configUri, new vscode.Range(0, 0, config.document.lineCount, 0), 'severity:\n  threat-A4: info\n');
      assert.ok(await vscode.workspace.applyEdit(fix));
      await waitForDiagnostics(configUri, (d) => d.length === 0);
      await waitForDiagnostics(plantUri, (d) => d.some((x) => codeOf(x) === 'threat-A4' && x.severity === vscode.DiagnosticSeverity.Information));

      // Compare Findings colours the diagram: a device group added since the saved file is outlined as new findings.
      await vscode.commands.executeCommand('smartfab.diagram.openToSide', plantUri);
      await state({ preview: true, until: { uri: plantUri.toString() } });
      const add = new vscode.WorkspaceEdit();
      add.insert(plantUri, plant.document.positionAt(plant.document.getText().indexOf('devices:\n') + 'devices:\n'.length), '  cams: { kind: iot-device, zone: iot-nw, count: 4 }\n');
      assert.ok(await vscode.workspace.applyEdit(add));
      assert.ok(await vscode.commands.executeCommand('smartfab.review.compareFindings', plantUri, { fileUri: plantUri.toString() }));
      const colored = await state({ uri: plantUri, preview: true, until: 'changes' }).catch(async (e: Error) => {
        throw new Error(`${e.message}; state: ${JSON.stringify({ ...(await state({ uri: plantUri, preview: true })), elements: undefined })}`);
      });
      assert.equal(colored.changes?.elements.cams, 'added', JSON.stringify(colored.changes));
      assert.equal(colored.compare?.shown, true);
      // The toolbar toggle turns it off (a webview message, validated like the others).
      const off = await state({ uri: plantUri, preview: true, message: { type: 'toggle-changes', show: false } });
      assert.equal(off.compare?.shown, false);
      assert.equal(off.changes, undefined);
    } finally {
      // Revert both unsaved files (closing a dirty editor would prompt), then remove the folder.
      for (const uri of [configUri, plantUri]) {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});
