// Registers the diagram: the `smartfab.diagram` custom editor ("Open Diagram"), the preview beside the text
// ("Open Diagram to the Side") and a test-only debug command.
import * as vscode from 'vscode';
import { smartfabLog } from '../onboarding/log';
import { diagramHtml, webviewOptions } from './html';
import { LayoutService } from './layout-service';
import { DiagramSession, type DebugState } from './session';

export const VIEW_TYPE = 'smartfab.diagram';
const PREVIEW_TYPE = 'smartfab.diagramPreview';

/** What the debug command can wait for: webview ready, model drawn, a document version drawn, banner, selection. */
type DebugUntil = 'ready' | 'rendered' | 'banner' | number | { readonly selected: string };

export function registerDiagram(context: vscode.ExtensionContext): void {
  const layout = new LayoutService(vscode.Uri.joinPath(context.extensionUri, 'dist', 'diagram-worker.js').fsPath);
  const sessions = new Set<DiagramSession>();
  let last: DiagramSession | undefined;

  const attach = (document: vscode.TextDocument, panel: vscode.WebviewPanel): void => {
    panel.webview.options = webviewOptions(context.extensionUri);
    panel.webview.html = diagramHtml(panel.webview, context.extensionUri);
    const session = new DiagramSession(document, panel.webview, layout, (s) => {
      sessions.delete(s);
      if (last === s) last = undefined;
    });
    sessions.add(session);
    last = session;
    smartfabLog().info(`Diagram of ${document.uri.toString()} opened`);
    panel.onDidDispose(() => session.dispose());
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) last = session;
    });
  };

  const provider: vscode.CustomTextEditorProvider = {
    resolveCustomTextEditor(document, panel) {
      attach(document, panel);
    },
  };

  const targetUri = (uri?: unknown): vscode.Uri | undefined =>
    uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;

  const findSession = (uri?: string): DiagramSession | undefined =>
    uri === undefined ? last : [...sessions].reverse().find((s) => s.document.uri.toString() === uri);

  context.subscriptions.push(
    { dispose: () => layout.dispose() },
    { dispose: () => [...sessions].forEach((s) => s.dispose()) },
    vscode.window.registerCustomEditorProvider(VIEW_TYPE, provider, {
      webviewOptions: { retainContextWhenHidden: false },
      supportsMultipleEditorsPerDocument: true,
    }),
    vscode.commands.registerCommand('smartfab.diagram.open', async (uri?: unknown) => {
      const target = targetUri(uri);
      if (target) await vscode.commands.executeCommand('vscode.openWith', target, VIEW_TYPE);
    }),
    vscode.commands.registerCommand('smartfab.diagram.openToSide', async (uri?: unknown) => {
      const target = targetUri(uri);
      if (!target) return;
      const document = await vscode.workspace.openTextDocument(target);
      const name = target.path.split('/').pop() ?? 'plant';
      const panel = vscode.window.createWebviewPanel(PREVIEW_TYPE, `Diagram: ${name}`, {
        viewColumn: vscode.ViewColumn.Beside,
        preserveFocus: true,
      });
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'diagram.svg');
      attach(document, panel);
    }),
  );
  // The test hook can feed the session messages (edits): development and test hosts only, never the product.
  if (context.extensionMode === vscode.ExtensionMode.Production) return;
  context.subscriptions.push(
    /**
     * Test hook: the state of the diagram of `uri` (default: the last active one). With `message`, first
     * handles it as if the webview had sent it; with `until`, waits for that state (the caller times out).
     */
    vscode.commands.registerCommand(
      'smartfab.diagram.debugState',
      async (opts?: { uri?: string; message?: unknown; until?: DebugUntil }): Promise<DebugState | undefined> => {
        const session = findSession(opts?.uri);
        if (!session) return undefined;
        if (opts?.message !== undefined) await session.onMessage(opts.message);
        const until = opts?.until;
        if (until === 'ready') return session.waitFor((s) => s.ready);
        if (until === 'rendered') return session.waitFor((s) => s.rendered !== undefined && s.rendered.version === s.modelVersion);
        if (typeof until === 'number') return session.waitFor((s) => (s.rendered?.version ?? -1) >= until);
        if (until === 'banner') return session.waitFor((s) => s.banner !== undefined);
        if (typeof until === 'object' && until !== null) return session.waitFor((s) => s.selected === until.selected);
        return session.debugState();
      },
    ),
  );
}
