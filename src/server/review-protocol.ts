// Custom requests of the review workflow (plain shapes, no imports: the extension bundle pulls this in).

/** Edits recording a risk decision in an open plant file (the "Accept risk…" command after asking). */
export const DECIDE_RISK = 'smartfab/decideRisk';
export interface DecideRiskParams {
  readonly uri: string;
  readonly key: string;
  readonly status: 'accepted' | 'mitigating' | 'mitigated' | 'false-positive';
  readonly justification?: string;
  readonly owner?: string;
  readonly ticket?: string;
  readonly expires?: string;
}
export interface DecideRiskResult {
  /** LSP TextEdits against the document version `version`. */
  readonly edits?: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  readonly version?: number;
  readonly error?: string;
}

/** The findings of an open plant compared with another revision (git) or file, as Markdown. */
export const COMPARE_FINDINGS = 'smartfab/compareFindings';
export interface CompareFindingsParams {
  readonly uri: string;
  /** A git revision (HEAD, a branch, a commit) of the same file, or another file's URI. */
  readonly against: { readonly rev: string } | { readonly fileUri: string };
}
export interface CompareFindingsResult {
  readonly markdown?: string;
  readonly error?: string;
  readonly added?: number;
  readonly resolved?: number;
  readonly changed?: number;
}

/** The risk register of one plant: CSV text (with the coverage matrix as an attachment) or an xlsx workbook. */
export const EXPORT_REGISTER = 'smartfab/exportRegister';
export interface ExportRegisterParams {
  readonly file: { readonly uri: string; readonly text: string; readonly path?: string };
  readonly format: 'csv' | 'xlsx';
  /** File name it will be saved as (names the CSV coverage attachment). */
  readonly reportName?: string;
}
export interface ExportRegisterResult {
  /** CSV text. */
  readonly content?: string;
  /** xlsx bytes, base64. */
  readonly base64?: string;
  readonly attachments?: readonly { readonly name: string; readonly content: string }[];
  readonly error?: string;
}
