// Helpers for integration suites: wait on VS Code events (with timeouts, never fixed sleeps) and open the
// plants of the test workspace (a throw-away copy of examples/ plus test/integration/fixtures/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'smartfab.smartfab';
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Resolves with the first event that satisfies predicate; rejects after timeoutMs naming what it waited for. */
export function waitFor<T>(
  event: vscode.Event<T>,
  predicate: (e: T) => boolean = () => true,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  what = 'event',
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((e) => {
      if (!predicate(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/**
 * For state that has no change event (e.g. Extension.isActive): re-checks on a short interval until true.
 * The interval is a polling period, not a delay the test depends on.
 */
export function waitUntil(condition: () => boolean, timeoutMs = DEFAULT_TIMEOUT_MS, what = 'condition'): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (condition()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }
    }, 25);
  });
}

/** Diagnostics for uri once predicate holds (checked now, then on every onDidChangeDiagnostics for uri). */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<readonly vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (predicate(current)) return current;
  const key = uri.toString();
  await waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => e.uris.some((u) => u.toString() === key) && predicate(vscode.languages.getDiagnostics(uri)),
    timeoutMs,
    `diagnostics on ${path.basename(uri.path)}`,
  );
  return vscode.languages.getDiagnostics(uri);
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('integration tests need a workspace folder (the runner opens one)');
  return folder.uri;
}

/** Opens and shows a plant of the test workspace: "factory" → factory.smartfab.yaml. */
export async function openExample(name: string): Promise<vscode.TextEditor> {
  const file = /\.ya?ml$/.test(name) ? name : `${name}.smartfab.yaml`;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), file));
  return vscode.window.showTextDocument(doc);
}

/** Names of the example plants copied into the workspace (not the fixtures). */
export function exampleNames(): string[] {
  const root = workspaceRoot().fsPath;
  return fs
    .readdirSync(root)
    .filter((f) => f.endsWith('.smartfab.yaml') && !f.startsWith('fixture-'))
    .sort();
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext;
}

/** True when the extension under test ships a file (e.g. dist/server.js), so suites can skip unbuilt features. */
export function extensionHasFile(relative: string): boolean {
  return fs.existsSync(path.join(extension().extensionPath, relative));
}

/** True when a command is registered (features still being built register theirs as they land). */
export async function hasCommand(id: string): Promise<boolean> {
  return (await vscode.commands.getCommands(true)).includes(id);
}

type WithReason = { skipReason?: string };

/**
 * Skips the current test (or, from a hook, the whole suite) with a reason the runner prints — for features
 * other engineers have not landed yet. Use a PENDING-<AREA> prefix so the lead finds them all.
 */
export function skip(ctx: Mocha.Context, reason: string): never {
  const target = (ctx.currentTest ?? ctx.test?.parent) as WithReason | undefined;
  if (target) target.skipReason = reason;
  ctx.skip();
}
