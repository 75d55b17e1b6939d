// One diagram webview bound to one text document (a preview may be re-bound to another): asks the language
// server for the picture of each version, turns webview requests into WorkspaceEdits from the core edit
// functions, and syncs selection both ways WITHOUT ever moving keyboard focus (issue 10: a Backspace meant
// for the text must never delete from the diagram).
import * as vscode from 'vscode';
import { reportError, smartfabLog } from '../onboarding/log';
import { parseWebviewMessage, type CompareState, type DiagramChanges, type DiagramParams, type DiagramResult, type HostToWebview, type RenderedSummary, type WebviewToHost } from '../../core/diagram/protocol';
import type { DiagramModel } from '../../core/diagram/types';
import { extensionLang, t } from '../l10n';
import { PaintClock, type DebugState } from './debug-state';
import { currentTheme, exportDiagram } from './export';
import { elementAtOffset } from './selection';
import { ChangesToggle, onDidSetBaseline } from './baselines';
import { applyDiagramEdit, revealElement, showSourceOf, undoRedoText } from './text-side';

export type { DebugState } from './debug-state';

const DEBOUNCE_MS = 200;

/** Asks the language server for a document's diagram (see index.ts). */
export type DiagramRequester = (document: vscode.TextDocument, options: DiagramParams['options'], baseline?: DiagramParams['baseline']) => Promise<DiagramResult>;

