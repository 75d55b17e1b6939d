// `smartfab check <files|dirs|globs> [--format text|json|sarif] [--fail-on error|warning|never] [--output f]`
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { oneOf, parseCommandArgs, UsageError, usageLine } from '../args';
import { helpText } from '../help';
import { cannotRead, ioReason, readInput, writeOutputs } from '../files';
import type { Severity } from '../../core/diagnostics';
import { t } from '../../core/l10n/lang';
import { VERSION, type CliIo } from '../main';
import { formatJson, formatSarif, formatText, type FileResult } from '../output/index';
import { CliConfigs } from '../config';
import { loadBaselines } from '../baseline-input';
// require-style so esbuild bundles tinyglobby's CommonJS build: its ESM build (via fdir) calls
// createRequire(import.meta.url), which is undefined in the CommonJS dist/cli.js.
import tinyglobby = require('tinyglobby');

const { glob, isDynamicPattern } = tinyglobby;

/** `smartfab check --help` in the run's language. */
export const checkUsage = (): string => helpText({
  usage: 'smartfab check <files, directories or globs…> [options]',
  options: [
    ['--format text|json|sarif', t('output format (default text)')],
    ['--fail-on error|warning|never', t('exit 1 when a problem at or above this severity is found (default error)')],
    ['--output, -o <file>', t('write the output to a file instead of stdout')],
    ['--validate-only', t('check the format only, skip the threat analysis')],
    ['--baseline <old>', t('with sarif: set each result\'s baselineState (new, unchanged, updated,\nabsent) against a git revision, or a file / REV:path for one checked file')],
    ['--lang ja|en', t('language of the output (default: smartfab.config.yaml\'s language, else LC_ALL, LC_MESSAGES or LANG)')],
    ['--help, -h', t('show this help')],
  ],
  notes: t('A directory is searched for **/*.smartfab.yaml. The output never replaces an input file and is written\nwhole or not at all. Exit codes: 0 ok, 1 problems, 2 usage or I/O error.'),
});

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };


const toPosix = (p: string) => p.split(path.sep).join('/');

/** Expands arguments into files (sorted, unique), relative to cwd when inside it. */
async function resolveFiles(patterns: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pat of patterns) {
    if (isDynamicPattern(pat)) {
      const found = await glob(pat, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0) throw new Error(t("no files match '{0}'", pat));
      found.forEach((f) => files.add(toPosix(f)));
      continue;
    }
    const abs = path.resolve(cwd, pat);
    const st = await stat(abs).catch(() => undefined);
    if (!st) throw new Error(cannotRead(pat, ioReason({ code: 'ENOENT' })));
    if (st.isDirectory()) {
      const found = await glob('**/*.smartfab.{yaml,yml}', { cwd: abs, onlyFiles: true, ignore: ['**/node_modules/**'] });
      found.forEach((f) => files.add(toPosix(path.relative(cwd, path.join(abs, f)) || f)));
    } else {
      files.add(toPosix(path.isAbsolute(pat) ? pat : path.relative(cwd, abs)));
    }
  }
  return [...files].sort();
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let opts: { format: (typeof FORMATS)[number]; failOn: (typeof FAIL_ON)[number]; output?: string; validateOnly: boolean; patterns: string[]; baseline?: string };
  try {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
      output: { type: 'string', short: 'o' },
      'validate-only': { type: 'boolean' },
      baseline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(checkUsage());
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(t('no files given'));
    opts = {
      format: oneOf('format', values.format!, FORMATS),
      failOn: oneOf('fail-on', values['fail-on']!, FAIL_ON),
      ...(values.output !== undefined ? { output: values.output } : {}),
      validateOnly: values['validate-only'] === true,
      patterns: positionals,
      ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    };
    if (opts.baseline !== undefined && opts.format !== 'sarif') throw new UsageError(t('{0} needs {1}', '--baseline', '--format sarif'));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(usageLine('check', e.message));
    return 2;
  }

  const results: FileResult[] = [];
  // smartfab.config.yaml per file (severity, thresholds, language, ignore), as in the editor.
  const configs = new CliConfigs((s) => io.err(`smartfab check: ${s}`));
  try {
    const files = (await resolveFiles(opts.patterns, cwd)).filter((file) => !configs.ignored(path.resolve(cwd, file)));
    // Read together, checked in order: each read waits on the disk, not on the checks before it.
    const texts = files.map((file) => readInput(cwd, file));
    for (const p of texts) p.catch(() => undefined); // a failed read is reported when its turn comes
    for (let i = 0; i < files.length; i++) {
      const text = await texts[i];
      results.push({ path: files[i], text, result: configs.check(path.resolve(cwd, files[i]), text, files[i], { validateOnly: opts.validateOnly }).result });
    }
    if (opts.baseline !== undefined) {
      const baselines = await loadBaselines(opts.baseline, results.map((r) => path.resolve(cwd, r.path)), cwd, configs);
      for (let i = 0; i < results.length; i++) results[i] = { ...results[i], baseline: baselines.get(path.resolve(cwd, results[i].path)) ?? {} };
    }
  } catch (e) {
    io.err(`smartfab check: ${(e as Error).message}\n`);
    return 2;
  }
  if (results.length === 0) {
    io.err(`smartfab check: ${t('no *.smartfab.yaml files found')}\n`);
    return 2;
  }

  // Rules are per run: their helpUri follows docsBaseUrl when the checked files' configurations agree on one.
  const bases = new Set(results.map((r) => configs.for(path.resolve(cwd, r.path)).config.docsBaseUrl));
  const docsBaseUrl = bases.size === 1 ? [...bases][0] : undefined;
  const out = opts.format === 'json' ? formatJson(results, VERSION) : opts.format === 'sarif' ? formatSarif(results, VERSION, { baseDir: cwd, ...(docsBaseUrl && { docsBaseUrl }) }) : formatText(results);
  if (opts.output !== undefined) {
    const shown = (p: string) => path.relative(cwd, p) || p;
    try {
      await writeOutputs([{ path: path.resolve(cwd, opts.output), content: out }], results.map((r) => path.resolve(cwd, r.path)), shown);
    } catch (e) {
      io.err(`smartfab check: ${(e as Error).message}\n`);
      return 2;
    }
  } else io.out(out);

  if (opts.failOn === 'never') return 0;
  const threshold = RANK[opts.failOn];
  return results.some((r) => r.result.problems.some((p) => RANK[p.severity] >= threshold)) ? 1 : 0;
}
