// `smartfab` command line: dispatches subcommands through a registry so a new command is one line.
// Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or I/O error (message on stderr, no stack).
import { t } from '../core/lsp/l10n';
import { visibleControls } from '../core/report/safe-text';

/** The I/O a command gets: chunks written as given (include the trailing newline yourself). */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  /** Working directory for relative paths and globs; defaults to process.cwd(). */
  readonly cwd?: string;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Lazily loaded so each command only pays for what it uses. Add a command with one line here. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'validate plant files (text, json or sarif output)', load: async () => (await import('./commands/check.js')).runCheck },
  catalog: { summary: 'print the IPA catalogue (models, threats, countermeasure IDs)', load: async () => (await import('./commands/catalog.js')).runCatalog },
  report: { summary: 'risk report of a plant (markdown or html)', load: async () => (await import('./commands/report.js')).runReport },
  diagram: { summary: 'zone/conduit diagram of a plant (svg or json)', load: async () => (await import('./commands/diagram.js')).runDiagram },
  diff: { summary: 'findings added, resolved and changed between two revisions of a plant', load: async () => (await import('./commands/diff.js')).runDiff },
  lsp: { summary: 'run the language server on stdin/stdout (--stdio)', load: async () => (await import('./commands/lsp.js')).runLsp },
};

export const VERSION = '0.1.0';

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: smartfab <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'smartfab <command> --help' for a command's options.\n`;
}

/** Runs the CLI in-process with the arguments after the program name. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!cmd) {
    io.err(`smartfab: ${t('unknown command {0}; see {1}', `'${name}'`, `'smartfab --help'`)}\n`);
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
    process.stderr.write(`smartfab: ${t('cannot write the output: {0}', e.code ?? e.message)}\n`);
    process.exitCode = 2;
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
