// Custom requests between the SmartFab client and server (plain shapes, no imports: the extension
// bundle pulls this file in too).

export interface FileText {
  readonly uri: string;
  readonly text: string;
  /** Path shown in exports (workspace-relative); defaults to the URI. */
  readonly path?: string;
}

export interface FileSummary {
  readonly uri: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Checks files (open or not) and publishes their diagnostics. */
export const CHECK_FILES = 'smartfab/checkFiles';
export interface CheckFilesParams {
  readonly files: readonly FileText[];
}
export interface CheckFilesResult {
  readonly files: readonly FileSummary[];
}

/** SARIF 2.1.0 log for files. */
export const EXPORT_SARIF = 'smartfab/exportSarif';
export interface ExportSarifParams {
  readonly files: readonly FileText[];
}

/** Review report of one plant. */
export const EXPORT_REPORT = 'smartfab/exportReport';
export interface ExportReportParams {
  readonly file: FileText;
  readonly format: 'markdown' | 'html';
  /**
   * File name the report will be saved as. Markdown then links the diagram as a sibling SVG, returned in
   * `attachments`; without it the SVG is embedded as a data: URI (not shown on GitHub). HTML always inlines it.
   */
  readonly reportName?: string;
}

/** Either the exported content or why there is none. */
export interface ExportResult {
  readonly content?: string;
  readonly error?: string;
  /** Files to write beside the export (name relative to its folder), e.g. the markdown report's SVG. */
  readonly attachments?: readonly { readonly name: string; readonly content: string }[];
}

/** Markdown documentation of a countermeasure ID ("8-1") or a threat ID ("A4"). */
export const CATALOG_DOC = 'smartfab/catalogDoc';
export interface CatalogDocParams {
  readonly id: string;
}
export interface CatalogDocResult {
  readonly markdown?: string;
}
