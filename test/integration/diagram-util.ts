// Shared by the diagram suites: the test-only state command (smartfab.diagram.debugState) with timeouts.
import * as vscode from 'vscode';
import { workspaceRoot } from './util';

export interface DebugState {
  uri: string;
  documentVersion: number;
  modelVersion?: number;
  ready: boolean;
  preview: boolean;
  locked: boolean;
  banner?: string;
  rendered?: { version: number; nodes: number; edges: number; badges: Record<string, number>; selected?: string; damage?: number; markers?: number; changes?: number };
  selected?: string;
  lastEditError?: string;
  notice?: string;
  elements: string[];
  conduits: string[];
  flows: string[];
  unplacedFindings: number;
  findings: number;
  layout?: string;
  showFlows: boolean;
  expanded: string[];
  renders: number;
  active: boolean;
  findFocused?: boolean;
  firstPaintMs?: number;
  compare?: { label: string; shown: boolean; error?: string };
  changes?: { label: string; elements: Record<string, string>; added: number; resolved: number; changed: number; newElements: number; removedElements: string[] };
  /** The first picture's time in parts (src/extension/diagram/debug-state.ts FirstPaint), ms. */
  firstPaint?: { totalMs: number; webviewMs: number; pageMs?: number; scriptMs?: number; requestMs: number; serverCheckMs?: number; serverLayoutMs?: number; paintMs: number };
}

export const TIMEOUT = 60_000;

export function within<T>(p: PromiseLike<T>, what: string, ms = TIMEOUT): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

export type Until = 'ready' | 'rendered' | 'banner' | 'notice' | 'changes' | number | { selected: string } | { shown: string } | { uri: string };

/** The diagram state of `uri` (`preview`: the following preview, or the preview of uri), after message/ping/until. */
export function state(opts: { uri?: vscode.Uri; preview?: boolean; message?: unknown; until?: Until; ping?: boolean; showDamage?: number }): Promise<DebugState> {
  const what = `diagram ${JSON.stringify(opts.until ?? (opts.ping ? 'ping' : 'state'))} for ${opts.uri?.path ?? 'the preview'}`;
  return within(
    vscode.commands.executeCommand<DebugState | undefined>('smartfab.diagram.debugState', { ...opts, uri: opts.uri?.toString() }),
    what,
  ).then((s) => {
    if (!s) throw new Error(`no diagram open for ${opts.uri?.toString() ?? 'the preview'}`);
    return s;
  });
}

export const plantUri = (name: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), name);

/** Webview tabs of the diagram preview, in every group. */
export function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('smartfab.diagramPreview'));
}

/** Puts the saved text back into every dirty plant and saves (closing a dirty editor would prompt). */
export async function restoreDirty(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file')) {
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), saved);
    await vscode.workspace.applyEdit(edit);
    await doc.save();
  }
}
