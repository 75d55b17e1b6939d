// `smartfab report <plant.smartfab.yaml> [--format markdown|html] [--output f]`: the review report.
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { checkText } from '../../core/check';
import { renderReport, type ReportFormat } from '../../core/report/index';
import type { CliIo } from '../main';

export const REPORT_USAGE = `Usage: smartfab report <plant.smartfab.yaml> [options]

Options:
  --format markdown|html   output format (default markdown)
  --output, -o <file>      write the report to a file instead of stdout
  --help, -h               show this help

The report lists the implementation models found, each damage with its attack scenarios and status,
the findings with their missing countermeasure IDs, and the coverage of threats by countermeasure IDs.
Exit codes: 0 report written, 1 the file holds no plant, 2 usage or I/O error.
`;

const FORMATS: readonly ReportFormat[] = ['markdown', 'html'];

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let file: string;
  let format: ReportFormat;
  let output: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'markdown' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(REPORT_USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(positionals.length ? 'give exactly one plant file' : 'no file given');
    if (!(FORMATS as readonly string[]).includes(values.format!)) throw new Error(`--format must be one of ${FORMATS.join(', ')} (got '${values.format}')`);
    file = positionals[0];
    format = values.format as ReportFormat;
    output = values.output;
  } catch (e) {
    io.err(`smartfab report: ${(e as Error).message}\n\n${REPORT_USAGE}`);
    return 2;
  }

  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    io.err(`smartfab report: cannot read '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const checked = checkText(text, { uri: file });
  if (!checked.plant || !checked.analysis) {
    const first = checked.problems[0];
    const where = first ? checked.lineIndex.position(first.span.start) : undefined;
    io.err(`smartfab report: '${file}' holds no plant${first && where ? `: ${where.line + 1}:${where.character + 1} ${first.message}` : ''}\n`);
    return 1;
  }
  const report = renderReport(
    { plant: checked.plant, analysis: checked.analysis, problems: checked.problems, lineIndex: checked.lineIndex, title: checked.plant.meta.name ?? path.basename(file) },
    format,
  );
  if (output === undefined) {
    io.out(report);
    return 0;
  }
  try {
    await writeFile(path.resolve(cwd, output), report, 'utf8');
  } catch (e) {
    io.err(`smartfab report: cannot write '${output}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  return 0;
}
