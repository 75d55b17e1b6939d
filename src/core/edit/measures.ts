// Countermeasure entries (`countermeasures:` list): add, or update the status of, entries.
import { idError } from '../format/ids';
import { MEASURE_STATUSES, type MeasureStatus } from '../model/kinds';
import { measures, normalizeMeasure, type MeasureRow } from './plant-index';
import { runEdit, type EditSession } from './session';
import { findPair } from './source';
import type { EditResult } from './text-edit';

export interface MeasureEntryInput {
  /** "8-1" or "ID8-1"; written in the file's own style. */
  readonly measure: string;
  readonly target: string;
  readonly status: MeasureStatus;
  readonly reason?: string;
  readonly evidence?: string;
}

export interface AddMeasureOptions {
  /** Entries already present for the same measure + target get the new status (default: skipped). */
  readonly updateExisting?: boolean;
}

/** What a not-applicable entry says until the user writes the real reason. */
export const REASON_PLACEHOLDER = 'TODO: reason';

export function addMeasureEntries(text: string, entries: readonly MeasureEntryInput[], opts: AddMeasureOptions = {}): EditResult {
  return runEdit(text, (s) => planMeasureEntries(s, entries, opts));
}

/**
 * Sets the status of the entry for `measure` on `target`, creating it when absent. Marking it
 * not-applicable without a reason writes REASON_PLACEHOLDER (an existing reason is kept).
 */
export function setMeasureStatus(text: string, measure: string, target: string, status: MeasureStatus, reason?: string): EditResult {
  return runEdit(text, (s) => planMeasureEntries(s, [{ measure, target, status, reason: reason ?? (status === 'not-applicable' ? REASON_PLACEHOLDER : undefined) }], { updateExisting: true }));
}

/** Adds a reason (the placeholder unless given) to the entry for `measure` on `target`. */
export function planReason(s: EditSession, row: MeasureRow, reason = REASON_PLACEHOLDER): void {
  s.setScalar(row.map, 'reason', reason);
}

export function planMeasureEntries(s: EditSession, entries: readonly MeasureEntryInput[], opts: AddMeasureOptions = {}): void {
  const existing = measures(s.src);
  const seen = new Set<string>();
  for (const e of entries) {
    const measure = normalizeMeasure(e.measure);
    if (!/^\d{1,2}-\d{1,2}$/.test(measure)) return s.fail(`"${e.measure}" is not a countermeasure ID (like ID8-1).`);
    if (!MEASURE_STATUSES.includes(e.status)) return s.fail(`"${e.status}" is not a status (${MEASURE_STATUSES.join(', ')}).`);
    if (e.target.length === 0) return s.fail('The countermeasure entry needs a target.');
    const targetError = idError(e.target);
    if (targetError) return s.fail(targetError);
    const key = `${measure}\u0000${e.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = existing.find((r) => r.measure === measure && r.target === e.target);
    if (row) {
      if (opts.updateExisting) planUpdate(s, row, e);
      continue;
    }
    const value: Record<string, string> = { measure: s.src.style.idPrefix ? `ID${measure}` : measure, target: e.target, status: e.status };
    if (e.reason !== undefined) value.reason = e.reason;
    if (e.evidence !== undefined) value.evidence = e.evidence;
    s.appendAt(s.src.root, 'countermeasures', 'seq', { value });
  }
}

function planUpdate(s: EditSession, row: MeasureRow, e: MeasureEntryInput): void {
  if (row.status !== e.status) s.setScalar(row.map, 'status', e.status);
  // Never overwrite what the user wrote with a placeholder; fill only what is missing.
  const hasReason = findPair(row.map, 'reason') !== undefined;
  if (e.reason !== undefined && (!hasReason || e.reason !== REASON_PLACEHOLDER)) s.setScalar(row.map, 'reason', e.reason);
  const hasEvidence = findPair(row.map, 'evidence') !== undefined;
  if (e.evidence !== undefined && !hasEvidence) s.setScalar(row.map, 'evidence', e.evidence);
}
