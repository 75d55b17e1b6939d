// What the test hook (smartfab.diagram.debugState) reports of one diagram session.
import type { CompareState, DiagramChanges, RenderedSummary } from '../../core/diagram/protocol';

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
  /** The "Changes since…" toggle (after a comparison) and the element changes sent to the webview. */
  readonly compare?: CompareState;
  readonly changes?: DiagramChanges;
}
