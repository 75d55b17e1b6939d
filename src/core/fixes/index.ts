// Quick-fixes for problems, driven only by problem.code and problem.data (never the message).
import type { Problem } from '../diagnostics';
import { planMeasureEntries } from '../edit/measures';
import { buildFix } from './build';
import { fitsOf, plannedEntries, threatFixes } from './threat-fixes';
import type { Fix } from './types';
import { VALIDATION_FIXES } from './validation-fixes';

export type { Fix } from './types';

/** The fixes offered for one problem, computed on `text` (the text the problem was found in). */
export function fixesFor(problem: Problem, text: string): Fix[] {
  if (problem.code.startsWith('threat-')) return threatFixes(problem, text);
  const provider = Object.hasOwn(VALIDATION_FIXES, problem.code) ? VALIDATION_FIXES[problem.code] : undefined;
  return provider ? provider(problem, text).filter((f): f is Fix => f !== undefined) : [];
}

/** Every finding's "add missing countermeasures as planned", merged into one edit set. */
export function fixAll(problems: readonly Problem[], text: string): Fix | undefined {
  const fits = fitsOf(text);
  const entries = problems.flatMap((p) => plannedEntries(p, fits));
  if (entries.length === 0) return undefined;
  return buildFix(text, 'Add all missing countermeasures as planned', (s) => planMeasureEntries(s, entries), { kind: 'source.fixAll' });
}
