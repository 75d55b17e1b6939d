// One diagram webview bound to one text document (a preview may be re-bound to another): asks the language
// server for the picture of each version, turns webview requests into WorkspaceEdits from the core edit
// functions, and syncs selection both ways WITHOUT ever moving keyboard focus (issue 10: a Backspace meant
// for the text must never delete from the diagram).
import * as vscode from 'vscode';
import { reportError, smartfabLog } from '../onboarding/log';
import { parseWebviewMessage, type DiagramParams, type DiagramResult, type HostToWebview, type RenderedSummary, type WebviewToHost } from '../../core/diagram/protocol';
import type { DiagramModel } from '../../core/diagram/types';
import { LineIndex } from '../../core/text/line-index';
import { t } from '../l10n';
import { describeRemoval, editFor } from './edits';
import { currentTheme, exportDiagram } from './export';
import { elementAtOffset, spanOfElement } from './selection';

const DEBOUNCE_MS = 200;

/** Asks the language server for a document's diagram (see index.ts). */
export type DiagramRequester = (document: vscode.TextDocument, options: DiagramParams['options']) => Promise<DiagramResult>;

export interface DebugState {
  readonly uri: string;
  readonly documentVersion: number;
  /** Version of the text the current model was computed from. */
  readonly modelVersion?: number;
  readonly ready: boolean;
  readonly preview: boolean;
  readonly locked: boolean;
  readonly banner?: string;
  readonly rendered?: RenderedSummary;
  readonly selected?: string;
  readonly lastEditError?: string;
  /** The last status-line notice (e.g. what a delete removed). */
  readonly notice?: string;
  /** Element ids drawn as nodes (zones, devices) and as conduit edges, in model order. */
  readonly elements: readonly string[];
  readonly conduits: readonly string[];
  readonly flows: readonly string[];
  /** Findings that match no drawn element (they have no badge). */
  readonly unplacedFindings: number;
  readonly findings: number;
  readonly layout?: string;
  readonly showFlows: boolean;
  readonly expanded: readonly string[];
  /** 'rendered' messages received so far (tests wait for the next one after a ping). */
  readonly renders: number;
  /** Whether this panel is the active editor tab. */
  readonly active: boolean;
  /** Milliseconds from this session's start (or its last re-binding) to the webview's first drawn picture. */
  readonly firstPaintMs?: number;
}

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
  private startedAt = performance.now();
  private firstPaintMs: number | undefined;
  private viewportChanged = false;
  private readonly listeners = new Set<() => void>();
  private disposed = false;

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
    );
  }

  /** Shows another document in this (preview) panel: a fresh picture, nothing carried over. */
  rebind(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.startedAt = performance.now();
    this.firstPaintMs = undefined;
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
      ...(this.firstPaintMs !== undefined && { firstPaintMs: this.firstPaintMs }),
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
  async undoRedo(command: 'undo' | 'redo'): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    await vscode.commands.executeCommand(command);
    this.panel.reveal(this.panel.viewColumn, false); // back to the diagram, where the user pressed the key
  }

  /** The text beside the diagram (the "Show Source" button). */
  async showSource(): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    await vscode.window.showTextDocument(this.document, { viewColumn: column, preserveFocus: false });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
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
    try {
      result = await this.request(document, this.options());
    } catch (e) {
      result = { version: document.version, findings: [], damages: [], broken: t('Cannot draw the plant ({0})', e instanceof Error ? e.message : String(e)) };
    }
    // A newer request or another document is on its way: drop this one (unless nothing is shown yet).
    if (this.disposed || document !== this.document) return;
    if (generation !== this.generation && this.model) return;
    if (result.version !== document.version && this.model) return;
    if (result.model) {
      const first = this.model === undefined;
      this.model = result.model;
      this.modelVersion = result.version;
      this.findingCount = result.findings.length;
      this.damages = result.damages;
      this.banner = undefined;
      this.post({ type: 'model', version: result.version, model: result.model, findings: result.findings, damages: result.damages });
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
    };
  }

  private async handle(msg: WebviewToHost): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.ready = true;
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
        if (this.firstPaintMs === undefined && summary.version === this.modelVersion) this.firstPaintMs = performance.now() - this.startedAt;
        return;
      }
      case 'reveal':
        this.selected = msg.elementId;
        await this.reveal(msg.elementId);
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

  /** Moves the text cursor to an element, in a visible editor, never taking focus from the diagram. */
  private async reveal(elementId: string): Promise<void> {
    const span = this.model && spanOfElement(this.model, elementId);
    if (!span) return;
    const range = new vscode.Range(this.document.positionAt(span.start), this.document.positionAt(span.end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor =
      visible ?? (await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }));
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async applyEdit(msg: Extract<WebviewToHost, { type: 'edit' }>): Promise<void> {
    const text = this.document.getText();
    // Edits address what the user saw: refuse while the picture is behind the text (positions could differ).
    if (this.modelVersion !== this.document.version) {
      this.fail(t('The diagram is catching up with the text; try again in a moment.'));
      return;
    }
    const result = editFor(text, msg, this.model);
    if ('error' in result) {
      this.fail(result.error);
      return;
    }
    this.lastEditError = undefined;
    if (result.edits.length === 0) return;
    const lines = new LineIndex(text);
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      const r = lines.range(e);
      edit.replace(this.document.uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), e.newText);
    }
    // onDidChangeTextDocument fires during applyEdit, before we learn the version: our edit yields the next one.
    this.ownVersions.add(this.document.version + 1);
    if (!(await vscode.workspace.applyEdit(edit))) {
      this.ownVersions.delete(this.document.version + 1);
      this.fail(t('The edit could not be applied.'));
      return;
    }
    if (msg.op === 'delete') {
      // Say what went, references included: a delete is never silent (one WorkspaceEdit: one undo step).
      this.notice = describeRemoval(text, result, msg.args.elementId);
      this.post({ type: 'notice', message: this.notice });
      void vscode.window.showInformationMessage(this.notice);
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
