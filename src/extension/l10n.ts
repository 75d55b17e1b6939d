// The one seam for the language of everything the extension writes (notifications, quick picks, progress
// titles, the status item, diagram panel titles and messages, the webview's bundle): `smartfab.language`
// `ja`/`en` wins, `auto` follows VS Code's display language, the same rule the language server applies
// (src/core/l10n/lang.ts resolveLang). The strings are the core's bundle (l10n/bundle.l10n.ja.json).
import * as vscode from 'vscode';
import { resolveLang, setLocale, t as coreT, withLang, type Lang } from '../core/l10n/lang';

/** The extension's language now: the setting, else VS Code's display language. */
export function extensionLang(): Lang {
  return resolveLang(vscode.workspace.getConfiguration('smartfab').get<string>('language', 'auto'), vscode.env.language);
}

/** `t('English template {0}', arg)` in the language `smartfab.language` selects. */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  return withLang(extensionLang(), () => coreT(message, ...args));
}

/**
 * Keeps the extension host's core language (core texts the host renders, e.g. layout notices) on the setting:
 * now and whenever `smartfab.language` changes.
 */
export function followLanguageSetting(context: vscode.ExtensionContext): void {
  setLocale(extensionLang());
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('smartfab.language')) setLocale(extensionLang());
    }),
  );
}
