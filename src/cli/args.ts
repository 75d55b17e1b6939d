// Option parsing shared by the CLI commands. A usage error is one line naming the problem and pointing to the
// command's --help (exit 2); the command catches UsageError and prints usageLine.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { t } from '../core/lsp/l10n';

export class UsageError extends Error {}

/** The one line printed for a usage error: `smartfab check: unknown option '--x'; see 'smartfab check --help'`. */
export function usageLine(command: string, message: string): string {
  return `${t('{0}: {1}; see {2}', `smartfab ${command}`, message, `'smartfab ${command} --help'`)}\n`;
}

/** The value when it is one of `allowed`, else a UsageError naming the option and the choices. */
export function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(t('{0} must be one of {1} (got {2})', `--${name}`, allowed.join(', '), `'${v}'`));
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The first argument before `--` that names no option of `options` (`--bogus`, `-x`, `--bogus=1`). */
function unknownOption(args: readonly string[], options: Options): string | undefined {
  const longs = new Set(Object.keys(options));
  const shorts = new Set(Object.values(options).flatMap((o) => (o.short ? [o.short] : [])));
  let takesValue = false;
  for (const a of args) {
    if (takesValue) {
      takesValue = false;
      continue;
    }
    if (a === '--') return undefined;
    if (a.startsWith('--')) {
      const name = a.slice(2).split('=')[0];
      if (!longs.has(name)) return a.split('=')[0];
      takesValue = options[name].type === 'string' && !a.includes('=');
    } else if (a.startsWith('-') && a.length > 1) {
      if (!shorts.has(a[1])) return `-${a[1]}`;
      const long = Object.entries(options).find(([, o]) => o.short === a[1]);
      takesValue = long?.[1].type === 'string' && a.length === 2;
    }
  }
  return undefined;
}

/**
 * node:util parseArgs with errors a user can act on: an unknown option or an option without its value
 * throws UsageError with a one-line message (Node's own text suggests `-- "--x"` with an unbalanced quote).
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  const unknown = unknownOption(args, options);
  if (unknown !== undefined) throw new UsageError(t('unknown option {0}', `'${unknown}'`));
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const name = /'(-[^' ]+)/.exec((e as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) throw new UsageError(t('option {0} needs a value', `'${name}'`));
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}
