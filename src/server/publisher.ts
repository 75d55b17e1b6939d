// Publishes diagnostics, skipping a publication identical to the last one for the document. Each
// publication replaces the editor's markers, and VS Code restarts a pending code-action request on a
// marker change: re-sending the same diagnostics (e.g. when the settings arrive after opening) could turn
// the user's first Ctrl+. into "No code actions available".
import type { Diagnostic } from 'vscode-languageserver-types';

export class DiagnosticsPublisher {
  private readonly last = new Map<string, string>();

  constructor(private readonly send: (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => void) {}

  /** Sends the document's diagnostics unless they equal the last ones sent; true when sent. */
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): boolean {
    const key = JSON.stringify(diagnostics);
    if (this.last.get(uri) === key) return false;
    this.last.set(uri, key);
    this.send({ uri, ...(version !== undefined ? { version } : {}), diagnostics });
    return true;
  }

  /** Clears the document's diagnostics (closed) and forgets it. */
  clear(uri: string): void {
    this.last.delete(uri);
    this.send({ uri, diagnostics: [] });
  }
}
