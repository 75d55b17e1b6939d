// SARIF and review-report exports for the editor commands, reusing the CLI's SARIF writer and the
// core report module so the editor and `smartfab check --format sarif` / `smartfab report` agree.
import { formatSarif } from '../cli/output/sarif';
import { checkText } from '../core/check';
import { renderReviewReport } from '../core/report/index';
import type { ExportReportParams, ExportResult, FileText } from './protocol';
import { applySeverityOverrides } from '../core/config/apply';
import type { CheckerOptions } from './checker';
import type { SeveritySetting } from '../core/lsp/diagnostics';

/** Per-file options from smartfab.config.yaml (and settings), so exports match the Problems panel and the CLI. */
export interface ExportOptions extends CheckerOptions {
  severity?(uri: string): Readonly<Record<string, SeveritySetting>>;
}

function configuredCheck(text: string, uri: string, o: ExportOptions) {
  const r = checkText(text, { uri, analysis: o.analysis?.(uri) ?? {}, review: o.review?.(uri) ?? {} });
  return { ...r, problems: applySeverityOverrides(r.problems, o.severity?.(uri) ?? {}) };
}

export const SERVER_VERSION = '0.1.0';

const FORMATS = ['markdown', 'html'] as const;

export function exportSarif(files: readonly FileText[], options: ExportOptions = {}): ExportResult {
  const results = files.map((f) => ({ path: f.path ?? f.uri, text: f.text, result: configuredCheck(f.text, f.uri, options) }));
  return { content: formatSarif(results, SERVER_VERSION) };
}

/** The review report of one plant with its diagram; bad params or a file without a plant give `error`. */
export async function exportReport(params: Partial<ExportReportParams> | undefined, options: ExportOptions = {}): Promise<ExportResult> {
  const file = params?.file;
  if (!file || typeof file.text !== 'string' || typeof file.uri !== 'string') return { error: 'No plant file was given to export.' };
  const format = params.format ?? 'markdown';
  if (!(FORMATS as readonly string[]).includes(format)) return { error: `Unknown report format '${String(format)}' (markdown or html).` };
  const name = file.path ?? file.uri;
  const checked = configuredCheck(file.text, file.uri, options);
  if (!checked.plant || !checked.analysis) {
    const first = checked.problems[0];
    const at = first ? checked.lineIndex.position(first.span.start) : undefined;
    return { error: `${name} holds no plant${first && at ? ` (${at.line + 1}:${at.character + 1} ${first.message})` : ''}.` };
  }
  const title = checked.plant.meta.name ?? name.split('/').pop() ?? name;
  const reportName = typeof params.reportName === 'string' && params.reportName ? params.reportName : undefined;
  try {
    const report = await renderReviewReport(
      { plant: checked.plant, analysis: checked.analysis, problems: checked.problems, lineIndex: checked.lineIndex, title },
      format,
      { diagram: reportName ? { reportName } : 'embed' },
    );
    return { content: report.content, ...(report.files.length ? { attachments: report.files } : {}) };
  } catch (e) {
    // A bug in the report must reach the user as a message, not as a failed request.
    return { error: `SmartFab failed to build the report: ${e instanceof Error ? e.message : String(e)}` };
  }
}
