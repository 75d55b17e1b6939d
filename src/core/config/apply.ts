// What a configuration means for a check: analysis options, review options and severity overrides,
// applied the same way by the CLI (to problems) and the language server (to diagnostics).
import type { AnalysisOptions } from '../analysis/types';
import type { Problem } from '../diagnostics';
import { effectiveSeverity } from '../lsp/diagnostics';
import type { ReviewOptions } from '../review/types';
import type { SmartFabConfig } from './read';

export function analysisOptionsOf(c: SmartFabConfig): AnalysisOptions {
  return {
    ...(c.fewIotDevices !== undefined ? { fewIotDevices: c.fewIotDevices } : {}),
    ...(c.manyIotDevices !== undefined ? { manyIotDevices: c.manyIotDevices } : {}),
  };
}

export function reviewOptionsOf(c: SmartFabConfig, today?: string): ReviewOptions {
  return { ...(c.hideDecided ? { hideDecided: true } : {}), ...(today ? { today } : {}) };
}

/** Problems with the overrides applied (wildcards, longest key wins; 'off' drops), as LSP diagnostics get them. */
export function applySeverityOverrides(problems: readonly Problem[], overrides: SmartFabConfig['severity']): Problem[] {
  if (Object.keys(overrides).length === 0) return [...problems];
  const out: Problem[] = [];
  for (const p of problems) {
    const s = effectiveSeverity(p, overrides);
    if (s === 'off') continue;
    out.push(s === p.severity ? p : { ...p, severity: s });
  }
  return out;
}
