// SARIF and review-report exports for the editor commands, reusing the CLI's SARIF writer and the
// core report module so the editor and `smartfab check --format sarif` agree.
import { formatSarif } from '../cli/output/sarif';
import { checkText } from '../core/check';
import type { ExportResult, FileText } from './protocol';

export const SERVER_VERSION = '0.1.0';

export function exportSarif(files: readonly FileText[]): ExportResult {
  const results = files.map((f) => ({ path: f.path ?? f.uri, text: f.text, result: checkText(f.text, { uri: f.uri, analysis: {} }) }));
  return { content: formatSarif(results, SERVER_VERSION) };
}

export function exportReport(file: FileText, format: 'markdown' | 'html'): ExportResult {
  void file;
  void format;
  return { error: 'Review report export is not available in this build yet.' };
}
