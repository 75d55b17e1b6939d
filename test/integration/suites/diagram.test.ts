// The diagram custom editor and preview in a real VS Code: the webview draws every example, badges agree with
// diagnostics, reveal and cursor moves sync both ways, and diagram edits change the text (undoably).
// State is read through the test-only command smartfab.diagram.debugState (see src/extension/diagram/index.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { restoreDirty } from '../diagram-util';
import { exampleNames, extension, extensionHasFile, hasCommand, skip, waitFor, waitForDiagnostics, workspaceRoot } from '../util';

interface DebugState {
  uri: string;
  documentVersion: number;
  modelVersion?: number;
  ready: boolean;
  banner?: string;
  rendered?: { version: number; nodes: number; edges: number; badges: Record<string, number>; selected?: string };
  selected?: string;
  lastEditError?: string;
  elements: string[];
  conduits: string[];
  unplacedFindings: number;
}

const TIMEOUT = 60_000;

function within<T>(p: PromiseLike<T>, what: string, ms = TIMEOUT): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

type Until = 'ready' | 'rendered' | 'banner' | number | { selected: string };

function state(opts: { uri: vscode.Uri; message?: unknown; until?: Until }): Promise<DebugState> {
  const what = opts.until === undefined ? 'diagram state' : `diagram ${JSON.stringify(opts.until)} for ${opts.uri.path}`;
  return within(
    vscode.commands.executeCommand<DebugState | undefined>('smartfab.diagram.debugState', { ...opts, uri: opts.uri.toString() }),
    what,
  ).then((s) => {
    if (!s) throw new Error(`no diagram open for ${opts.uri.toString()}`);
    return s;
  });
}

async function openDiagram(name: string): Promise<{ uri: vscode.Uri; s: DebugState }> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.commands.executeCommand('vscode.openWith', uri, 'smartfab.diagram');
  const s = await state({ uri, until: 'rendered' });
  return { uri, s };
}

const badgeTotal = (s: DebugState): number => Object.values(s.rendered?.badges ?? {}).reduce((a, b) => a + b, 0);

