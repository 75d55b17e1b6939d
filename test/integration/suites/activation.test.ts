// The extension as VS Code sees it: installed, language registered, activated by a plant file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, extension, openExample, waitUntil } from '../util';

describe('activation', () => {
  it(`${EXTENSION_ID} is installed and contributes the smartfab language`, async () => {
    const languages = (extension().packageJSON as { contributes?: { languages?: { id: string }[] } }).contributes
      ?.languages;
    assert.ok(languages?.some((l) => l.id === 'smartfab'), 'package.json contributes language smartfab');
    assert.ok((await vscode.languages.getLanguages()).includes('smartfab'), 'VS Code knows language smartfab');
  });

  it('gives *.smartfab.yaml files the language id smartfab', async () => {
    const editor = await openExample('fixture-minimal');
    assert.equal(editor.document.languageId, 'smartfab');
  });

  it('activates on a smartfab file', async () => {
    await openExample('fixture-minimal');
    await waitUntil(() => extension().isActive, 30_000, `${EXTENSION_ID} to activate`);
  });

  it('leaves plain YAML files alone', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'a: 1\n' });
    assert.equal(doc.languageId, 'yaml');
  });

  it('toggles YAML line comments (language configuration)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'smartfab', content: 'smartfab: 1\nzones: {}\n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.equal(doc.lineAt(0).text, '# smartfab: 1');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
