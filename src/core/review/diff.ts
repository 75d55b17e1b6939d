// Findings compared between two revisions of a plant: added, resolved, changed (severity, missing or
// planned IDs, decision) and unchanged, plus each damage's scenario status before and after. Findings are
// matched by identity, not position: a threat finding by its instance key (as SARIF fingerprints), any other
// problem by code and message; repeated identities pair up in order.
import { currentLang } from '../l10n/lang';
import { localizeProblem } from '../l10n/problem-text';
import type { DamageStatus } from '../analysis/types';
import type { Problem, Severity } from '../diagnostics';
import type { LineIndex } from '../text/line-index';

/** One side of the comparison: what checkText returns (problems sorted by position, the analysis if any). */
export interface DiffSide {
  readonly problems: readonly Problem[];
  readonly lineIndex: LineIndex;
  readonly analysis?: { readonly damages: readonly { readonly damage: number; readonly title: string; readonly status: DamageStatus }[] };
}

export interface DiffFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Instance key for threat findings. */
  readonly key?: string;
  /** 1-based line in its revision. */
  readonly line: number;
  readonly missing: readonly string[];
  readonly planned: readonly string[];
  readonly decision?: string;
}

export type ChangeField = 'severity' | 'missing' | 'planned' | 'decision';

export interface ChangedFinding {
  readonly before: DiffFinding;
  readonly after: DiffFinding;
  readonly fields: readonly ChangeField[];
}

export interface DamageChange {
  readonly damage: number;
  readonly title: string;
  /** Undefined when the damage does not apply in that revision (its model is not exhibited). */
  readonly before?: DamageStatus;
  readonly after?: DamageStatus;
}

export interface FindingsDiff {
  readonly added: DiffFinding[];
  readonly resolved: DiffFinding[];
  readonly changed: ChangedFinding[];
  readonly unchanged: number;
  readonly damages: DamageChange[];
}

/** The identity a finding keeps across revisions. */
export function findingIdentity(p: Problem): string {
  const key = p.data?.key;
  return typeof key === 'string' ? `${p.code}\u0000${key}` : `${p.code}\u0000${p.message}`;
}

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function toFinding(p: Problem, li: LineIndex): DiffFinding {
  const key = p.data?.key;
  const decision = (p.data?.decision as { status?: unknown } | undefined)?.status;
  return {
    code: p.code,
    severity: p.severity,
    // In the run's language, rendered from code and data (src/core/l10n/problem-text.ts).
    message: localizeProblem(p, currentLang()).message,
    ...(typeof key === 'string' ? { key } : {}),
    line: li.position(p.span.start).line + 1,
    missing: strs(p.data?.missing),
    planned: strs(p.data?.planned),
    ...(typeof decision === 'string' ? { decision } : {}),
  };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function diffFindings(before: DiffSide, after: DiffSide): FindingsDiff {
  const pool = new Map<string, Problem[]>();
  for (const p of before.problems) {
    const id = findingIdentity(p);
    const list = pool.get(id);
    if (list) list.push(p);
    else pool.set(id, [p]);
  }
  const added: DiffFinding[] = [];
  const changed: ChangedFinding[] = [];
  let unchanged = 0;
  for (const p of after.problems) {
    const old = pool.get(findingIdentity(p))?.shift();
    const now = toFinding(p, after.lineIndex);
    if (!old) {
      added.push(now);
      continue;
    }
    const was = toFinding(old, before.lineIndex);
    const fields: ChangeField[] = [];
    if (was.severity !== now.severity) fields.push('severity');
    if (!same(was.missing, now.missing)) fields.push('missing');
    if (!same(was.planned, now.planned)) fields.push('planned');
    if (was.decision !== now.decision) fields.push('decision');
    if (fields.length) changed.push({ before: was, after: now, fields });
    else unchanged++;
  }
  const resolved = [...pool.values()].flat().sort((a, b) => a.span.start - b.span.start).map((p) => toFinding(p, before.lineIndex));
  return { added, resolved, changed, unchanged, damages: damageChanges(before, after) };
}

function damageChanges(before: DiffSide, after: DiffSide): DamageChange[] {
  const out = new Map<number, { damage: number; title: string; before?: DamageStatus; after?: DamageStatus }>();
  for (const d of before.analysis?.damages ?? []) out.set(d.damage, { damage: d.damage, title: d.title, before: d.status });
  for (const d of after.analysis?.damages ?? []) out.set(d.damage, { ...(out.get(d.damage) ?? { damage: d.damage, title: d.title }), title: d.title, after: d.status });
  return [...out.values()].sort((a, b) => a.damage - b.damage);
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** Whether the diff holds a new finding (added, or raised to) at or above `threshold` — what --fail-on-new checks. */
export function hasNewAtOrAbove(d: FindingsDiff, threshold: 'error' | 'warning'): boolean {
  const t = RANK[threshold];
  return d.added.some((f) => RANK[f.severity] >= t) || d.changed.some((c) => RANK[c.after.severity] >= t && RANK[c.after.severity] > RANK[c.before.severity]);
}