export class DiagramSession implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private model: DiagramModel | undefined;
  private modelVersion: number | undefined;
  private findingCount = 0;
  private damages: DiagramResult['damages'] = [];
  private banner: string | undefined;
  private ready = false;
  private rendered: RenderedSummary | undefined;
  private selected: string | undefined;
  private showFlows = false;
  private expanded = new Set<string>();
  private lastEditError: string | undefined;
  private notice: string | undefined;
  /** Document versions produced by our own edits: re-render at once, no debounce (and never echo back). */
  private readonly ownVersions = new Set<number>();
  private pngRequest = 0;
  private generation = 0;
  private renders = 0;
  private viewport: { width: number; height: number } | undefined;
  private readonly clock = new PaintClock();
  private findFocused = false;
  private viewportChanged = false;
  private readonly listeners = new Set<() => void>();
  private disposed = false;
  private readonly changesToggle = new ChangesToggle();
  private changeView: { compare?: CompareState; changes?: DiagramChanges } = {};

  constructor(
    public document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly request: DiagramRequester,
    readonly kind: { readonly preview: boolean; locked: boolean },
    private readonly onDidDispose: (s: DiagramSession) => void,
  ) {
    const webview = panel.webview;
    this.disposables.push(
      webview.onDidReceiveMessage((raw) => void this.onMessage(raw)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== this.document || e.contentChanges.length === 0) return;
        if (this.ownVersions.delete(e.document.version)) void this.update();
        else this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document !== this.document || !this.model) return;
        const id = elementAtOffset(this.model, this.document.offsetAt(e.selections[0].active));
        if (id !== undefined && id !== this.selected) this.select(id);
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.post({ type: 'theme', theme: currentTheme() })),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('smartfab.severity', this.document.uri)) this.schedule();
      }),
      // A comparison of this document: colour what changed since its baseline.
      onDidSetBaseline((uri) => {
        if (uri !== this.document.uri.toString()) return;
        this.changesToggle.shown = true;
        if (this.ready) void this.update();
      }),
      // The find box's focus is a context key of the active panel (the undo keybindings read it).
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.active) setFindFocused(this.findFocused);
      }),
    );
  }

  /** Shows another document in this (preview) panel: a fresh picture, nothing carried over. */
  rebind(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.clock.restart();
    this.model = undefined;
    this.modelVersion = undefined;
    this.selected = undefined;
    this.expanded.clear();
    this.rendered = undefined;
    this.postInit();
    if (this.ready) void this.update();
    this.changed();
  }

  /** Asks the webview for a 'rendered' answer; resolves with the state once it arrived. */
  ping(): Promise<DebugState> {
    const n = this.renders;
    this.post({ type: 'ping' });
    return this.waitFor((s) => s.renders > n);
  }

  /** Draws a damage's attack routes and threats in the webview (the damage list does the same). */
  showDamage(damage: number | undefined): void {
    this.post({ type: 'show-damage', damage });
  }

  /** Tells the webview what it shows (it persists this for the panel serializer). */
  postInit(): void {
    this.post({ type: 'init', uri: this.document.uri.toString(), preview: this.kind.preview, locked: this.kind.locked });
  }

  /** Handles a message as if the webview sent it (also used by the debug command in tests). */
  async onMessage(raw: unknown): Promise<void> {
    const msg = parseWebviewMessage(raw);
    if (!msg) {
      smartfabLog().warn('Diagram: rejected a malformed webview message');
      return;
    }
    await this.handle(msg);
    this.changed();
  }

  debugState(): DebugState {
    const edges = this.model?.edges ?? [];
    return {
      uri: this.document.uri.toString(),
      documentVersion: this.document.version,
      modelVersion: this.modelVersion,
      ready: this.ready,
      preview: this.kind.preview,
      locked: this.kind.locked,
      banner: this.banner,
      rendered: this.rendered,
      selected: this.selected,
      lastEditError: this.lastEditError,
      notice: this.notice,
      elements: [...new Set((this.model?.nodes ?? []).flatMap((n) => (n.elementId && n.type !== 'summary' ? [n.elementId] : [])))],
      conduits: [...new Set(edges.flatMap((e) => (e.type === 'conduit' ? [e.elementId] : [])))],
      flows: edges.flatMap((e) => (e.type === 'flow' ? [e.elementId] : [])),
      unplacedFindings: this.model?.unplacedFindings ?? 0,
      findings: this.findingCount,
      ...(this.model?.layout && { layout: this.model.layout.kind }),
      showFlows: this.showFlows,
      expanded: [...this.expanded],
      renders: this.renders,
      active: this.panel.active,
      findFocused: this.findFocused,
      ...(this.clock.result && { firstPaintMs: this.clock.result.totalMs, firstPaint: this.clock.result }),
      ...this.changeView,
    };
  }

  /** Resolves when `predicate` holds on the debug state (checked after each state change). */
  waitFor(predicate: (s: DebugState) => boolean): Promise<DebugState> {
    return new Promise((resolve) => {
      const check = (): void => {
        const s = this.debugState();
        if (!predicate(s)) return;
        this.listeners.delete(check);
        resolve(s);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Undo / redo of the text from the preview: VS Code's own undo stack of the text, so they stay one. */
  undoRedo(command: 'undo' | 'redo'): Promise<void> {
    return undoRedoText(this.document, this.panel, command);
  }

  /** The text beside the diagram (the "Show Source" button). */
  showSource(): Promise<void> {
    return showSourceOf(this.document, this.panel);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    if (this.findFocused && this.panel.active) setFindFocused(false);
    this.disposables.forEach((d) => d.dispose());
    this.onDidDispose(this);
  }

  changed(): void {
    for (const l of [...this.listeners]) l();
  }

  private post(msg: HostToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(msg);
  }

  private select(elementId: string | undefined): void {
    this.selected = elementId;
    this.post({ type: 'select', elementId });
    this.changed();
  }

  /** A new picture starts on the element under the text cursor (a cursor that does not move sends no event). */
  private syncFromCursor(): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    if (!editor || !this.model) return;
    const id = elementAtOffset(this.model, this.document.offsetAt(editor.selection.active));
    if (id !== undefined && id !== this.selected) this.select(id);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  private async update(): Promise<void> {
    clearTimeout(this.timer);
    const document = this.document;
    const generation = ++this.generation;
    let result: DiagramResult;
    const t0 = performance.now();
    try {
      result = await this.request(document, this.options(), this.changesToggle.request(document.uri));
    } catch (e) {
      result = { version: document.version, findings: [], damages: [], broken: t('Cannot draw the plant ({0})', e instanceof Error ? e.message : String(e)) };
    }
    // A newer request or another document is on its way: drop this one (unless nothing is shown yet).
    if (this.disposed || document !== this.document) return;
    if (generation !== this.generation && this.model) return;
    if (result.version !== document.version && this.model) return;
    if (result.model) {
      const first = this.model === undefined;
      this.clock.posted(performance.now() - t0, result.timing);
      this.model = result.model;
      this.modelVersion = result.version;
      this.findingCount = result.findings.length;
      this.damages = result.damages;
      this.banner = undefined;
      this.changeView = this.changesToggle.view(document.uri, result);
      this.post({ type: 'model', version: result.version, model: result.model, findings: result.findings, damages: result.damages, ...this.changeView });
      if (first) this.syncFromCursor();
    } else {
      this.banner = result.broken;
      this.post({ type: 'banner', message: result.broken });
    }
    this.changed();
  }

  private options(): DiagramParams['options'] {
    const previous = this.model ? Object.fromEntries(this.model.nodes.map((n) => [n.id, { x: n.x, y: n.y }])) : undefined;
    // Keep the direction once chosen while the pane keeps its shape; `auto` picks it for the pane's size.
    return {
      showFlows: this.showFlows,
      expanded: [...this.expanded],
      ...(previous ? { previous } : {}),
      direction: this.model?.direction && !this.viewportChanged ? this.model.direction : 'auto',
      ...(this.viewport && { viewport: this.viewport }),
      lang: extensionLang(), // the labels in the webview's language, whatever the server's process language
    };
  }

  private async handle(msg: WebviewToHost): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        this.clock.ready(msg);
        if (msg.viewport) this.viewport = msg.viewport;
        if (msg.restore) {
          this.showFlows = msg.restore.showFlows;
          this.expanded = new Set(msg.restore.expanded);
        }
        this.postInit();
        this.post({ type: 'theme', theme: currentTheme() });
        await this.update();
        return;
      case 'rendered': {
        const { type: _t, ...summary } = msg;
        this.rendered = summary;
        this.renders++;
        if (summary.version === this.modelVersion) this.clock.drawn();
        return;
      }
      case 'find-focus':
        this.findFocused = msg.focused;
        if (this.panel.active) setFindFocused(msg.focused);
        return;
      case 'reveal':
        this.selected = msg.elementId;
        await revealElement(this.document, this.model, msg.elementId);
        return;
      case 'edit':
        await this.applyEdit(msg);
        return;
      case 'export':
        await this.export(msg);
        return;
      case 'toggle-flows':
        this.showFlows = msg.show;
        await this.update();
        return;
      case 'toggle-changes':
        this.changesToggle.shown = msg.show;
        await this.update();
        return;
      case 'expand':
        if (msg.expanded) this.expanded.add(msg.zoneId);
        else this.expanded.delete(msg.zoneId);
        await this.update();
        return;
      case 'show-source':
        await this.showSource();
        return;
      case 'viewport': {
        const before = this.viewport;
        this.viewport = { width: msg.width, height: msg.height };
        // Only a change of the pane's shape (wide <-> tall) can change the direction worth a new layout.
        if (before && this.model && (before.width > before.height) !== (msg.width > msg.height)) {
          this.viewportChanged = true;
          await this.update();
          this.viewportChanged = false;
        }
        return;
      }
      case 'toggle-lock':
        await vscode.commands.executeCommand('smartfab.diagram.toggleLock');
        return;
      case 'select-damage':
        return; // highlighting is the webview's; nothing to do on the host
      case 'log':
        // The webview reports only failures this way (a PNG export that failed, a script error).
        reportError(t('The diagram reported an error: {0}', msg.message));
        return;
    }
  }

  private async applyEdit(msg: Extract<WebviewToHost, { type: 'edit' }>): Promise<void> {
    // Edits address what the user saw: refuse while the picture is behind the text (positions could differ).
    if (this.modelVersion !== this.document.version) {
      this.fail(t('The diagram is catching up with the text; try again in a moment.'));
      return;
    }
    const outcome = await applyDiagramEdit(this.document, msg, this.model, (version, expected) => {
      // onDidChangeTextDocument fires during applyEdit: our own version re-renders at once, without debounce.
      if (expected) this.ownVersions.add(version);
      else this.ownVersions.delete(version);
    });
    if ('error' in outcome) {
      this.fail(outcome.error);
      return;
    }
    this.lastEditError = undefined;
    if (outcome.notice !== undefined) {
      this.notice = outcome.notice;
      this.post({ type: 'notice', message: outcome.notice });
      void vscode.window.showInformationMessage(outcome.notice);
    }
  }

  private fail(message: string): void {
    this.lastEditError = message;
    this.post({ type: 'notice', message });
    void vscode.window.showWarningMessage(message);
  }

  private async export(msg: Extract<WebviewToHost, { type: 'export' }>): Promise<void> {
    if (!this.model) return;
    const png = await exportDiagram(this.document.uri, this.model, this.damages, msg, this.pngRequest);
    if (png) {
      this.pngRequest = png.requestId;
      this.post({ type: 'render-png', ...png });
    }
  }
}

/** The context key the undo/redo keybindings of the preview read (package.json). */
function setFindFocused(focused: boolean): void {
  void vscode.commands.executeCommand('setContext', 'smartfab.diagram.findFocused', focused);
}
