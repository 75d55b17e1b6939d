// The baseline of a comparison ("Compare Findings with…" and the diagram's "Changes since…"): a git revision of
// the open file or another file, read once and checked once per text with the document's configuration, so
// the diagram asking on every edit costs one diff, not one git call and one analysis of the old revision.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAtRevision } from '../cli/revision';
import { t } from '../core/l10n/lang';
import { checkText, type CheckResult } from '../core/check';
import { applySeverityOverrides } from '../core/config/apply';
import type { AnalysisOptions } from '../core/analysis/types';
import type { SeveritySetting } from '../core/lsp/diagnostics';
import type { ReviewOptions } from '../core/review/types';

export type BaselineRef = { readonly rev: string } | { readonly fileUri: string };

/** Options the document is checked with (its configuration), so both sides of a comparison agree. */
export interface CompareOptions {
  analysis(uri: string): AnalysisOptions;
  review(uri: string): ReviewOptions;
  severity?(uri: string): Readonly<Record<string, SeveritySetting>>;
}

/** checkText with the document's configuration, severity overrides included (as the CLI applies them). */
export function configuredCheck(text: string, uri: string, o: CompareOptions | undefined): CheckResult {
  const r = checkText(text, { uri, analysis: o?.analysis(uri) ?? {}, review: o?.review(uri) ?? {} });
  return { ...r, problems: applySeverityOverrides(r.problems, o?.severity?.(uri) ?? {}) };
}

/** A revision git takes as one: no option (leading "-"), no whitespace, no ":" (the path is ours to add). */
export function isRevision(rev: string): boolean {
  return /^[^-\s:][^\s:]*$/.test(rev) && rev.length <= 200;
}

/** The baseline's text and label ("HEAD:line3.smartfab.yaml", "old.smartfab.yaml"), or why there is none. */
export async function readBaseline(uri: string, against: unknown): Promise<{ text: string; label: string } | { error: string }> {
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return { error: t('Only files on disk can be compared.') };
  }
  const a = against as { rev?: unknown; fileUri?: unknown } | undefined;
  try {
    if (typeof a?.rev === 'string' && a.rev.trim() !== '') {
      const rev = a.rev.trim();
      if (!isRevision(rev)) return { error: t("'{0}' is not a git revision.", rev) };
      const label = `${rev}:${path.basename(file)}`;
      const text = await readAtRevision(rev, file, path.dirname(file));
      return text === undefined ? { error: t('{0} does not exist (not in git at that revision?).', label) } : { text, label };
    }
    if (typeof a?.fileUri === 'string') {
      const other = fileURLToPath(a.fileUri);
      return { text: await readFile(other, 'utf8'), label: path.basename(other) };
    }
  } catch (e) {
    return { error: (e as Error).message };
  }
  return { error: t('Nothing to compare with.') };
}

const refKey = (uri: string, ref: unknown) => `${uri}\u0000${JSON.stringify(ref)}`;

/** Checked baselines per document and reference; refreshed by the comparison command, cleared when configs change. */
export class BaselineCache {
  private readonly entries = new Map<string, { label: string; text: string; checked?: CheckResult } | { error: string }>();

  constructor(private readonly options?: CompareOptions) {}

  /** Reads the baseline again (the comparison command: HEAD may have moved) and keeps it. */
  async refresh(uri: string, ref: unknown): Promise<{ text: string; label: string } | { error: string }> {
    const b = await readBaseline(uri, ref);
    this.entries.set(refKey(uri, ref), b);
    return b;
  }

  /** The checked baseline (read on first use), or why there is none. */
  async get(uri: string, ref: unknown): Promise<{ label: string; checked: CheckResult } | { error: string }> {
    const key = refKey(uri, ref);
    if (!this.entries.has(key)) await this.refresh(uri, ref);
    const e = this.entries.get(key);
    if (!e) return { error: t('Nothing to compare with.') };
    if ('error' in e) return e;
    const checked = (e.checked ??= configuredCheck(e.text, uri, this.options));
    return { label: e.label, checked };
  }

  /** Forgets the checks (a configuration changed); the texts stay. */
  invalidate(): void {
    for (const [k, e] of this.entries) if (!('error' in e)) this.entries.set(k, { label: e.label, text: e.text });
  }

  forget(uri: string): void {
    for (const k of [...this.entries.keys()]) if (k.startsWith(`${uri}\u0000`)) this.entries.delete(k);
  }
}
