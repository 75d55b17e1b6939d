// The last comparison per document ("Compare Findings with…"): the diagram's "Changes since…" toggle reuses
// its baseline (a git revision or a file), and a new comparison turns the colouring on in open diagrams.
import * as vscode from 'vscode';
import type { CompareState, DiagramChanges, DiagramParams } from '../../core/diagram/protocol';

export type Baseline = NonNullable<DiagramParams['baseline']>;

const byDocument = new Map<string, Baseline>();
const changed = new vscode.EventEmitter<string>();

/** Fires with the document URI whose comparison baseline was set. */
export const onDidSetBaseline = changed.event;

export function setBaseline(uri: vscode.Uri, baseline: Baseline): void {
  byDocument.set(uri.toString(), baseline);
  changed.fire(uri.toString());
}

export function baselineFor(uri: vscode.Uri): Baseline | undefined {
  return byDocument.get(uri.toString());
}

const labelOf = (b: Baseline): string => ('rev' in b ? b.rev : decodeURIComponent(b.fileUri.split('/').pop() ?? b.fileUri));

/** One diagram's "Changes since…" toggle: what to ask the server for, and what to tell the webview. */
export class ChangesToggle {
  shown = false;

  /** The baseline to send with the diagram request (only while shown). */
  request(uri: vscode.Uri): Baseline | undefined {
    return this.shown ? baselineFor(uri) : undefined;
  }

  /** The toggle's state for the webview (absent before any comparison) and the changes to colour. */
  view(uri: vscode.Uri, r: { changes?: DiagramChanges; changesError?: string }): { compare?: CompareState; changes?: DiagramChanges } {
    const b = baselineFor(uri);
    if (!b) return {};
    const compare: CompareState = { label: r.changes?.label ?? labelOf(b), shown: this.shown, ...(this.shown && r.changesError ? { error: r.changesError } : {}) };
    return { compare, ...(this.shown && r.changes ? { changes: r.changes } : {}) };
  }
}
