// The diagram's language: `smartfab.language` (auto | ja | en; auto follows VS Code's display language), so
// a Japanese analyst on an English VS Code still gets a Japanese diagram. The webview receives the bundle in
// its page; host-side strings use the core `t`, configured here.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { langOf, setLocale, type Lang } from '../../core/lsp/l10n';

export function diagramLang(): Lang {
  const setting = vscode.workspace.getConfiguration('smartfab').get<string>('language', 'auto');
  return setting === 'ja' || setting === 'en' ? setting : langOf(vscode.env.language);
}

/** Applies the language to the host's strings; returns the webview bundle (empty for English). */
export function diagramBundle(extensionUri: vscode.Uri): { lang: Lang; bundle: Record<string, string> } {
  const lang = setLocale(diagramLang());
  if (lang === 'en') return { lang, bundle: {} };
  try {
    const file = vscode.Uri.joinPath(extensionUri, 'l10n', `bundle.l10n.${lang}.json`).fsPath;
    return { lang, bundle: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string> };
  } catch {
    return { lang, bundle: {} };
  }
}
