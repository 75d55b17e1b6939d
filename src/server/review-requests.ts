// Handlers of review-protocol.ts requests: edits computed by the core review edit functions on the
// server's current text of the document, so they apply as one workspace edit (one undo step).
import type { Connection } from 'vscode-languageserver/node';
import { t } from '../core/l10n/lang';
import { toLspEdits } from '../core/lsp/code-actions';
import { setRiskDecision } from '../core/review/edit';
import { RISK_STATUSES, todayIso } from '../core/review/types';
import type { DocumentResult } from './pipeline';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAtRevision } from '../cli/revision';
import { checkText } from '../core/check';
import { diffFindings } from '../core/review/diff';
import { diffMarkdown } from '../core/review/diff-render';
import type { AnalysisOptions } from '../core/analysis/types';
import type { ReviewOptions } from '../core/review/types';
import { applySeverityOverrides } from '../core/config/apply';
import type { SeveritySetting } from '../core/lsp/diagnostics';
import { renderCsv } from '../core/report/csv';
import { registerSheets } from '../core/report/register';
import { renderXlsx } from '../core/report/xlsx';
import {
  EXPORT_REGISTER,
  type ExportRegisterParams,
  type ExportRegisterResult,
  COMPARE_FINDINGS,
  DECIDE_RISK,
  type CompareFindingsParams,
  type CompareFindingsResult,
  type DecideRiskParams,
  type DecideRiskResult,
} from './review-protocol';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** Options the document is checked with (its configuration), so both sides of a comparison agree. */
export interface CompareOptions {
  analysis(uri: string): AnalysisOptions;
  review(uri: string): ReviewOptions;
  severity?(uri: string): Readonly<Record<string, SeveritySetting>>;
}

/** checkText with the document's configuration, severity overrides included (as the CLI applies them). */
function configuredCheck(text: string, uri: string, o: CompareOptions | undefined) {
  const r = checkText(text, { uri, analysis: o?.analysis(uri) ?? {}, review: o?.review(uri) ?? {} });
  return { ...r, problems: applySeverityOverrides(r.problems, o?.severity?.(uri) ?? {}) };
}

export function registerReviewRequests(connection: Connection, resultOf: (uri: string) => DocumentResult | undefined, options?: CompareOptions): void {
  connection.onRequest(EXPORT_REGISTER, async (p: ExportRegisterParams): Promise<ExportRegisterResult> => {
    const f = p?.file;
    if (!f || typeof f.text !== 'string' || typeof f.uri !== 'string') return { error: t('No plant file was given to export.') };
    if (p.format !== 'csv' && p.format !== 'xlsx') return { error: t("Unknown register format '{0}' (csv or xlsx).", String(p.format)) };
    const checked = configuredCheck(f.text, f.uri, options);
    if (!checked.plant || !checked.analysis) return { error: t('{0} holds no plant.', f.path ?? f.uri) };
    const sheets = registerSheets(checked.plant, checked.analysis);
    try {
      if (p.format === 'xlsx') return { base64: Buffer.from(await renderXlsx(sheets, { title: checked.plant.meta.name })).toString('base64') };
      const name = typeof p.reportName === 'string' && p.reportName ? p.reportName : 'register.csv';
      return { content: renderCsv(sheets[0]), attachments: [{ name: `${name.replace(/\.csv$/i, '')}.coverage.csv`, content: renderCsv(sheets[1]) }] };
    } catch (e) {
      return { error: t('SmartFab failed to build the register: {0}', e instanceof Error ? e.message : String(e)) };
    }
  });

  connection.onRequest(COMPARE_FINDINGS, async (p: CompareFindingsParams): Promise<CompareFindingsResult> => {
    const uri = text(p?.uri);
    const r = uri ? resultOf(uri) : undefined;
    if (!uri || !r) return { error: t('The document is not open.') };
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return { error: t('Only files on disk can be compared.') };
    }
    const against = p.against as { rev?: unknown; fileUri?: unknown } | undefined;
    let old: string | undefined;
    let label: string;
    try {
      if (typeof against?.rev === 'string' && against.rev.trim() !== '') {
        label = `${against.rev.trim()}:${path.basename(file)}`;
        old = await readAtRevision(against.rev.trim(), file, path.dirname(file));
        if (old === undefined) return { error: t('{0} does not exist (not in git at that revision?).', label) };
      } else if (typeof against?.fileUri === 'string') {
        const other = fileURLToPath(against.fileUri);
        label = path.basename(other);
        old = await readFile(other, 'utf8');
      } else return { error: t('Nothing to compare with.') };
    } catch (e) {
      return { error: (e as Error).message };
    }
    const d = diffFindings(configuredCheck(old, uri, options), configuredCheck(r.text, uri, options));
    return { markdown: diffMarkdown(d, { before: label, after: path.basename(file) }), added: d.added.length, resolved: d.resolved.length, changed: d.changed.length };
  });

  connection.onRequest(DECIDE_RISK, (p: DecideRiskParams): DecideRiskResult => {
    const uri = text(p?.uri);
    const key = text(p?.key);
    const r = uri ? resultOf(uri) : undefined;
    if (!r || !key) return { error: t('The document is not open.') };
    if (!(RISK_STATUSES as readonly unknown[]).includes(p.status)) return { error: t('Unknown status "{0}".', String(p.status)) };
    const justification = text(p.justification);
    const owner = text(p.owner);
    const ticket = text(p.ticket);
    const expires = text(p.expires);
    const out = setRiskDecision(r.text, {
      key,
      status: p.status,
      ...(justification ? { justification } : {}),
      ...(owner ? { owner } : {}),
      date: todayIso(),
      ...(ticket ? { ticket } : {}),
      ...(expires ? { expires } : {}),
    });
    if ('error' in out) return { error: out.error };
    return { edits: toLspEdits(out.edits, r.lineIndex), version: r.version };
  });
}
