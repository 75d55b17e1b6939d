// A problem found in a plant file: the one shape shared by validation, analysis, CLI, SARIF and LSP.
import type { Span } from './model/plant';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
}

export interface Problem {
  /** Stable code, e.g. "yaml-syntax", "schema", "dangling-ref", "threat-A4". Never parse the message. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedLocation[];
  /** Machine-readable payload for quick-fixes and outputs (threat id, missing measure IDs, target...). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** LSP-style tags: unnecessary code is faded, deprecated is struck through. */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
}
