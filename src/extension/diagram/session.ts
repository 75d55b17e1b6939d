// One diagram webview bound to one text document: follows the text live (debounced, laid out in the worker),
// turns webview requests into WorkspaceEdits from the core edit functions, and syncs selection both ways.
import * as vscode from 'vscode';
import { reportError, smartfabLog } from '../onboarding/log';
import { parseWebviewMessage, type HostToWebview, type RenderedSummary, type WebviewToHost } from '../../core/diagram/protocol';
import type { DiagramModel, Point, SvgTheme } from '../../core/diagram/types';
import { renderSvg } from '../../core/diagram/svg';
import type { SeveritySetting } from '../../core/lsp/diagnostics';
import { LineIndex } from '../../core/text/line-index';
import type { ComputeResult } from './compute';
import { editFor } from './edits';
import type { LayoutService } from './layout-service';
import { elementAtOffset, spanOfElement } from './selection';

const DEBOUNCE_MS = 200;

export interface DebugState {
  readonly uri: string;
  readonly documentVersion: number;
  /** Version of the text the current model was computed from. */
  readonly modelVersion?: number;
  readonly ready: boolean;
  readonly banner?: string;
  readonly rendered?: RenderedSummary;
  readonly selected?: string;
  readonly lastEditError?: string;
  /** Element ids drawn as nodes (zones, devices) and as conduit edges, in model order. */
  readonly elements: readonly string[];
  readonly conduits: readonly string[];
  /** Findings that match no drawn element (they have no badge). */
  readonly unplacedFindings: number;
}

