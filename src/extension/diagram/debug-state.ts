// What the diagram's test hook (smartfab.diagram.debugState) and the editor bench (bench/first-paint.ts) read
// from a session: its state, and where the time to the first picture went.
import type { CompareState, DiagramChanges, RenderedSummary } from '../../core/diagram/protocol';

/** The parts of the first picture's time, ms (they add up to about `totalMs`; the rest is messaging). */
export interface FirstPaint {
  /** Session start (or re-binding) to the webview drawn. */
  readonly totalMs: number;
  /** Session start to the webview's script running ('ready'); 0 for a re-bound preview. */
  readonly webviewMs: number;
  /** Of `webviewMs`, the page's own part (its HTML, styles and script loaded and run); the rest is VS Code's. */
  readonly pageMs?: number;
  /** Of `pageMs`, until the page's script had been downloaded (the rest runs it: the webview's own code). */
  readonly scriptMs?: number;
  /** The smartfab/diagram request as the extension host saw it (server work plus transport). */
  readonly requestMs: number;
  /** Inside the server: the document's check (0 when its analysis was published already). */
  readonly serverCheckMs?: number;
  /** Inside the server: scene, ELK layout and findings of the picture. */
  readonly serverLayoutMs?: number;
  /** Model posted to the webview until it reported the picture drawn ('rendered'). */
  readonly paintMs: number;
}

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
  /** The "Changes since…" toggle (after a comparison) and the element changes sent to the webview. */
  readonly compare?: CompareState;
  readonly changes?: DiagramChanges;
  /** Whether the webview's "Find element" box has keyboard focus (Ctrl+Z is then the box's own). */
  readonly findFocused: boolean;
  /** Milliseconds from this session's start (or its last re-binding) to the webview's first drawn picture. */
  readonly firstPaintMs?: number;
  readonly firstPaint?: FirstPaint;
}

/** Times a session's first picture in parts: start -> webview ready -> request answered -> drawn. */
export class PaintClock {
  private startedAt = performance.now();
  private webviewMs = 0;
  private pageMs: number | undefined;
  private scriptMs: number | undefined;
  private requestMs = 0;
  private server: { readonly checkMs: number; readonly layoutMs: number } | undefined;
  private postedAt: number | undefined;
  /** Set once the first picture is drawn; undefined until then. */
  result: FirstPaint | undefined;

  /** A fresh start (a session, or a preview re-bound to another document whose webview is already up). */
  restart(): void {
    Object.assign(this, { startedAt: performance.now(), webviewMs: 0, pageMs: undefined, scriptMs: undefined, requestMs: 0, server: undefined, postedAt: undefined, result: undefined });
  }

  ready(page?: { readonly pageMs?: number; readonly scriptMs?: number }): void {
    if (this.result) return;
    this.webviewMs = performance.now() - this.startedAt;
    this.pageMs = page?.pageMs;
    this.scriptMs = page?.scriptMs;
  }

  /** A model arrived `requestMs` after it was asked for, and is posted to the webview now. */
  posted(requestMs: number, server?: { readonly checkMs: number; readonly layoutMs: number }): void {
    if (this.result) return;
    this.requestMs = requestMs;
    this.server = server;
    this.postedAt = performance.now();
  }

  drawn(): void {
    if (this.result) return;
    const now = performance.now();
    this.result = {
      totalMs: now - this.startedAt,
      webviewMs: this.webviewMs,
      ...(this.pageMs !== undefined && { pageMs: this.pageMs }),
      ...(this.scriptMs !== undefined && { scriptMs: this.scriptMs }),
      requestMs: this.requestMs,
      ...(this.server && { serverCheckMs: this.server.checkMs, serverLayoutMs: this.server.layoutMs }),
      paintMs: this.postedAt !== undefined ? now - this.postedAt : 0,
    };
  }
}
