// Finding and reading plant files through the workspace file system (works in virtual workspaces).
import * as vscode from 'vscode';
import type { FileText } from '../../server/protocol';

export const PLANT_GLOB = '**/*.smartfab.{yaml,yml}';

export async function findPlantFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(PLANT_GLOB, '**/node_modules/**', undefined, token);
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** The text of a file: the open editor's (unsaved edits included) or the file system's. */
export async function readPlant(uri: vscode.Uri): Promise<FileText> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const path = vscode.workspace.asRelativePath(uri, false);
  if (open) return { uri: uri.toString(), path, text: open.getText() };
  const bytes = await vscode.workspace.fs.readFile(uri);
  return { uri: uri.toString(), path, text: new TextDecoder('utf-8').decode(bytes) };
}
