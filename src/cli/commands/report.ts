// `smartfab report <plant.smartfab.yaml> [--format markdown|html] [--output f]`: the review report.
import * as path from 'node:path';
import { oneOf, parseCommandArgs, UsageError, usageLine } from '../args';
import { helpText } from '../help';
import { notAPlant, problemLines, readInput, writeOutputs, type OutputFile } from '../files';
import { setLocale } from '../../core/lsp/l10n';
import { CliConfigs } from '../config';
import { writeRegister, type RegisterFormat } from './register';
import { renderReviewReport, type ReportFormat, type ReviewReportOptions } from '../../core/report/index';
import { t } from '../../core/lsp/l10n';
import type { CliIo } from '../main';

/** `smartfab report --help` in the run's language. */
export const reportUsage = (): string => helpText({
  usage: 'smartfab report <plant.smartfab.yaml> [options]',
  options: [
    ['--format markdown|html|csv|xlsx', t('output format (default markdown); csv and xlsx give the risk register (one row per\nthreat instance) and the coverage matrix: xlsx as two sheets (needs --output), csv\nas the register with <name>.coverage.csv beside it (with --output)')],
    ['--output, -o <file>', t('write the report to a file instead of stdout')],
    ['--diagram file|embed|none', t("where the plant diagram goes. HTML always inlines it. Markdown: 'file' (the\ndefault with --output) writes <name>.svg beside the report and links it, which\nrenders on GitHub and in VS Code; 'embed' (the default on stdout) inlines it as a\ndata: URI image, which VS Code's preview shows but GitHub does not")],
    ['--lang ja|en', t("language of the report and the register (default: smartfab.config.yaml's\nlanguage, else LC_ALL, LC_MESSAGES or LANG)")],
    ['--help, -h', t('show this help')],
  ],
  notes: t('The report lists the implementation models found, each damage with its attack scenarios and status,\nthe plant diagram, the findings with their missing countermeasure IDs, and the coverage of threats by\ncountermeasure IDs. Outputs never replace the plant file, and are written whole or not at all.\nExit codes: 0 report written, 1 the file holds no plant (its problems on stderr), 2 usage or I/O error.'),
});

const FORMATS: readonly (ReportFormat | RegisterFormat)[] = ['markdown', 'html', 'csv', 'xlsx'];
const LANGS = ['en', 'ja'] as const;
const DIAGRAMS = ['file', 'embed', 'none'] as const;
// A diagram beside the report may replace only an earlier SVG.
const SVG_START = /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/;

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let file: string;
  let format: ReportFormat | RegisterFormat;
  let lang: (typeof LANGS)[number] | undefined;
  let output: string | undefined;
  let diagram: (typeof DIAGRAMS)[number];
  try {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', default: 'markdown' },
      output: { type: 'string', short: 'o' },
      diagram: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(reportUsage());
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length ? t('give exactly one plant file') : t('no file given'));
    format = oneOf('format', values.format!, FORMATS);
    lang = values.lang === undefined ? undefined : oneOf('lang', values.lang, LANGS);
    file = positionals[0];
    output = values.output;
    const d = values.diagram ?? (output !== undefined ? 'file' : 'embed');
    diagram = oneOf('diagram', d, DIAGRAMS);
    if (diagram === 'file' && output === undefined) throw new UsageError(t('--diagram file needs --output (the SVG is written beside it)'));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(usageLine('report', e.message));
    return 2;
  }

  let text: string;
  try {
    text = await readInput(cwd, file);
  } catch (e) {
    io.err(`smartfab report: ${(e as Error).message}\n`);
    return 2;
  }
  // The file's smartfab.config.yaml (thresholds, severities, language), as smartfab check uses it.
  const checked = new CliConfigs((s) => io.err(`smartfab report: ${s}`)).check(path.resolve(cwd, file), text, file).result;
  if (lang) setLocale(lang);
  const blocking = notAPlant(checked);
  if (blocking || !checked.plant || !checked.analysis) {
    io.err(`smartfab report: ${t('{0} holds no plant:', `'${file}'`)}\n${problemLines(file, checked, blocking ?? checked.problems)}`);
    return 1;
  }
  if (format === 'csv' || format === 'xlsx') return writeRegister(checked.plant, checked.analysis, format, output, cwd, io, path.resolve(cwd, file));
  const where: ReviewReportOptions['diagram'] = diagram === 'file' ? { reportName: path.basename(output!) } : diagram;
  const report = await renderReviewReport(
    { plant: checked.plant, analysis: checked.analysis, problems: checked.problems, lineIndex: checked.lineIndex, title: checked.plant.meta.name ?? path.basename(file) },
    format,
    { diagram: where },
  );
  if (report.diagramError) io.err(`smartfab report: ${t('The diagram could not be drawn: {0}', report.diagramError)}\n`);
  if (output === undefined) {
    io.out(report.content);
    return 0;
  }
  const target = path.resolve(cwd, output);
  // The SVG first, so the report never links a file that failed to write.
  const outputs: OutputFile[] = [
    ...report.files.map((f) => ({ path: path.join(path.dirname(target), f.name), content: f.content, replaceOnly: SVG_START })),
    { path: target, content: report.content },
  ];
  try {
    await writeOutputs(outputs, [path.resolve(cwd, file)], (p) => path.relative(cwd, p) || p);
  } catch (e) {
    io.err(`smartfab report: ${(e as Error).message}\n`);
    return 2;
  }
  return 0;
}
