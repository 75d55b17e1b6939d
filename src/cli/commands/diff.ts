// `smartfab diff OLD NEW [--format text|markdown|json] [--fail-on-new error|warning] [--output f]`:
// findings added, resolved and changed between two revisions of a plant, and each damage's status.
import * as path from 'node:path';
import { oneOf, parseCommandArgs, UsageError, usageLine } from '../args';
import { helpText } from '../help';
import { t } from '../../core/l10n/lang';
import { writeOutputs } from '../files';
import { CliConfigs } from '../config';
import type { CliIo } from '../main';
import { readRevision } from '../revision';
import { diffFindings, hasNewAtOrAbove } from '../../core/review/diff';
import { diffJson, diffMarkdown, diffText } from '../../core/review/diff-render';

/** `smartfab diff --help` in the run's language. */
export const diffUsage = (): string => helpText({
  usage: 'smartfab diff <old> <new> [options]',
  intro: t('Each side is a plant file or REV:path read with git (e.g. HEAD:plant.smartfab.yaml, main:./plant.smartfab.yaml).'),
  options: [
    ['--format text|markdown|json', t('output format (default text)')],
    ['--fail-on-new error|warning', t('exit 1 when a finding at or above this severity is new (added, or raised)')],
    ['--output, -o <file>', t('write the output to a file instead of stdout')],
    ['--lang ja|en', t('language of the output (default: smartfab.config.yaml\'s language, else LC_ALL, LC_MESSAGES or LANG)')],
    ['--help, -h', t('show this help')],
  ],
  notes: t("Both sides are checked with the smartfab.config.yaml of the new side's file.\nExit codes: 0 compared, 1 new findings at or above --fail-on-new, 2 usage, I/O or git error."),
});

const FORMATS = ['text', 'markdown', 'json'] as const;
const FAIL_ON = ['error', 'warning'] as const;

export async function runDiff(args: string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let opts: { format: (typeof FORMATS)[number]; failOn?: (typeof FAIL_ON)[number]; output?: string; old: string; new: string };
  try {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', default: 'text' },
      'fail-on-new': { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(diffUsage());
      return 0;
    }
    if (positionals.length !== 2) throw new UsageError(t('give exactly two sides: {0}', '<old> <new>'));
    opts = {
      format: oneOf('format', values.format!, FORMATS),
      ...(values['fail-on-new'] !== undefined ? { failOn: oneOf('fail-on-new', values['fail-on-new'], FAIL_ON) } : {}),
      ...(values.output !== undefined ? { output: values.output } : {}),
      old: positionals[0],
      new: positionals[1],
    };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(usageLine('diff', e.message));
    return 2;
  }
  let sides;
  try {
    sides = await Promise.all([readRevision(opts.old, cwd), readRevision(opts.new, cwd)]);
  } catch (e) {
    io.err(`smartfab diff: ${(e as Error).message}\n`);
    return 2;
  }
  const [before, after] = sides;
  const configs = new CliConfigs((s) => io.err(`smartfab diff: ${s}`));
  const check = (text: string, label: string) => configs.check(after.file, text, label).result;
  const d = diffFindings(check(before.text, before.label), check(after.text, after.label));
  const labels = { before: before.label, after: after.label };
  const out = opts.format === 'json' ? diffJson(d, labels) : opts.format === 'markdown' ? diffMarkdown(d, labels) : diffText(d, labels);
  if (opts.output !== undefined) {
    try {
      // Never over either side's file; written whole (temporary file, then rename).
      await writeOutputs([{ path: path.resolve(cwd, opts.output), content: out }], [path.resolve(cwd, before.file), path.resolve(cwd, after.file)], (p) => path.relative(cwd, p) || p);
    } catch (e) {
      io.err(`smartfab diff: ${(e as Error).message}\n`);
      return 2;
    }
  } else io.out(out);
  return opts.failOn && hasNewAtOrAbove(d, opts.failOn) ? 1 : 0;
}