export class DiagramSession implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private model: DiagramModel | undefined;
  private modelVersion: number | undefined;
  private banner: string | undefined;
  private ready = false;
  private rendered: RenderedSummary | undefined;
  private selected: string | undefined;
  private showFlows = false;
  private expanded = new Set<string>();
  private lastEditError: string | undefined;
  /** Document versions produced by our own edits: re-render at once, no debounce (and never echo back). */
  private readonly ownVersions = new Set<number>();
  private pngRequest = 0;
  private readonly listeners = new Set<() => void>();
  private disposed = false;

  constructor(
    readonly document: vscode.TextDocument,
    private readonly webview: vscode.Webview,
    private readonly layout: LayoutService,
    private readonly onDidDispose: (s: DiagramSession) => void,
  ) {
    this.disposables.push(
      webview.onDidReceiveMessage((raw) => void this.onMessage(raw)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== this.document || e.contentChanges.length === 0) return;
        if (this.ownVersions.delete(e.document.version)) void this.update();
        else this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document !== this.document || !this.model) return;
        const offset = this.document.offsetAt(e.selections[0].active);
        const id = elementAtOffset(this.model, offset);
        if (id !== undefined && id !== this.selected) this.select(id);
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.post({ type: 'theme', theme: currentTheme() })),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('smartfab.severity', this.document.uri)) this.schedule();
      }),
    );
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
    return {
      uri: this.document.uri.toString(),
      documentVersion: this.document.version,
      modelVersion: this.modelVersion,
      ready: this.ready,
      banner: this.banner,
      rendered: this.rendered,
      selected: this.selected,
      lastEditError: this.lastEditError,
      elements: [...new Set((this.model?.nodes ?? []).flatMap((n) => (n.elementId && n.type !== 'summary' ? [n.elementId] : [])))],
      conduits: [...new Set((this.model?.edges ?? []).flatMap((e) => (e.type === 'conduit' ? [e.elementId] : [])))],
      unplacedFindings: this.model?.unplacedFindings ?? 0,
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

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
    this.onDidDispose(this);
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  private post(msg: HostToWebview): void {
    if (!this.disposed) void this.webview.postMessage(msg);
  }

  private select(elementId: string | undefined): void {
    this.selected = elementId;
    this.post({ type: 'select', elementId });
    this.changed();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  private async update(): Promise<void> {
    clearTimeout(this.timer);
    const version = this.document.version;
    let result: ComputeResult;
    try {
      result = await this.layout.compute({ text: this.document.getText(), version, options: this.options(), severity: this.severity() });
    } catch (e) {
      result = { version, findings: [], damages: [], broken: `Cannot draw the plant (${e instanceof Error ? e.message : String(e)})` };
    }
    // A newer version is already on its way: drop this one, unless nothing at all is shown yet.
    if (this.disposed || (version !== this.document.version && this.model)) return;
    if (result.model) {
      this.model = result.model;
      this.modelVersion = version;
      this.banner = undefined;
      this.post({ type: 'model', version, model: result.model, findings: result.findings, damages: result.damages });
    } else {
      this.banner = result.broken;
      this.post({ type: 'banner', message: result.broken });
    }
    this.changed();
  }

  /** The `smartfab.severity` setting as a plain record: configuration objects are proxies a worker cannot receive. */
  private severity(): Record<string, SeveritySetting> {
    const raw = vscode.workspace.getConfiguration('smartfab', this.document.uri).get<unknown>('severity');
    const out: Record<string, SeveritySetting> = {};
    if (raw && typeof raw === 'object') {
      for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' && /^(error|warning|info|hint|off)$/.test(v)) out[k] = v as SeveritySetting;
    }
    return out;
  }

  private options(): { showFlows: boolean; expanded: string[]; previous?: Record<string, Point> } {
    const previous = this.model ? Object.fromEntries(this.model.nodes.map((n) => [n.id, { x: n.x, y: n.y }])) : undefined;
    return { showFlows: this.showFlows, expanded: [...this.expanded], ...(previous ? { previous } : {}) };
  }

  private async handle(msg: WebviewToHost): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'theme', theme: currentTheme() });
        await this.update();
        return;
      case 'rendered': {
        const { type: _t, ...summary } = msg;
        this.rendered = summary;
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
      case 'select-damage':
        return; // highlighting is the webview's; nothing to do on the host
      case 'log':
        // The webview reports only failures this way (a PNG export that failed, a script error).
        reportError(vscode.l10n.t('The diagram reported an error: {0}', msg.message));
        return;
    }
  }

  private async reveal(elementId: string): Promise<void> {
    const span = this.model && spanOfElement(this.model, elementId);
    if (!span) return;
    const range = new vscode.Range(this.document.positionAt(span.start), this.document.positionAt(span.end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor =
      visible ??
      (await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }));
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async applyEdit(msg: Extract<WebviewToHost, { type: 'edit' }>): Promise<void> {
    const text = this.document.getText();
    const result = editFor(text, msg);
    if ('error' in result) {
      this.lastEditError = result.error;
      void vscode.window.showWarningMessage(result.error);
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
      this.lastEditError = 'The edit could not be applied.';
    }
  }

  private async export(msg: Extract<WebviewToHost, { type: 'export' }>): Promise<void> {
    if (!this.model) return;
    const base = this.document.uri.path.replace(/\.smartfab\.ya?ml$|\.ya?ml$/, '');
    if (msg.format === 'svg') {
      const svg = renderSvg(this.model, { theme: currentTheme(), title: base.split('/').pop() });
      await saveAs(this.document.uri.with({ path: `${base}.svg` }), new TextEncoder().encode(svg), 'SVG');
      return;
    }
    if (msg.data === undefined) {
      this.pngRequest++;
      this.post({ type: 'render-png', requestId: this.pngRequest, svg: renderSvg(this.model, { theme: currentTheme() }) });
      return;
    }
    if (msg.requestId !== this.pngRequest) return; // stale or unsolicited
    const bytes = Buffer.from(msg.data.slice(msg.data.indexOf(',') + 1), 'base64');
    await saveAs(this.document.uri.with({ path: `${base}.png` }), bytes, 'PNG');
  }
}

function currentTheme(): SvgTheme {
  const k = vscode.window.activeColorTheme.kind;
  if (k === vscode.ColorThemeKind.HighContrast || k === vscode.ColorThemeKind.HighContrastLight) return 'high-contrast';
  return k === vscode.ColorThemeKind.Dark ? 'dark' : 'light';
}

async function saveAs(defaultUri: vscode.Uri, bytes: Uint8Array, label: string): Promise<void> {
  const ext = label.toLowerCase();
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [label]: [ext] } });
  if (!target) return;
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (e) {
    reportError(vscode.l10n.t('Cannot write {0}: {1}', target.fsPath || target.toString(), e instanceof Error ? e.message : String(e)));
    return;
  }
  smartfabLog().info(`Diagram exported to ${target.toString()}`);
  void vscode.window.showInformationMessage(`Diagram exported to ${vscode.workspace.asRelativePath(target)}`);
}