describe('diagram', function () {
  this.timeout(TIMEOUT * 3);

  before(async function () {
    await extension().activate(); // commands register on activation
    if (!(await hasCommand('smartfab.diagram.debugState')) || !extensionHasFile('dist/server.js')) {
      skip(this, 'PENDING-DIAGRAM: the diagram is not in this build (no debugState command or dist/server.js)');
    }
  });

  // Leave the plants as found: put back the saved text and save (closing a dirty editor would prompt).
  afterEach(async () => {
    await restoreDirty();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('draws every example in the custom editor, with badges matching the diagnostics', async function () {
    const names = exampleNames();
    // Each example opens a new webview (1-3 s in code-server); the budget is per example.
    this.timeout(names.length * TIMEOUT);
    assert.ok(names.length > 0, 'the workspace holds the examples');
    const lsp = extensionHasFile('dist/server.js');
    for (const name of names) {
      const { uri, s } = await openDiagram(name);
      assert.ok(s.rendered && s.rendered.nodes > 0, `${name}: nodes drawn`);
      assert.equal(s.banner, undefined, `${name}: no banner on a valid example`);
      if (lsp) {
        const total = badgeTotal(s) + s.unplacedFindings;
        const diags = await waitForDiagnostics(uri, (d) => d.length === total, TIMEOUT).catch(() => vscode.languages.getDiagnostics(uri));
        assert.equal(total, diags.length, `${name}: badges + unplaced = diagnostics`);
      }
      // Editors stay open until afterEach (fewer webview teardowns, which seem to precede the stalls).
    }
  });

  it('reveals an element in the text, and selects the element under the text cursor', async () => {
    const name = exampleNames()[0];
    const { uri, s } = await openDiagram(name);
    const id = s.elements.find((e) => !s.conduits.includes(e)) ?? s.elements[0];
    await state({ uri, message: { type: 'reveal', elementId: id } });
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    assert.ok(editor, 'a text editor shows the plant');
    const line = editor.document.lineAt(editor.selection.active.line).text;
    assert.ok(line.includes(id), `cursor on the line of ${id}: "${line}"`);

    // Text -> diagram: put the cursor on another element's key.
    const other = s.elements.find((e) => e !== id && editor.document.getText().includes(`\n  ${e}:`));
    assert.ok(other, 'another element to select');
    const pos = editor.document.positionAt(editor.document.getText().indexOf(`\n  ${other}:`) + 3);
    editor.selection = new vscode.Selection(pos, pos);
    const synced = await state({ uri, until: { selected: other } });
    assert.equal(synced.selected, other);
  });

  it("applies 'insert DMZ' as a text edit, undoably, and redraws", async () => {
    const name = exampleNames().find((n) => n.startsWith('model-1')) ?? exampleNames()[0]; // no DMZ there yet
    const { uri, s } = await openDiagram(name);
    const conduit = s.conduits[0];
    assert.ok(conduit, 'a conduit to split');
    const doc = await vscode.workspace.openTextDocument(uri);
    const before = doc.getText();
    const changed = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc, TIMEOUT, 'the DMZ edit');
    const after = await state({ uri, message: { type: 'edit', op: 'insert-dmz', args: { conduitId: conduit } } });
    assert.equal(after.lastEditError, undefined, `insert DMZ on ${conduit}`);
    await changed;
    assert.notEqual(doc.getText(), before, 'the text changed');
    assert.ok((doc.getText().match(/kind: dmz/g) ?? []).length > (before.match(/kind: dmz/g) ?? []).length, 'a DMZ zone was added');
    assert.ok(doc.isDirty, 'the document is dirty (save is native)');
    const redrawn = await state({ uri, until: doc.version });
    assert.ok(redrawn.rendered && redrawn.rendered.version >= doc.version, 'the diagram follows the text');
    await vscode.commands.executeCommand('undo');
  });

  it("clears threat A4 when 'insert DMZ' is applied from the diagram on its conduit", async () => {
    // The fixture already declares A4's measures 5, 6, 7 and 10; the DMZ brings 8 and 9.
    const { uri } = await openDiagram('fixture-model-1-prepared.smartfab.yaml');
    const isA4 = (d: vscode.Diagnostic) => typeof d.code === 'object' && d.code.value === 'threat-A4';
    await waitForDiagnostics(uri, (ds) => ds.some(isA4), TIMEOUT);
    const after = await state({ uri, message: { type: 'edit', op: 'insert-dmz', args: { conduitId: 'iot-to-ctrl' } } });
    assert.equal(after.lastEditError, undefined, 'insert DMZ on iot-to-ctrl');
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.length > 0 && !ds.some(isA4), TIMEOUT);
    assert.ok(diagnostics.some((d) => typeof d.code === 'object' && d.code.value === 'threat-B3'), 'other findings stay');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /kind: dmz/);
    await vscode.commands.executeCommand('undo');
  });

  it('rejects malformed webview messages without touching the text', async () => {
    const { uri } = await openDiagram(exampleNames()[0]);
    const doc = await vscode.workspace.openTextDocument(uri);
    const v = doc.version;
    for (const message of [{ type: 'edit', op: 'rm-rf', args: {} }, { type: 'edit', op: 'delete', args: { elementId: 7 } }, 'ready', null]) {
      await state({ uri, message });
    }
    assert.equal(doc.version, v);
  });

  it('keeps the last good picture and shows a banner while the YAML is broken', async () => {
    const { uri, s } = await openDiagram(exampleNames()[0]);
    const doc = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'zones: [\n');
    await vscode.workspace.applyEdit(edit);
    const broken = await state({ uri, until: 'banner' });
    assert.ok(broken.banner, 'banner shown');
    assert.equal(broken.rendered?.nodes, s.rendered?.nodes, 'the last good diagram stays');
    assert.ok(doc.isDirty);
  });

  it('opens the preview beside the text', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), exampleNames()[0]);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', uri);
    const s = await state({ uri, until: 'rendered' });
    assert.ok(s.rendered && s.rendered.nodes > 0);
  });
});

