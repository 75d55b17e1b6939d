// Handlers of the custom requests in protocol.ts: workspace check, exports, catalogue docs.
import type { Connection } from 'vscode-languageserver/node';
import { toDiagnostics } from '../core/lsp/diagnostics';
import { checkPlantText } from './checker';
import { exportReport, exportSarif, type ExportOptions } from './exports';
import type { Pipeline } from './pipeline';
import {
  CATALOG_DOC,
  CHECK_FILES,
  EXPORT_REPORT,
  EXPORT_SARIF,
  type CatalogDocParams,
  type CatalogDocResult,
  type CheckFilesParams,
  type CheckFilesResult,
  type ExportReportParams,
  type ExportResult,
  type ExportSarifParams,
  type FileSummary,
} from './protocol';

export interface DocFunctions {
  measureDoc(id: string): string | undefined;
  threatDoc(id: string): string | undefined;
}

export function registerCustomRequests(connection: Connection, pipeline: Pipeline, docs: DocFunctions, isOpen: (uri: string) => boolean, options: ExportOptions = {}): void {
  connection.onRequest(CHECK_FILES, (params: CheckFilesParams, token): CheckFilesResult => {
    const files: FileSummary[] = [];
    for (const f of params.files ?? []) {
      if (token.isCancellationRequested) break;
      const open = isOpen(f.uri) ? pipeline.get(f.uri) : undefined;
      const diagnostics = open ? open.diagnostics : fileDiagnostics(pipeline, f, options);
      if (!open) void connection.sendDiagnostics({ uri: f.uri, diagnostics });
      const count = (s: number) => diagnostics.filter((d) => d.severity === s).length;
      files.push({ uri: f.uri, errors: count(1), warnings: count(2), infos: count(3) + count(4) });
    }
    return { files };
  });
  connection.onRequest(EXPORT_SARIF, (params: ExportSarifParams): ExportResult => exportSarif(params.files ?? [], options));
  connection.onRequest(EXPORT_REPORT, (params: ExportReportParams): Promise<ExportResult> => exportReport(params, options));
  connection.onRequest(CATALOG_DOC, (params: CatalogDocParams): CatalogDocResult => {
    const id = String(params?.id ?? '');
    const markdown = docs.measureDoc(id) ?? docs.threatDoc(id);
    return markdown ? { markdown } : {};
  });
}

function fileDiagnostics(pipeline: Pipeline, f: { uri: string; text: string }, options: ExportOptions) {
  const r = checkPlantText(f.text, f.uri, options);
  return toDiagnostics(r.problems, r.lineIndex, f.uri, pipeline.optionsFor?.(f.uri) ?? pipeline.diagnosticOptions());
}
