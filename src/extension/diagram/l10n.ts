// The diagram's language: `smartfab.language` (auto | ja | en; auto follows the document's smartfab.config.yaml
// `language`, as the language server does, else VS Code's display language), so a Japanese analyst on an
// English VS Code still gets a Japanese diagram. The webview receives the bundle in
// its page; host-side strings use the core `t`, configured here.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { langOf, setLocale, type Lang } from '../../core/lsp/l10n';
import { findConfigPath } from '../../core/config/discover';

export function diagramLang(document?: vscode.Uri): Lang {
  const setting = vscode.workspace.getConfiguration('smartfab', document).get<string>('language', 'auto');
  if (setting === 'ja' || setting === 'en') return setting;
  const roots = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  return (document?.scheme === 'file' ? configLanguage(document.fsPath, roots) : undefined) ?? langOf(vscode.env.language);
}

/**
 * The top-level `language:` of the smartfab.config.yaml governing `file` (found as the server finds it). Read
 * with a line match, not the config parser, to keep the YAML parser and ajv out of the extension bundle.
 */
function configLanguage(file: string, roots: readonly string[]): Lang | undefined {
  const path = findConfigPath(file, { exists: (p) => fs.existsSync(p) }, roots);
  if (!path) return undefined;
  try {
    const m = /^language:\s*["']?(en|ja)["']?\s*(?:#.*)?$/m.exec(fs.readFileSync(path, 'utf8'));
    return m ? (m[1] as Lang) : undefined;
  } catch {
    return undefined;
  }
}

/** Applies the language to the host's strings; returns the webview bundle (empty for English). */
export function diagramBundle(extensionUri: vscode.Uri, document?: vscode.Uri): { lang: Lang; bundle: Record<string, string> } {
  const lang = setLocale(diagramLang(document));
  if (lang === 'en') return { lang, bundle: {} };
  try {
    const file = vscode.Uri.joinPath(extensionUri, 'l10n', `bundle.l10n.${lang}.json`).fsPath;
    return { lang, bundle: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string> };
  } catch {
    return { lang, bundle: {} };
  }
}
