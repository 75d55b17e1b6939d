// A command's --help in the run's language: the usage line and option flags stay as typed (they are syntax),
// descriptions and notes go through t() with their Japanese in l10n/bundle.l10n.ja.json.
import { t } from '../core/l10n/lang';

export interface HelpSpec {
  /** The command line as typed, e.g. "smartfab check <files, directories or globs…> [options]". */
  readonly usage: string;
  /** Paragraph after the usage line (already translated). */
  readonly intro?: string;
  /** [flags as typed, description (already translated; "\n" starts a continuation line)]. */
  readonly options: readonly (readonly [string, string])[];
  /** Closing paragraph (already translated). */
  readonly notes?: string;
}

/** Flags longer than this get their description on the next line. */
const FLAG_COLUMN = 32;

/** The help text: "Usage: …", intro, "Options:" with aligned descriptions, notes; ends with a newline. */
export function helpText(h: HelpSpec): string {
  const width = Math.min(FLAG_COLUMN, Math.max(...h.options.map(([f]) => f.length)));
  const pad = ' '.repeat(2 + width + 2);
  const lines = h.options.flatMap(([flags, text]) => {
    const [first, ...rest] = text.split('\n');
    const head = flags.length > width ? [`  ${flags}`, `${pad}${first}`] : [`  ${flags.padEnd(width)}  ${first}`];
    return [...head, ...rest.map((r) => `${pad}${r}`)];
  });
  const parts = [t('Usage: {0}', h.usage), h.intro, `${t('Options:')}\n${lines.join('\n')}`, h.notes].filter((x): x is string => !!x);
  return `${parts.join('\n\n')}\n`;
}
