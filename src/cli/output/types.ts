// What the output formatters receive: one checked file each.
import type { CheckResult } from '../../core/check';
import type { Problem, Severity } from '../../core/diagnostics';

export interface FileResult {
  /** Path as shown to the user: relative to the working directory, with '/' separators. */
  readonly path: string;
  readonly text: string;
  readonly result: CheckResult;
  /** With `check --baseline`: the file at the baseline (result undefined when it did not exist there). */
  readonly baseline?: { readonly result?: CheckResult };
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

const KEY: Record<Severity, keyof Omit<Summary, 'files'>> = { error: 'errors', warning: 'warnings', info: 'infos', hint: 'hints' };

export function summarize(files: readonly FileResult[]): Summary {
  const s: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of files) for (const p of f.result.problems) s[KEY[p.severity]]++;
  return s;
}

export function countProblems(problems: readonly Problem[]): Omit<Summary, 'files'> {
  return summarize([{ path: '', text: '', result: { problems } as CheckResult }]);
}
