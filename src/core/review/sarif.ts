// SARIF 2.1.0 §3.35 suppressions for decided findings, as GitHub code scanning reads them: the decision
// lives in the plant file, so kind "inSource"; accepted / false-positive are "accepted", mitigating is
// "underReview". mitigated claims no suppression (the finding is still open when the analysis reports it).
import type { Problem } from '../diagnostics';
import type { DecisionData } from './types';

export interface SarifSuppression {
  readonly kind: 'inSource' | 'external';
  readonly status: 'accepted' | 'underReview' | 'rejected';
  readonly justification?: string;
  readonly properties?: Record<string, unknown>;
}

export function suppressionsOf(p: Problem): { suppressions: SarifSuppression[] } | Record<string, never> {
  const d = p.data?.decision as DecisionData | undefined;
  if (!d || d.status === 'mitigated') return {};
  const status = d.status === 'mitigating' ? 'underReview' : 'accepted';
  const properties = Object.fromEntries(Object.entries({ decision: d.status, owner: d.owner, date: d.date, ticket: d.ticket, expires: d.expires }).filter(([, v]) => v !== undefined));
  return { suppressions: [{ kind: 'inSource', status, ...(d.justification ? { justification: d.justification } : {}), properties }] };
}
