// Review report of a checked plant: models, the diagram, damages with scenarios, findings, coverage.
import type { DiagramOptions } from '../diagram/types';
import { diagramFileName, drawReportDiagram } from './diagram';
import { renderHtml } from './html';
import { currentLang, t, withLang } from '../l10n/lang';
import { renderMarkdown } from './markdown';
import { buildReport, type ReportInput } from './model';

export type ReportFormat = 'markdown' | 'html';
export { buildReport, type ReportInput, type ReportModel } from './model';
export { renderMarkdown } from './markdown';
export { renderHtml } from './html';
export { diagramFileName, drawReportDiagram, type ReportDiagram } from './diagram';

/** Renders the report as given (with input.diagram if the caller drew one). Synchronous; no layout. */
export function renderReport(input: ReportInput, format: ReportFormat = 'markdown'): string {
  return withLang(input.lang ?? currentLang(), () => {
    const model = buildReport(input);
    return format === 'html' ? renderHtml(model) : renderMarkdown(model);
  });
}

export interface ReviewReportOptions {
  /**
   * Where the diagram goes. `embed` (default): HTML inline SVG, markdown a data: URI image. `{ file }`: markdown
   * links the SVG as a sibling file named from the report's file name (HTML still inlines). `none`: no diagram.
   */
  readonly diagram?: 'embed' | 'none' | { readonly reportName: string };
  readonly diagramOptions?: DiagramOptions;
}

export interface ReviewReport {
  readonly content: string;
  /** Files to write beside the report (name relative to the report's folder): the markdown's SVG. */
  readonly files: readonly { readonly name: string; readonly content: string }[];
  /** Set when the layout failed; the report then says so where the diagram would be. */
  readonly diagramError?: string;
}

/** The report with the plant diagram (findings from input.problems, else the analysis). Never rejects on a bad layout. */
export async function renderReviewReport(input: ReportInput, format: ReportFormat = 'markdown', opts: ReviewReportOptions = {}): Promise<ReviewReport> {
  const where = opts.diagram ?? 'embed';
  if (where === 'none') return { content: renderReport(input, format), files: [] };
  const lang = input.lang ?? currentLang();
  input = { ...input, lang };
  const title = input.title ?? input.plant.meta.name ?? withLang(lang, () => t('Plant'));
  const drawn = await drawReportDiagram(input.plant, input.problems ?? input.analysis.findings, title, opts.diagramOptions, lang);
  if ('error' in drawn) return { content: renderReport({ ...input, diagram: drawn }, format), files: [], diagramError: drawn.error };
  if (format === 'markdown' && typeof where === 'object') {
    const name = diagramFileName(where.reportName);
    return { content: renderReport({ ...input, diagram: { svg: drawn.svg, href: name } }, format), files: [{ name, content: drawn.svg }] };
  }
  return { content: renderReport({ ...input, diagram: drawn }, format), files: [] };
}
