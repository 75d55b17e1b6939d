// Quick-fixes for problems, driven only by problem.code and problem.data (never the message).
import type { Problem } from '../diagnostics';
import { planMeasureEntries } from '../edit/measures';
import { buildFix } from './build';
import { didYouMean } from './did-you-mean';
import { fitsOf, plannedEntries, threatFixes } from './threat-fixes';
import type { Fix } from './types';
import { VALIDATION_FIXES } from './validation-fixes';
import { riskFixes } from '../review/fixes';

export type { Fix } from './types';

/** The fixes offered for one problem, computed on `text` (the text the problem was found in). */
export function fixesFor(problem: Problem, text: string): Fix[] {
  // Review decisions (accept, re-key, remove) come after the fixes that address the threat itself.
  if (problem.code.startsWith('threat-')) return [...threatFixes(problem, text), ...riskFixes(problem, text)];
  if (problem.code.startsWith('risk-')) return riskFixes(problem, text);
  const provider = Object.hasOwn(VALIDATION_FIXES, problem.code) ? VALIDATION_FIXES[problem.code] : undefined;
  const own = provider ? provider(problem, text).filter((f): f is Fix => f !== undefined) : [];
  const spelling = didYouMean(problem, text);
  // A close spelling is the likelier intent: it goes first and takes the preference.
  return spelling.some((f) => f.isPreferred) ? [...spelling, ...own.map(({ isPreferred: _, ...f }) => f)] : [...spelling, ...own];
}

/** Every finding's "add missing countermeasures as planned", merged into one edit set. */
export function fixAll(problems: readonly Problem[], text: string): Fix | undefined {
  const fits = fitsOf(text);
  const entries = problems.flatMap((p) => plannedEntries(p, fits));
  if (entries.length === 0) return undefined;
  return buildFix(text, 'Add all missing countermeasures as planned', (s) => planMeasureEntries(s, entries), { kind: 'source.fixAll' });
}
