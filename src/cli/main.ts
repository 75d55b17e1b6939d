// `smartfab` command line: dispatches subcommands through a registry so a new command is one line.
// Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or I/O error (message on stderr, no stack).
// Only the shared language state, no message bundle: this dispatcher stays small. Its usage and errors come
// from the help command's bundle (commands/help.ts), loaded only to print them; every command (its own
// bundle) speaks the run's language.
import { getLang, langFromEnv, setLang, type Lang } from '../core/l10n/locale-state';
import { visibleControls } from '../core/report/safe-text';
import { LangArgError, setLangExplicit, takeLang } from './lang';

/** The I/O a command gets: chunks written as given (include the trailing newline yourself). */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  /** Working directory for relative paths and globs; defaults to process.cwd(). */
  readonly cwd?: string;
  /** Environment for the default language (LC_ALL, LC_MESSAGES, LANG); defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Lazily loaded so each command only pays for what it uses. Add a command with one line here (and its
 * summary in commands/help.ts).
 */
const COMMANDS: Record<string, { load: () => Promise<Command> }> = {
  check: { load: async () => (await import('./commands/check.js')).runCheck },
  catalog: { load: async () => (await import('./commands/catalog.js')).runCatalog },
  report: { load: async () => (await import('./commands/report.js')).runReport },
  diagram: { load: async () => (await import('./commands/diagram.js')).runDiagram },
  diff: { load: async () => (await import('./commands/diff.js')).runDiff },
  lsp: { load: async () => (await import('./commands/lsp.js')).runLsp },
  help: { load: async () => (await import('./commands/help.js')).runHelp },
};

/** The dispatcher's texts (usage, errors) in the current language: the help command's bundle. */
const texts = () => import('./commands/help.js');

export const VERSION = '0.1.0';

/** The command list and how to get a command's options, in the current language. */
export async function usage(): Promise<string> {
  return (await texts()).usage();
}

/** Runs the CLI in-process with the arguments after the program name. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let taken: { lang: Lang; rest: string[]; explicit: boolean };
  try {
    taken = takeLang(argv, io.env ?? process.env);
  } catch (e) {
    if (!(e instanceof LangArgError)) throw e;
    // No valid --lang: the message speaks the environment's language.
    const before = getLang();
    setLang(langFromEnv(io.env ?? process.env));
    try {
      io.err((await texts()).dispatcherError(e.value === undefined ? { kind: 'lang-missing' } : { kind: 'lang-value', value: e.value }));
    } finally {
      setLang(before);
    }
    return 2;
  }
  // One language per run; restored afterwards for in-process callers (tests).
  const before = getLang();
  setLang(taken.lang);
  setLangExplicit(taken.explicit);
  try {
    return await dispatch(taken.rest, io);
  } finally {
    setLang(before);
    setLangExplicit(false);
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(await usage());
    return 2;
  }
  if (name === '--help' || name === '-h') {
    io.out(await usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!cmd) {
    io.err((await texts()).dispatcherError({ kind: 'unknown-command', name }));
    return 2;
  }
  try {
    return await (await cmd.load())(rest, io);
  } catch (e) {
    io.err(`smartfab ${name}: ${(e as Error).message ?? String(e)}\n`);
    return 2;
  }
}

/**
 * The process's stdout and stderr. A reader that closes the pipe early (`smartfab check … | head -c 100`) ends
 * the output quietly, as other CLIs do: EPIPE stops further writes, no stack trace, the command's own exit
 * code. stderr gets its control characters made visible: messages quote file names and plant text.
 */
function processIo(): CliIo {
  const closed = { out: false, err: false };
  const onError = (which: keyof typeof closed) => (e: NodeJS.ErrnoException) => {
    closed[which] = true;
    if (e.code === 'EPIPE' || which === 'err') return;
    process.exitCode = 2;
    void texts().then((m) => process.stderr.write(m.dispatcherError({ kind: 'cannot-write', reason: e.code ?? e.message })));
  };
  process.stdout.on('error', onError('out'));
  process.stderr.on('error', onError('err'));
  return {
    out: (s) => void (closed.out || process.stdout.write(s)),
    err: (s) => void (closed.err || process.stderr.write(visibleControls(s, { keepLineBreaks: true }))),
  };
}

if (require.main === module) {
  const io = processIo();
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = process.exitCode || code;
    },
    (e: unknown) => {
      io.err(`smartfab: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
