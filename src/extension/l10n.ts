// The extension's own messages (notifications, progress titles) follow `smartfab.language` like the
// language server: `ja`/`en` pick the bundle directly, `auto` leaves it to VS Code's display language.
import * as vscode from 'vscode';
import jaBundle from '../../l10n/bundle.l10n.ja.json';

const JA = jaBundle as Record<string, string>;
const format = (template: string, args: readonly unknown[]) => template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));

/** `t('English template {0}', arg)` in the language `smartfab.language` selects. */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  const setting = vscode.workspace.getConfiguration('smartfab').get<string>('language');
  if (setting === 'ja') return format(JA[message] ?? message, args);
  if (setting === 'en') return format(message, args);
  return vscode.l10n.t(message, ...args);
}
