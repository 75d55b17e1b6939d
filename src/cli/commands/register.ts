// `smartfab report --format csv|xlsx`: the risk register and the coverage matrix. xlsx holds both sheets;
// CSV holds the register, and with --output the coverage matrix goes beside it as <name>.coverage.csv.
import * as path from 'node:path';
import type { Analysis } from '../../core/analysis/types';
import type { Plant } from '../../core/model/plant';
import { renderCsv } from '../../core/report/csv';
import { registerSheets } from '../../core/report/register';
import { renderXlsx } from '../../core/report/xlsx';
import type { CliIo } from '../main';
import { writeOutputs } from '../files';
import { t } from '../../core/l10n/lang';

export type RegisterFormat = 'csv' | 'xlsx';

/** The sibling file name of the CSV coverage matrix: "r.csv" -> "r.coverage.csv". */
export function coverageCsvName(reportName: string): string {
  return `${reportName.replace(/\.csv$/i, '')}.coverage.csv`;
}

/** `input`: the plant file's absolute path, which no output may replace. */
export async function writeRegister(plant: Plant, analysis: Analysis, format: RegisterFormat, output: string | undefined, cwd: string, io: CliIo, input: string): Promise<number> {
  const sheets = registerSheets(plant, analysis);
  if (format === 'xlsx' && output === undefined) {
    io.err(`smartfab report: ${t('--format xlsx needs --output (a workbook is binary)')}\n`);
    return 2;
  }
  const files: { to: string; content: string | Uint8Array }[] = [];
  if (format === 'xlsx') files.push({ to: path.resolve(cwd, output!), content: await renderXlsx(sheets, { title: plant.meta.name }) });
  else if (output === undefined) {
    io.out(renderCsv(sheets[0]));
    return 0;
  } else {
    const target = path.resolve(cwd, output);
    files.push({ to: path.join(path.dirname(target), coverageCsvName(path.basename(target))), content: renderCsv(sheets[1]) });
    files.push({ to: target, content: renderCsv(sheets[0]) });
  }
  // Never over the plant file; each written whole (temporary file, then rename).
  try {
    await writeOutputs(files.map((f) => ({ path: f.to, content: f.content })), [input], (p) => path.relative(cwd, p) || p);
  } catch (e) {
    io.err(`smartfab report: ${(e as Error).message}\n`);
    return 2;
  }
  return 0;
}
