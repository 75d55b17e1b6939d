// Risk decisions (`risks:` in the plant file): what reviewers decided about a threat instance.
// Keyed by the finding's stable instance key (ThreatInstance.key, e.g. "A4@iot-nw>ctrl-info"), the key
// SARIF fingerprints already use, so a decision follows its finding across unrelated edits.
import type { Span } from '../model/plant';

/**
 * accepted: the risk is knowingly carried; false-positive: the threat does not apply as modelled;
 * mitigating: measures are under way; mitigated: measures are in place (no justification needed).
 */
export const RISK_STATUSES = ['accepted', 'mitigating', 'mitigated', 'false-positive'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Statuses that take the finding out of the error/warning level (it is then shown as info, or hidden). */
export const SETTLING_STATUSES: readonly RiskStatus[] = ['accepted', 'false-positive'];

export interface RiskDecision {
  /** The instance key as written (threat "@" element ids joined by ">"). */
  readonly key: string;
  readonly keySpan: Span;
  /** Span of the whole entry (key and value). */
  readonly span: Span;
  /** Undefined when missing or not one of RISK_STATUSES (the schema reports it). */
  readonly status?: RiskStatus;
  readonly justification?: string;
  readonly owner?: string;
  /** ISO date (YYYY-MM-DD) the decision was taken. */
  readonly date?: string;
  readonly ticket?: string;
  /** ISO date (YYYY-MM-DD): the last day the decision holds. */
  readonly expires?: string;
  readonly expiresSpan?: Span;
}

/** The decision as carried in a finding's data (`data.decision`), for outputs and quick-fixes. */
export interface DecisionData {
  readonly key: string;
  readonly status: RiskStatus;
  readonly justification?: string;
  readonly owner?: string;
  readonly date?: string;
  readonly ticket?: string;
  readonly expires?: string;
}

export interface ReviewOptions {
  /** Today as an ISO date (YYYY-MM-DD); defaults to the current UTC date. Tests pin it. */
  readonly today?: string;
  /** Accepted and false-positive findings are dropped instead of shown as info. */
  readonly hideDecided?: boolean;
}

/** What "Accept risk…" writes where the editor cannot ask; it does not count as a justification. */
export const JUSTIFICATION_PLACEHOLDER = 'TODO: justification';

/** Whether a decision requires a justification: all but `mitigated` do. */
export function needsJustification(status: RiskStatus | undefined): boolean {
  return status !== 'mitigated';
}

/** The element ids an instance key names: "A4@iot-nw>ctrl-info" -> ["iot-nw", "ctrl-info"]. */
export function keyElements(key: string): { threat: string; elements: string[] } {
  const at = key.indexOf('@');
  if (at < 0) return { threat: key, elements: [] };
  return { threat: key.slice(0, at), elements: key.slice(at + 1).split('>') };
}

/** The key with element `oldId` renamed to `newId` (unchanged when it does not name it). */
export function renameInKey(key: string, oldId: string, newId: string): string {
  const { threat, elements } = keyElements(key);
  if (!elements.includes(oldId)) return key;
  return `${threat}@${elements.map((e) => (e === oldId ? newId : e)).join('>')}`;
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
