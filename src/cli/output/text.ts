// Human/grep-friendly output: `file:line:col severity code message` (1-based line and column). Meant for a
// terminal: every line has its control characters (ESC sequences, CR, bidi overrides) made visible.
import { analysisTextLine } from '../../core/report/outputs';
import { visibleControls } from '../../core/report/safe-text';
import { summarize, type FileResult } from './types';

export function formatText(files: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const p of f.result.problems) {
      const pos = f.result.lineIndex.position(p.span.start);
      lines.push(visibleControls(`${f.path}:${pos.line + 1}:${pos.character + 1} ${p.severity} ${p.code} ${p.message.replace(/\r?\n/g, ' ')}`));
    }
    if (f.result.analysis) lines.push(visibleControls(analysisTextLine(f.path, f.result.analysis)));
  }
  const s = summarize(files);
  const total = s.errors + s.warnings + s.infos + s.hints;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push(
    total === 0
      ? `${plural(s.files, 'file')} checked, no problems`
      : `${plural(total, 'problem')} (${[
          plural(s.errors, 'error'),
          plural(s.warnings, 'warning'),
          ...(s.infos ? [plural(s.infos, 'info')] : []),
          ...(s.hints ? [plural(s.hints, 'hint')] : []),
        ].join(', ')}) in ${plural(s.files, 'file')}`,
  );
  return lines.join('\n') + '\n';
}
