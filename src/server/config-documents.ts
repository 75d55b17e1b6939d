// Open smartfab.config.yaml documents in the language server: their own diagnostics (YAML, schema, unknown
// problem codes with did-you-mean), hover, completion and the did-you-mean quick-fix; and a ConfigHost that
// reads an open config's text (saved or not) before the disk, so plant diagnostics follow the config as typed.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { ConfigHost } from '../core/config/discover';
import { configCompletions, configHover, isConfigUri } from '../core/config/lsp';
import { parseConfig } from '../core/config/read';
import { t } from '../core/l10n/lang';
import { LineIndex } from '../core/text/line-index';

export { isConfigUri };

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

/** `disk` with the text of open config documents taking precedence (`open` lists the documents). */
export function overlayHost(disk: ConfigHost, open: () => readonly TextDocument[]): ConfigHost {
  const openText = (path: string) => open().find((d) => isConfigUri(d.uri) && pathOf(d.uri) === path)?.getText();
  return {
    readFile: (path) => openText(path) ?? disk.readFile(path),
    exists: (path) => openText(path) !== undefined || disk.exists(path),
    glob: (globs, dir) => disk.glob(globs, dir),
  };
}

/** The diagnostics of a config document's text. */
export function configDiagnostics(text: string): Diagnostic[] {
  const li = new LineIndex(text);
  return parseConfig(text).problems.map((p) => ({
    range: li.range(p.span),
    severity: SEVERITY[p.severity],
    code: p.code,
    source: 'smartfab',
    message: p.message,
    ...(p.data ? { data: p.data } : {}),
  }));
}

export const configHoverAt = (text: string, position: { line: number; character: number }) => {
  const li = new LineIndex(text);
  return configHover(text, li.offset(position), li) ?? null;
};

export const configCompletionsAt = (text: string, position: { line: number; character: number }) => {
  const li = new LineIndex(text);
  return configCompletions(text, li.offset(position), li);
};

/** "Change to threat-A4" for each candidate of a misspelt code or key (data.candidates) in the request's context. */
export function configCodeActions(p: CodeActionParams): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of p.context.diagnostics) {
    if (d.code !== 'config-unknown-code' && d.code !== 'config-schema') continue;
    const candidates = (d.data as { candidates?: unknown } | undefined)?.candidates;
    if (!Array.isArray(candidates)) continue;
    candidates.filter((c): c is string => typeof c === 'string').forEach((c, i) => {
      out.push({
        title: t('Change to {0}', c),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        ...(i === 0 ? { isPreferred: true } : {}),
        edit: { changes: { [p.textDocument.uri]: [{ range: d.range, newText: c }] } },
      });
    });
  }
  return out;
}
