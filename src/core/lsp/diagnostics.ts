// Problem -> LSP Diagnostic: user severity overrides, documentation links, related locations, tags.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { Problem, Severity } from '../diagnostics';
import { currentLang, type Lang } from '../l10n/lang';
import { localizeProblem } from '../l10n/problem-text';
import type { LineIndex } from '../text/line-index';

export type SeveritySetting = Severity | 'off';

export interface DiagnosticOptions {
  /** Per-code overrides; keys may end in "*" ("threat-*"). The longest matching key wins. */
  readonly severity?: Readonly<Record<string, SeveritySetting>>;
  /** Base URL of the docs folder, ending in "/". */
  readonly docsBaseUrl?: string;
  /** Language of messages and related-information texts (default: the process language, see setLocale). */
  readonly lang?: Lang;
  /** The documentation link of a code, when neither docsBaseUrl nor the default applies (e.g. bundled docs). */
  readonly docsLink?: (code: string) => string;
}

export const DEFAULT_DOCS_BASE_URL = 'https://github.com/smartfab/smartfab/blob/main/docs/';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Codes produced by the analysis (docs/analysis.md); all others are validation codes (docs/format.md). */
export function isAnalysisCode(code: string): boolean {
  return /^(threat-|model-|suppressed$|dmz-|filtering-|wan-|flow-|conduit-|ips-|wireless-|general-|guidance-|risk-|planned-but-|purdue-|field-direct-)/.test(code);
}

export function docUrlFor(code: string, base = DEFAULT_DOCS_BASE_URL): string {
  const page = isAnalysisCode(code) ? 'analysis.md' : 'format.md';
  // docs/analysis.md anchors are the codes themselves (<a id="threat-A4">), case and all.
  return `${base}${page}#${encodeURIComponent(code)}`;
}

export function effectiveSeverity(p: Problem, overrides?: DiagnosticOptions['severity']): SeveritySetting {
  if (!overrides) return p.severity;
  // A settled risk decision (accepted, false-positive) fixed the level already; only 'off' still hides it.
  const settled = isSettled(p);
  let best: SeveritySetting | undefined;
  let bestLen = -1;
  for (const [key, value] of Object.entries(overrides)) {
    const match = key.endsWith('*') ? p.code.startsWith(key.slice(0, -1)) : key === p.code;
    if (match && key.length > bestLen && isSeveritySetting(value)) {
      best = value;
      bestLen = key.length;
    }
  }
  if (settled) return best === 'off' ? 'off' : p.severity;
  return best ?? p.severity;
}

function isSettled(p: Problem): boolean {
  const status = (p.data?.decision as { status?: unknown } | undefined)?.status;
  return status === 'accepted' || status === 'false-positive';
}

function isSeveritySetting(v: unknown): v is SeveritySetting {
  return v === 'error' || v === 'warning' || v === 'info' || v === 'hint' || v === 'off';
}

export function toDiagnostic(problem: Problem, li: LineIndex, uri: string, opts: DiagnosticOptions = {}): Diagnostic | undefined {
  const sev = effectiveSeverity(problem, opts.severity);
  if (sev === 'off') return undefined;
  const p = localizeProblem(problem, opts.lang ?? currentLang());
  const d: Diagnostic = {
    range: li.range(p.span),
    severity: SEVERITY[sev],
    code: p.code,
    codeDescription: { href: !opts.docsBaseUrl && opts.docsLink ? opts.docsLink(p.code) : docUrlFor(p.code, opts.docsBaseUrl) },
    source: 'smartfab',
    message: p.message,
  };
  if (p.related?.length) {
    d.relatedInformation = p.related.map((r) => ({ location: { uri, range: li.range(r.span) }, message: r.message }));
  }
  if (p.tags?.length) {
    d.tags = p.tags.map((tag) => (tag === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  }
  return d;
}

export function toDiagnostics(problems: readonly Problem[], li: LineIndex, uri: string, opts: DiagnosticOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of problems) {
    const d = toDiagnostic(p, li, uri, opts);
    if (d) out.push(d);
  }
  return out;
}
