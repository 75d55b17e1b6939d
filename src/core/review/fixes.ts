// Quick-fixes of the review workflow, from problem code and data only:
// threat findings -> "Accept risk…" / "Mark as false positive…"; risk-stale -> remove or re-key;
// risk-expired -> remove (re-deciding is the same "Accept risk…" on the finding).
import type { Problem } from '../diagnostics';
import { buildFix, str, strs } from '../fixes/build';
import type { Fix } from '../fixes/types';
import { t } from '../lsp/l10n';
import { planRekeyRisk, planRemoveRisk, planRiskDecision } from './edit';
import { JUSTIFICATION_PLACEHOLDER, todayIso, type RiskStatus } from './types';

/** The editor command that asks for a justification and records a decision (src/extension). */
export const DECIDE_RISK_COMMAND = 'smartfab.review.decideRisk';

export function riskFixes(p: Problem, text: string, today = todayIso()): Fix[] {
  const key = str(p.data, 'key');
  if (!key) return [];
  if (p.code.startsWith('threat-')) {
    const status = (p.data?.decision as { status?: string } | undefined)?.status;
    if (status === 'accepted' || status === 'false-positive') return [];
    return [decide(text, key, 'accepted', t('Accept risk…'), today), decide(text, key, 'false-positive', t('Mark as false positive…'), today)].filter(
      (f): f is Fix => f !== undefined,
    );
  }
  const out: (Fix | undefined)[] = [];
  if (p.code === 'risk-stale') {
    for (const c of strs(p.data, 'candidates')) out.push(buildFix(text, t('Re-key the decision to {0}', c), (s) => planRekeyRisk(s, key, c), { preferred: out.length === 0 }));
  }
  if (p.code === 'risk-stale' || p.code === 'risk-expired' || p.code === 'risk-resolved') out.push(buildFix(text, t('Remove the decision on {0}', key), (s) => planRemoveRisk(s, key)));
  return out.filter((f): f is Fix => f !== undefined);
}

function decide(text: string, key: string, status: RiskStatus, title: string, today: string): Fix | undefined {
  const fix = buildFix(text, title, (s) => planRiskDecision(s, { key, status, justification: JUSTIFICATION_PLACEHOLDER, date: today }));
  return fix && { ...fix, interactive: { command: DECIDE_RISK_COMMAND, arguments: [{ key, status }] } };
}
