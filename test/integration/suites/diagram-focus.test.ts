// Issue 10's data loss, proven in the real editor: with the diagram beside the text, every kind of selection
// sync (cursor set, arrow keys, reveal from the diagram, a finding picked in the panel, the custom editor
// beside) leaves keyboard focus in the text editor, so typed characters and Backspace edit the text and the
// diagram's plant stays whole; a delete from the diagram says what it removed and Ctrl+Z in the preview
// (smartfab.diagram.undo, bound to Ctrl+Z there) undoes it. Waits on events and webview round trips only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, hasCommand, skip, waitFor } from '../util';
import { plantUri, restoreDirty, state, TIMEOUT, type DebugState } from '../diagram-util';

const NAME = 'model-6-robots.smartfab.yaml';

/** Focus is in the text editor of `doc`: it is the active editor and its tab is the active tab. */
function assertTextHasFocus(doc: vscode.TextDocument, what: string): vscode.TextEditor {
  const editor = vscode.window.activeTextEditor;
  assert.equal(editor?.document.uri.toString(), doc.uri.toString(), `${what}: the text editor keeps focus`);
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  assert.ok(tab?.input instanceof vscode.TabInputText, `${what}: the active tab is the text, not the diagram`);
  return editor!;
}

/** Types "x" and then Backspace through the editor's own commands, as keys do; the text comes back as it was. */
async function typeAndBackspace(doc: vscode.TextDocument, what: string): Promise<void> {
  const before = doc.getText();
  const typed = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc, TIMEOUT, `${what}: typed x`);
  await vscode.commands.executeCommand('type', { text: 'x' });
  await typed;
  assert.equal(doc.getText().length, before.length + 1, `${what}: "x" landed in the text`);
  const erased = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc, TIMEOUT, `${what}: Backspace`);
  await vscode.commands.executeCommand('deleteLeft');
  await erased;
  assert.equal(doc.getText(), before, `${what}: Backspace erased the "x" in the text, nothing else`);
}

