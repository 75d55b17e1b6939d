// Registers the diagram: the `smartfab.diagram` custom editor ("Open Diagram"), the preview beside the text
// ("Open Diagram to the Side", Ctrl+K V) that behaves like Markdown's (one per document, reused; follows the
// active editor unless locked; restored after a reload), its undo/redo, Show Source and lock commands, and a
// test-only debug command. The pictures come from the language server (smartfab/diagram).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from '../../core/diagram/protocol';
import { t } from '../l10n';
import { smartfabLog } from '../onboarding/log';
import { diagramHtml, webviewOptions } from './html';
import { diagramBundle } from './l10n';
import { DiagramSession, type DebugState, type DiagramRequester } from './session';

export const VIEW_TYPE = 'smartfab.diagram';
export const PREVIEW_TYPE = 'smartfab.diagramPreview';

/** What the debug command can wait for: webview ready, model drawn, a document version drawn, banner, selection. */
type DebugUntil = 'ready' | 'rendered' | 'banner' | 'notice' | number | { readonly selected: string } | { readonly shown: string } | { readonly uri: string };

const isPlant = (d: vscode.TextDocument): boolean => d.languageId === 'smartfab' || /\.smartfab\.ya?ml$/.test(d.uri.path);

export function registerDiagram(context: vscode.ExtensionContext, client: LanguageClient): void {
  const sessions = new Set<DiagramSession>();
  let last: DiagramSession | undefined;

  const request: DiagramRequester = async (document, options) => {
    const uri = client.code2ProtocolConverter.asUri(document.uri);
    const version = document.version;
    const r = await client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, { uri, options } satisfies DiagramParams);
    if (!r.notOpen) return r;
    const again = await client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, { uri, options, text: document.getText() } satisfies DiagramParams);
    return { ...again, version };
  };

  const title = (s: { document: vscode.TextDocument; kind: { locked: boolean } }): string => {
    const name = s.document.uri.path.split('/').pop() ?? 'plant';
    return s.kind.locked ? t('[Locked] Diagram: {0}', name) : t('Diagram: {0}', name);
  };

  const attach = (document: vscode.TextDocument, panel: vscode.WebviewPanel, kind: { preview: boolean; locked: boolean }): DiagramSession => {
    panel.webview.options = webviewOptions(context.extensionUri);
    panel.webview.html = diagramHtml(panel.webview, context.extensionUri, diagramBundle(context.extensionUri));
    const session = new DiagramSession(document, panel, request, kind, (s) => {
      sessions.delete(s);
      if (last === s) last = sessions.values().next().value;
    });
    sessions.add(session);
    last = session;
    if (kind.preview) {
      panel.title = title(session);
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'diagram.svg');
    }
    smartfabLog().info(`Diagram of ${document.uri.toString()} opened (${kind.preview ? 'preview' : 'editor'})`);
    panel.onDidDispose(() => session.dispose());
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) last = session;
      session.changed();
    });
    return session;
  };

  const previews = (): DiagramSession[] => [...sessions].filter((s) => s.kind.preview);
  /** The preview that follows the active editor (at most one, like Markdown's). */
  const dynamic = (): DiagramSession | undefined => previews().find((s) => !s.kind.locked);
  const lockedFor = (uri: vscode.Uri): DiagramSession | undefined =>
    previews().find((s) => s.kind.locked && s.document.uri.toString() === uri.toString());

  const openPreview = async (uri: vscode.Uri, opts: { preserveFocus: boolean }): Promise<void> => {
    const document = await vscode.workspace.openTextDocument(uri);
    const existing = lockedFor(uri) ?? dynamic();
    if (existing) {
      existing.rebind(document);
      existing.panel.title = title(existing);
      existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside, opts.preserveFocus);
      last = existing;
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_TYPE, 'Diagram', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: opts.preserveFocus });
    attach(document, panel, { preview: true, locked: false });
  };

  const provider: vscode.CustomTextEditorProvider = {
    resolveCustomTextEditor(document, panel) {
      attach(document, panel, { preview: false, locked: false });
    },
  };

  const serializer: vscode.WebviewPanelSerializer<{ uri?: string; locked?: boolean }> = {
    async deserializeWebviewPanel(panel, state) {
      const uri = typeof state?.uri === 'string' ? vscode.Uri.parse(state.uri) : undefined;
      if (!uri) {
        panel.dispose();
        return;
      }
      try {
        attach(await vscode.workspace.openTextDocument(uri), panel, { preview: true, locked: state?.locked === true });
      } catch {
        panel.dispose(); // the file is gone
      }
    },
  };

  const targetUri = (uri?: unknown): vscode.Uri | undefined =>
    uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;

  const activePreview = (): DiagramSession | undefined => previews().find((s) => s.panel.active) ?? (last?.kind.preview ? last : undefined);

  const findSession = (uri?: string): DiagramSession | undefined =>
    uri === undefined ? last : [...sessions].reverse().find((s) => s.document.uri.toString() === uri);

  context.subscriptions.push(
    { dispose: () => [...sessions].forEach((s) => s.dispose()) },
    vscode.window.registerCustomEditorProvider(VIEW_TYPE, provider, {
      webviewOptions: { retainContextWhenHidden: false },
      supportsMultipleEditorsPerDocument: true,
    }),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_TYPE, serializer),
    // smartfab.language: each page holds its bundle, so it is reloaded in the new language (the reloaded
    // page says `ready` and gets its picture again, as when a hidden panel comes back).
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('smartfab.language')) return;
      for (const s of sessions) {
        s.panel.webview.html = diagramHtml(s.panel.webview, context.extensionUri, diagramBundle(context.extensionUri));
        if (s.kind.preview) s.panel.title = title(s);
      }
    }),
    // Follow the active editor, as Markdown's preview does (a locked preview stays on its document).
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const d = dynamic();
      if (!editor || !d || !isPlant(editor.document) || editor.document === d.document) return;
      d.rebind(editor.document);
      d.panel.title = title(d);
    }),
    vscode.commands.registerCommand('smartfab.diagram.open', async (uri?: unknown) => {
      const target = targetUri(uri);
      if (target) await vscode.commands.executeCommand('vscode.openWith', target, VIEW_TYPE);
    }),
    vscode.commands.registerCommand('smartfab.diagram.openToSide', async (uri?: unknown) => {
      const target = targetUri(uri);
      if (target) await openPreview(target, { preserveFocus: true });
    }),
    vscode.commands.registerCommand('smartfab.diagram.toggleLock', () => {
      const s = activePreview();
      if (!s) return;
      if (!s.kind.locked) {
        lockedFor(s.document.uri)?.panel.dispose(); // one locked preview per document
        s.kind.locked = true;
      } else {
        dynamic()?.panel.dispose(); // one following preview
        s.kind.locked = false;
      }
      s.panel.title = title(s);
      s.postInit();
      s.changed();
    }),
    vscode.commands.registerCommand('smartfab.diagram.showSource', async () => {
      const s = activePreview() ?? last;
      if (s?.kind.preview) await s.showSource();
      else if (s) await vscode.commands.executeCommand('vscode.openWith', s.document.uri, 'default');
    }),
    vscode.commands.registerCommand('smartfab.diagram.undo', () => activePreview()?.undoRedo('undo')),
    vscode.commands.registerCommand('smartfab.diagram.redo', () => activePreview()?.undoRedo('redo')),
  );
  // The test hook can feed the session messages (edits): development and test hosts only, never the product.
  if (context.extensionMode === vscode.ExtensionMode.Production) return;
  context.subscriptions.push(
    /**
     * Test hook: the state of the diagram of `uri` (default: the last active one). With `message`, first
     * handles it as if the webview had sent it; with `until`, waits for that state (the caller times out).
     * With `preview: true`, only previews count.
     */
    vscode.commands.registerCommand(
      'smartfab.diagram.debugState',
      async (opts?: { uri?: string; preview?: boolean; message?: unknown; until?: DebugUntil; ping?: boolean; showDamage?: number }): Promise<DebugState | undefined> => {
        const session = opts?.preview ? (opts.uri ? previews().find((s) => s.document.uri.toString() === opts.uri) : dynamic()) : findSession(opts?.uri);
        if (!session) return undefined;
        if (opts?.message !== undefined) await session.onMessage(opts.message);
        if (opts?.showDamage !== undefined) session.showDamage(opts.showDamage);
        if (opts?.ping || opts?.showDamage !== undefined) return session.ping();
        const until = opts?.until;
        if (until === 'ready') return session.waitFor((s) => s.ready);
        if (until === 'rendered') return session.waitFor((s) => s.rendered !== undefined && s.rendered.version === s.modelVersion);
        if (typeof until === 'number') return session.waitFor((s) => (s.rendered?.version ?? -1) >= until);
        if (until === 'banner') return session.waitFor((s) => s.banner !== undefined);
        if (until === 'notice') return session.waitFor((s) => s.notice !== undefined);
        if (typeof until === 'object' && until !== null && 'selected' in until) return session.waitFor((s) => s.selected === until.selected);
        if (typeof until === 'object' && until !== null && 'shown' in until) return session.waitFor((s) => s.rendered?.selected === until.shown);
        if (typeof until === 'object' && until !== null && 'uri' in until) {
          return session.waitFor((s) => s.uri === until.uri && s.rendered !== undefined && s.rendered.version === s.modelVersion);
        }
        return session.debugState();
      },
    ),
  );
}
