// Review report of a checked plant: models, damages with scenarios, findings, coverage.
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { buildReport, type ReportInput } from './model';

export type ReportFormat = 'markdown' | 'html';
export { buildReport, type ReportInput, type ReportModel } from './model';
export { renderMarkdown } from './markdown';
export { renderHtml } from './html';

export function renderReport(input: ReportInput, format: ReportFormat = 'markdown'): string {
  const model = buildReport(input);
  return format === 'html' ? renderHtml(model) : renderMarkdown(model);
}
