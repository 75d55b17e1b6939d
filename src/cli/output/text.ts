// Human/grep-friendly output: `file:line:col severity code message` (1-based line and column). Meant for a
// terminal: every line has its control characters (ESC sequences, CR, bidi overrides) made visible.
import { currentLang, t } from '../../core/l10n/lang';
import { localizeProblem } from '../../core/l10n/problem-text';
import { analysisTextLine } from '../../core/report/outputs';
import { visibleControls } from '../../core/report/safe-text';
import { severityWord } from '../../core/report/words';
import { summarize, type FileResult } from './types';

export function formatText(files: readonly FileResult[]): string {
  const lines: string[] = [];
  const lang = currentLang();
  // The severity word stays English in English output (grep-friendly); Japanese output names it.
  const sev = (s: Parameters<typeof severityWord>[0]) => (lang === 'en' ? s : severityWord(s));
  for (const f of files) {
    for (const problem of f.result.problems) {
      const p = localizeProblem(problem, lang);
      const pos = f.result.lineIndex.position(p.span.start);
      lines.push(visibleControls(`${f.path}:${pos.line + 1}:${pos.character + 1} ${sev(p.severity)} ${p.code} ${p.message.replace(/\r?\n/g, ' ')}`));
    }
    if (f.result.analysis) lines.push(visibleControls(analysisTextLine(f.path, f.result.analysis)));
  }
  const s = summarize(files);
  const total = s.errors + s.warnings + s.infos + s.hints;
  const files_ = (n: number) => (n === 1 ? t('1 file') : t('{0} files', n));
  const counts = [
    s.errors === 1 ? t('1 error') : t('{0} errors', s.errors),
    s.warnings === 1 ? t('1 warning') : t('{0} warnings', s.warnings),
    ...(s.infos ? [s.infos === 1 ? t('1 info') : t('{0} infos', s.infos)] : []),
    ...(s.hints ? [s.hints === 1 ? t('1 hint') : t('{0} hints', s.hints)] : []),
  ].join(t(', '));
  lines.push(
    total === 0
      ? t('{0} checked, no problems', files_(s.files))
      : t('{0} ({1}) in {2}', total === 1 ? t('1 problem') : t('{0} problems', total), counts, files_(s.files)),
  );
  return lines.join('\n') + '\n';
}
