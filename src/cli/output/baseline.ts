// SARIF baselineState (SARIF 2.1.0 §3.27.24) for `smartfab check --baseline OLD`: each current result is
// new, unchanged or updated against the same file in the baseline, matched by finding identity (the threat
// instance key, as fingerprints); baseline findings gone from the file are added as "absent" results.
import type { Result } from 'sarif';
import type { CheckResult } from '../../core/check';
import type { Problem } from '../../core/diagnostics';
import { findingIdentity } from '../../core/review/diff';

export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent';

const strs = (v: unknown) => (Array.isArray(v) ? v.join(',') : '');
const decision = (p: Problem) => String((p.data?.decision as { status?: unknown } | undefined)?.status ?? '');
const sameFinding = (a: Problem, b: Problem) =>
  a.severity === b.severity && strs(a.data?.missing) === strs(b.data?.missing) && strs(a.data?.planned) === strs(b.data?.planned) && decision(a) === decision(b);

export interface BaselineMatch {
  /** State per current problem. */
  readonly states: Map<Problem, BaselineState>;
  /** Baseline problems without a current counterpart. */
  readonly absent: Problem[];
}

/** Matches the problems of one file against its baseline (undefined: the file is new, everything is new). */
export function matchBaseline(current: readonly Problem[], baseline: CheckResult | undefined): BaselineMatch {
  const pool = new Map<string, Problem[]>();
  for (const p of baseline?.problems ?? []) {
    const id = findingIdentity(p);
    pool.set(id, [...(pool.get(id) ?? []), p]);
  }
  const states = new Map<Problem, BaselineState>();
  for (const p of current) {
    const old = pool.get(findingIdentity(p))?.shift();
    states.set(p, !old ? 'new' : sameFinding(old, p) ? 'unchanged' : 'updated');
  }
  return { states, absent: [...pool.values()].flat() };
}

export function withBaselineState(r: Result, state: BaselineState | undefined): Result {
  return state ? { ...r, baselineState: state } : r;
}
