// The report's recurring words in the current language (markdown and HTML share them).
import type { DamageStatus } from '../analysis/types';
import type { Severity } from '../diagnostics';
import { t } from '../l10n/lang';

export function reportStatus(s: DamageStatus): string {
  switch (s) {
    case 'open': return t('open');
    case 'one-layer': return t('one layer');
    case 'defended-in-depth': return t('defended in depth');
    case 'not-exhibited': return t('not exhibited');
    default: return String(s);
  }
}

export function severityWord(s: Severity): string {
  switch (s) {
    case 'error': return t('error');
    case 'warning': return t('warning');
    case 'info': return t('info');
    case 'hint': return t('hint');
  }
}

/** How a model was found: "declared, shown by the topology". */
export function modelHow(declared: boolean, inferred: boolean): string {
  return [declared ? t('declared') : '', inferred ? t('shown by the topology') : ''].filter(Boolean).join(t(', '));
}
