// `smartfab help` / `smartfab --help` and the dispatcher's own messages, in the run's language. A command
// bundle of its own (dist/cli-help.js): the dispatcher (dist/cli.js) stays small and carries no message
// bundle, so it loads this one only to print usage or an error.
import { t } from '../../core/l10n/lang';

export interface HelpIo {
  out(s: string): void;
  err(s: string): void;
}

/** What each command does, for the command list (the dispatcher's registry holds the loaders). */
function summaries(): [string, string][] {
  return [
    ['check', t('validate plant files (text, json or sarif output)')],
    ['catalog', t('print the IPA catalogue (models, threats, countermeasure IDs)')],
    ['report', t('risk report of a plant (markdown, html, csv or xlsx)')],
    ['diagram', t('zone/conduit diagram of a plant (svg or json)')],
    ['diff', t('findings added, resolved and changed between two revisions of a plant')],
    ['lsp', t('run the language server on stdin/stdout (--stdio)')],
    ['help', t('show this help')],
  ];
}

/** The dispatcher's usage: the commands, --lang, and where each command's options are. */
export function usage(): string {
  const list = summaries();
  const width = Math.max(...list.map(([c]) => c.length));
  const lines = list.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`);
  return [
    t('Usage: {0}', 'smartfab <command> [options]'),
    '',
    t('Commands:'),
    ...lines,
    '',
    t('Every command takes --lang ja|en (default: smartfab.config.yaml\'s language, else LC_ALL, LC_MESSAGES or LANG).'),
    t("Run '{0}' for a command's options.", 'smartfab <command> --help'),
    '',
  ].join('\n');
}

/** A line of the dispatcher (no command to name): "smartfab: unknown command 'x'; see 'smartfab --help'". */
export function dispatcherError(e: { readonly kind: 'unknown-command'; readonly name: string } | { readonly kind: 'lang-value'; readonly value: string } | { readonly kind: 'lang-missing' } | { readonly kind: 'cannot-write'; readonly reason: string }): string {
  switch (e.kind) {
    case 'unknown-command': return `smartfab: ${t("unknown command '{0}'; see '{1}'", e.name, 'smartfab --help')}\n`;
    case 'lang-value': return `smartfab: ${t('{0} must be one of {1} (got {2})', '--lang', 'ja, en', `'${e.value}'`)}\n`;
    case 'lang-missing': return `smartfab: ${t('option {0} needs a value', "'--lang'")}\n`;
    case 'cannot-write': return `smartfab: ${t('cannot write the output: {0}', e.reason)}\n`;
  }
}

/** `smartfab help`: the usage on stdout, exit 0. */
export async function runHelp(_args: string[], io: HelpIo): Promise<number> {
  io.out(usage());
  return 0;
}