describe('diagram focus (issue 10 data loss)', function () {
  this.timeout(TIMEOUT * 4);
  let doc: vscode.TextDocument;
  let uri: vscode.Uri;
  let drawn: DebugState;

  before(async function () {
    await extension().activate();
    if (!(await hasCommand('smartfab.diagram.debugState'))) skip(this, 'PENDING-DIAGRAM: no diagram in this build');
  });

  beforeEach(async () => {
    uri = plantUri(NAME);
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', uri);
    drawn = await state({ uri, preview: true, until: 'rendered' });
    // Ctrl+1: back into the text, as the user in the issue did.
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    editor.selection = new vscode.Selection(0, 0, 0, 0); // the editor remembers the last test's cursor
    assertTextHasFocus(doc, 'setup');
  });

  afterEach(async () => {
    await restoreDirty();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const putCursorOn = (editor: vscode.TextEditor, needle: string): void => {
    const at = doc.positionAt(doc.getText().indexOf(needle) + 4); // inside the id
    editor.selection = new vscode.Selection(at, at);
  };

  /** After a sync: the webview has shown `id`; one more round trip lets any focus change arrive first. */
  async function afterSync(id: string, what: string): Promise<void> {
    await state({ uri, preview: true, until: { shown: id } });
    await state({ uri, preview: true, ping: true });
    assertTextHasFocus(doc, what);
  }

  async function assertPlantWhole(what: string): Promise<void> {
    const now = await state({ uri, preview: true, ping: true });
    assert.deepEqual(now.elements, drawn.elements, `${what}: the diagram's plant is unchanged`);
    assert.ok(doc.getText().includes('\n  agvs:'), `${what}: agvs is still in the file`);
  }

  it('cursor set on an element: typing and Backspace edit the text, the plant stays', async () => {
    const editor = assertTextHasFocus(doc, 'before');
    putCursorOn(editor, '\n  agvs:');
    await afterSync('agvs', 'cursor set');
    await typeAndBackspace(doc, 'cursor set');
    await assertPlantWhole('cursor set');
  });

  it('cursor moved with the arrow keys through several elements', async () => {
    const editor = assertTextHasFocus(doc, 'before');
    putCursorOn(editor, '\n  agvs:');
    await afterSync('agvs', 'start');
    for (let i = 0; i < 6; i++) {
      await vscode.commands.executeCommand('cursorUp');
      assertTextHasFocus(doc, `arrow ${i + 1}`);
    }
    const now = await state({ uri, preview: true, ping: true });
    assert.ok(now.rendered?.selected, 'the diagram followed the cursor');
    assertTextHasFocus(doc, 'arrow keys');
    await typeAndBackspace(doc, 'arrow keys');
    await assertPlantWhole('arrow keys');
  });

  it('an element revealed from the diagram (and a finding picked in its panel)', async () => {
    await state({ uri, preview: true, message: { type: 'reveal', elementId: 'agvs' } });
    await state({ uri, preview: true, ping: true });
    const editor = assertTextHasFocus(doc, 'reveal');
    assert.match(doc.lineAt(editor.selection.active.line).text, /agvs/, 'the cursor went to agvs');
    await typeAndBackspace(doc, 'reveal');
    await assertPlantWhole('reveal');
  });

  it('the custom editor beside the text', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('vscode.openWith', uri, 'smartfab.diagram', { viewColumn: vscode.ViewColumn.Two, preserveFocus: true });
    drawn = await state({ uri, until: 'rendered' });
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    putCursorOn(editor, '\n  agvs:');
    await state({ uri, until: { shown: 'agvs' } });
    await state({ uri, ping: true });
    assertTextHasFocus(doc, 'custom editor sync');
    await typeAndBackspace(doc, 'custom editor sync');
    const now = await state({ uri, ping: true });
    assert.deepEqual(now.elements, drawn.elements, "the custom editor's plant is unchanged");
  });

  it('a delete from the diagram says what it removed; undo in the preview restores it in one step', async () => {
    const before = doc.getText();
    const after = await state({ uri, preview: true, message: { type: 'edit', op: 'delete', args: { elementId: 'agvs' } } });
    assert.equal(after.lastEditError, undefined);
    const told = await state({ uri, preview: true, until: 'notice' });
    assert.match(told.notice ?? '', /agvs/, 'the notice names the element');
    assert.match(told.notice ?? '', /1 device/, 'and counts what went with it');
    assert.ok(!doc.getText().includes('\n  agvs:'), 'agvs deleted');
    const restored = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc && e.reason === vscode.TextDocumentChangeReason.Undo, TIMEOUT, 'undo');
    await vscode.commands.executeCommand('smartfab.diagram.undo');
    await restored;
    assert.equal(doc.getText(), before, 'one undo step brings everything back');
    const redone = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc && e.reason === vscode.TextDocumentChangeReason.Redo, TIMEOUT, 'redo');
    await vscode.commands.executeCommand('smartfab.diagram.redo');
    await redone;
    assert.ok(!doc.getText().includes('\n  agvs:'), 'redo deletes again');
  });

  it('binds Ctrl+Z / Ctrl+Y in the preview to its undo / redo', () => {
    const kb = (extension().packageJSON as { contributes: { keybindings: { command: string; key: string; when?: string }[] } }).contributes.keybindings;
    const inPreview = (cmd: string, key: string) => kb.some((k) => k.command === cmd && k.key === key && /activeWebviewPanelId == 'smartfab.diagramPreview'/.test(k.when ?? ''));
    assert.ok(inPreview('smartfab.diagram.undo', 'ctrl+z'));
    assert.ok(inPreview('smartfab.diagram.redo', 'ctrl+y'));
    // ... except while the find box has focus: there the keys are the box's own (the browser's undo).
    const yields = (cmd: string) => kb.filter((k) => k.command === cmd).every((k) => /!smartfab\.diagram\.findFocused/.test(k.when ?? ''));
    assert.ok(yields('smartfab.diagram.undo') && yields('smartfab.diagram.redo'), 'the undo keys yield to the find box');
  });

  it('knows while the find box has focus (the context key the undo keys read)', async () => {
    const focused = await state({ uri, preview: true, message: { type: 'find-focus', focused: true } });
    assert.equal(focused.findFocused, true);
    const left = await state({ uri, preview: true, message: { type: 'find-focus', focused: false } });
    assert.equal(left.findFocused, false);
  });
});
