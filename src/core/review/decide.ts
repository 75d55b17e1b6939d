// The review stage after the analysis: applies the plant file's risk decisions to the findings and
// reports decisions that no longer hold (expired, stale key, missing justification). Pure; `today` is
// an input so results are reproducible.
import { distance } from 'fastest-levenshtein';
import type { Problem } from '../diagnostics';
import { t } from '../lsp/l10n';
import type { Plant } from '../model/plant';
import { keyElements, needsJustification, SETTLING_STATUSES, todayIso, type DecisionData, type ReviewOptions, type RiskDecision } from './types';

/** How one decision stands after the analysis. */
export type DecisionState = 'applied' | 'resolved' | 'expired' | 'stale' | 'unjustified' | 'invalid';

export interface DecisionOutcome {
  readonly decision: RiskDecision;
  readonly state: DecisionState;
  /** Findings (threat codes) the decision applies to. */
  readonly codes: readonly string[];
}

export interface ReviewResult {
  /** The findings with decisions applied (severity, message, data.decision); hidden ones dropped. */
  readonly findings: Problem[];
  /** Problems of the `risks:` section itself. */
  readonly problems: Problem[];
  readonly outcomes: DecisionOutcome[];
}

/** The minimum of an analysis this stage needs (instance keys; findings carry data.key). */
export interface ReviewAnalysis {
  readonly findings: readonly Problem[];
  readonly instances: readonly { readonly key: string }[];
}

const MAX_CANDIDATES = 3;

export function findingKey(p: Problem): string | undefined {
  const k = p.data?.key;
  return typeof k === 'string' && (p.code.startsWith('threat-') || p.code === 'suppressed') ? k : undefined;
}

/**
 * Applies `plant.risks` to `analysis.findings`. accepted / false-positive findings become info (or are dropped
 * with hideDecided) and carry data.decision; mitigating / mitigated keep their severity and carry it too.
 * A decision applies only while unexpired (expires is the last valid day) and justified (all but mitigated).
 */
export function reviewFindings(plant: Pick<Plant, 'risks'>, analysis: ReviewAnalysis, opts: ReviewOptions = {}): ReviewResult {
  const risks = plant.risks ?? [];
  if (risks.length === 0) return { findings: [...analysis.findings], problems: [], outcomes: [] };
  const today = opts.today ?? todayIso();
  const instanceKeys = new Set(analysis.instances.map((i) => i.key));
  const decidedKeys = new Set(risks.map((r) => r.key));
  const findingKeys = new Set(analysis.findings.map(findingKey).filter((k): k is string => k !== undefined));
  const problems: Problem[] = [];
  const outcomes: DecisionOutcome[] = [];
  const active = new Map<string, RiskDecision>();

  for (const d of risks) {
    const base = { key: d.key, ...(d.status ? { status: d.status } : {}) };
    let state: DecisionState;
    if (!d.status) state = 'invalid';
    else if (needsJustification(d.status) && !d.justification) {
      state = 'unjustified';
      problems.push({
        code: 'risk-missing-justification',
        severity: 'error',
        message: t('The decision "{0}" on {1} needs a justification.', t(d.status), d.key),
        span: d.keySpan,
        data: base,
      });
    } else if (d.expires !== undefined && d.expires < today) {
      state = 'expired';
      problems.push({
        code: 'risk-expired',
        severity: 'warning',
        message: t('The decision "{0}" on {1} expired on {2}; review it again.', t(d.status), d.key, d.expires),
        span: d.expiresSpan ?? d.keySpan,
        data: { ...base, expires: d.expires, keySpan: d.keySpan },
      });
    } else if (!instanceKeys.has(d.key)) {
      state = 'stale';
      const candidates = rekeyCandidates(d.key, [...instanceKeys].filter((k) => !decidedKeys.has(k)));
      problems.push({
        code: 'risk-stale',
        severity: 'warning',
        message: candidates.length
          ? t('No threat instance has the key {0} (renamed or removed?); did you mean {1}?', d.key, candidates.join(', '))
          : t('No threat instance has the key {0} (renamed or removed?).', d.key),
        span: d.keySpan,
        data: { ...base, candidates },
      });
    } else if (!findingKeys.has(d.key)) {
      // The threat is fully countered now: the decision has nothing left to decide.
      state = 'resolved';
      problems.push({
        code: 'risk-resolved',
        severity: 'hint',
        message: t('{0} has no open finding any more; the decision "{1}" can be removed.', d.key, t(d.status)),
        span: d.keySpan,
        data: base,
        tags: ['unnecessary'],
      });
    }
    else {
      state = 'applied';
      active.set(d.key, d);
    }
    outcomes.push({ decision: d, state, codes: state === 'applied' ? analysis.findings.filter((f) => findingKey(f) === d.key).map((f) => f.code) : [] });
  }

  const findings: Problem[] = [];
  for (const f of analysis.findings) {
    const key = findingKey(f);
    const d = key === undefined ? undefined : active.get(key);
    if (!d || !d.status) {
      findings.push(f);
      continue;
    }
    const settles = SETTLING_STATUSES.includes(d.status);
    if (settles && opts.hideDecided) continue;
    const decision: DecisionData = {
      key: d.key,
      status: d.status,
      ...(d.justification ? { justification: d.justification } : {}),
      ...(d.owner ? { owner: d.owner } : {}),
      ...(d.date ? { date: d.date } : {}),
      ...(d.ticket ? { ticket: d.ticket } : {}),
      ...(d.expires ? { expires: d.expires } : {}),
    };
    findings.push({
      ...f,
      severity: settles && (f.severity === 'error' || f.severity === 'warning') ? 'info' : f.severity,
      message: `${f.message} ${decisionNote(decision, f.code.startsWith('threat-'))}`,
      data: { ...f.data, decision },
    });
  }
  return { findings, problems, outcomes };
}

/** "[Risk accepted by Ops (2026-10-01): justification]" in the user's language. */
export function decisionNote(d: DecisionData, open: boolean): string {
  const who = [d.owner, d.date].filter(Boolean).join(', ');
  const label =
    d.status === 'accepted' ? t('Risk accepted')
    : d.status === 'false-positive' ? t('False positive')
    : d.status === 'mitigating' ? t('Mitigation under way')
    : open ? t('Marked mitigated, but measures are still missing')
    : t('Mitigated');
  return `[${label}${who ? ` (${who})` : ''}${d.justification ? `: ${d.justification}` : ''}]`;
}

/** Keys of the same threat, nearest first (a rename changes only an element id), at most three. */
export function rekeyCandidates(key: string, keys: readonly string[]): string[] {
  const { threat } = keyElements(key);
  return keys
    .filter((k) => keyElements(k).threat === threat)
    .map((k) => ({ k, d: distance(k, key) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, MAX_CANDIDATES)
    .map((x) => x.k);
}
