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

/** The parts of a problem that are costly to word: built on first read, once. */
export interface ProblemDetail {
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * A problem whose message, related locations and data are built on first read (enumerable getters, so
 * spreads, JSON and deep equality see plain values). A dense plant raises thousands of findings of one
 * code of which the output lists MAX_PROBLEMS_PER_CODE (check-limit.ts): the rest are counted, never worded.
 * `detail` must be pure (it runs at most once, whenever first read, so it must not depend on ambient state
 * such as the locale: capture it).
 */
export function lazyProblem(head: Pick<Problem, 'code' | 'severity' | 'span'>, detail: () => ProblemDetail): Problem {
  let built: ProblemDetail | undefined;
  // An object literal with accessors (own, enumerable, in an eager problem's key order) is far cheaper to make
  // than Object.defineProperties, and thousands are made per check.
  return {
    code: head.code,
    severity: head.severity,
    get message() {
      return (built ??= detail()).message;
    },
    span: head.span,
    get related() {
      return (built ??= detail()).related;
    },
    get data() {
      return (built ??= detail()).data;
    },
  };
}

/** The problem with another severity; a lazy problem stays lazy (its getters are shared, not read). */
export function withSeverity(p: Problem, severity: Severity): Problem {
  const props = Object.getOwnPropertyDescriptors(p);
  return Object.defineProperties({}, { ...props, severity: { value: severity, enumerable: true } }) as Problem;
}
