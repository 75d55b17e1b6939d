// The diagram's language is the extension's (`smartfab.language`, src/extension/l10n.ts), so a Japanese
// analyst on an English VS Code still gets a Japanese diagram. The webview receives the bundle in its page.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Lang } from '../../core/l10n/lang';
import { extensionLang } from '../l10n';

/** The webview's language and bundle (empty for English), read from the extension's l10n folder. */
export function diagramBundle(extensionUri: vscode.Uri): { lang: Lang; bundle: Record<string, string> } {
  const lang = extensionLang();
  if (lang === 'en') return { lang, bundle: {} };
  try {
    const file = vscode.Uri.joinPath(extensionUri, 'l10n', `bundle.l10n.${lang}.json`).fsPath;
    return { lang, bundle: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string> };
  } catch {
    return { lang, bundle: {} };
  }
}
