// The preview beside the text behaves like Markdown's (issue 10): one per document, reused; it follows the
// active editor unless locked; Show Source brings the text back; id-less flows are told apart and deleted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleNames, extension, hasCommand, skip, waitFor, workspaceRoot } from '../util';
import { plantUri, previewTabs, restoreDirty, state, TIMEOUT } from '../diagram-util';

describe('diagram preview', function () {
  this.timeout(TIMEOUT * 4);

  before(async function () {
    await extension().activate();
    if (!(await hasCommand('smartfab.diagram.toggleLock'))) skip(this, 'PENDING-DIAGRAM: no preview lock in this build');
  });

  afterEach(async () => {
    await restoreDirty();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const show = async (name: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> =>
    vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plantUri(name)), { viewColumn: column });

  it('reuses one preview, follows the active editor, and a lock pins it', async () => {
    const [a, b, c] = exampleNames();
    await show(a);
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', plantUri(a));
    await state({ preview: true, until: { uri: plantUri(a).toString() } });
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', plantUri(a));
    assert.equal(previewTabs().length, 1, 'the same document reuses its preview');

    await show(b);
    const followed = await state({ preview: true, until: { uri: plantUri(b).toString() } });
    assert.ok(followed.rendered && followed.rendered.nodes > 0, 'the preview now draws the active plant');
    assert.equal(previewTabs().length, 1, 'still one preview');

    await vscode.commands.executeCommand('smartfab.diagram.toggleLock');
    const locked = await state({ uri: plantUri(b), preview: true });
    assert.equal(locked.locked, true, 'locked');
    const lockedTitle = (): boolean => previewTabs().some((t) => /\[Locked\]|ロック/.test(t.label));
    if (!lockedTitle()) await waitFor(vscode.window.tabGroups.onDidChangeTabs, lockedTitle, TIMEOUT, 'the [Locked] title');
    await show(c);
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', plantUri(c));
    await state({ preview: true, until: { uri: plantUri(c).toString() } });
    const still = await state({ uri: plantUri(b), preview: true });
    assert.equal(still.uri, plantUri(b).toString(), 'the locked preview stays on its plant');
    assert.equal(previewTabs().length, 2, 'a new following preview for the other plant');
  });

  it("draws a damage's attack routes with a marker per threatened element", async () => {
    const name = 'model-1-single-factory.smartfab.yaml';
    await show(name);
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', plantUri(name));
    await state({ preview: true, until: 'rendered' });
    const s = await state({ preview: true, showDamage: 1 });
    assert.equal(s.rendered?.damage, 1);
    // Model 1, damage 1: entry threats A1 (two sensor groups), A2/A3 (gateway), B1/B2 (viewer, analysis) and
    // path threats A4, B3 on the two conduits into the control network.
    assert.ok((s.rendered?.markers ?? 0) >= 6, `markers: ${s.rendered?.markers}`);
    const none = await state({ preview: true, showDamage: 0 });
    assert.equal(none.rendered?.damage, undefined, 'damage 0 clears it');
  });

  it('prints the open time of each example (command to first picture in the webview)', async function () {
    const rows: string[] = [];
    for (const name of exampleNames()) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await show(name);
      await vscode.commands.executeCommand('smartfab.diagram.openToSide', plantUri(name));
      const s = await state({ preview: true, until: 'rendered' });
      assert.ok(s.firstPaintMs !== undefined, name);
      rows.push(`${name}: ${s.firstPaintMs.toFixed(0)} ms`);
    }
    // The runner prints test titles: the measurements go there (no threshold: speed belongs in the bench).
    if (this.test) this.test.title += `: ${rows.join(', ')}`;
  });

  it('Show Source brings the text beside the preview', async () => {
    const name = exampleNames()[0];
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', plantUri(name));
    await state({ preview: true, until: 'rendered' });
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    const opened = waitFor(vscode.window.onDidChangeActiveTextEditor, (e) => e?.document.uri.toString() === plantUri(name).toString(), TIMEOUT, 'the text');
    await state({ preview: true, message: { type: 'show-source' } });
    await opened;
  });

  it('tells id-less flows apart, draws a self-loop, and deletes one of two equal flows', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'fixture-flows.smartfab.yaml');
    const text = [
      'smartfab: 1',
      'plant: { name: Flows }',
      'zones:',
      '  a: { kind: information }',
      '  b: { kind: control-info }',
      'devices:',
      '  s: { kind: iot-device, zone: a, count: 4 }',
      '  g: { kind: iot-gateway, zone: b }',
      'conduits:',
      '  ab: { between: [a, b] }',
      'flows:',
      '  - { from: s, to: g }',
      '  - { from: s, to: g }',
      '  - { from: s, to: s }',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', uri);
    await state({ preview: true, until: 'rendered' });
    const drawn = await state({ preview: true, message: { type: 'toggle-flows', show: true } });
    assert.deepEqual(drawn.flows, ['s->g#1', 's->g#2', 's->s'], 'two equal flows, two keys; the loop is drawn');
    await state({ preview: true, until: drawn.modelVersion ?? 1 });
    const changed = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc, TIMEOUT, 'the delete');
    const after = await state({ preview: true, message: { type: 'edit', op: 'delete', args: { elementId: 's->g#2' } } });
    assert.equal(after.lastEditError, undefined);
    await changed;
    assert.equal(doc.getText().match(/\{ from: s, to: g \}/g)?.length, 1, 'exactly one of the two flows went');
    assert.ok(doc.getText().includes('{ from: s, to: s }'), 'the loop stays');
  });
});
