// File input and output shared by the CLI commands: one "cannot read" wording, outputs that never replace an
// input file, and atomic writes (a temporary file renamed into place), so an interrupted or failed run never
// leaves half a report or a truncated plant.
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { CheckResult } from '../core/check';
import type { Problem } from '../core/diagnostics';
import { t } from '../core/lsp/l10n';

const REASONS: Record<string, () => string> = {
  ENOENT: () => t('no such file or directory'),
  EISDIR: () => t('is a directory'),
  EACCES: () => t('permission denied'),
  EPERM: () => t('permission denied'),
  ENOTDIR: () => t('a parent is not a directory'),
  ENOSPC: () => t('no space left on the device'),
  EROFS: () => t('read-only file system'),
};

/** A Node I/O error as a short reason ("no such file or directory"), else its code or message. */
export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return (code && Object.hasOwn(REASONS, code) ? REASONS[code]() : undefined) ?? code ?? (e instanceof Error ? e.message : String(e));
}

/** The message for an input that cannot be read, the same for every command. */
export function cannotRead(file: string, reason: string): string {
  return t('cannot read {0}: {1}', `'${file}'`, reason);
}

/** Reads a UTF-8 input relative to cwd; throws Error(cannotRead(…)) on failure. */
export async function readInput(cwd: string, file: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new Error(cannotRead(file, ioReason(e)));
  }
}

/** An output is refused before anything is written; the message is one line for stderr (exit 2). */
export class OutputRefused extends Error {}

/** Same file: same device and inode (catches symlinks, hard links and `./x` vs `x`), else the same resolved path. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

export interface OutputFile {
  /** Absolute path. */
  readonly path: string;
  readonly content: string | Uint8Array;
  /** Refuse to replace an existing file unless its content starts like this (a diagram written beside a report). */
  readonly replaceOnly?: RegExp;
}

/**
 * Writes each output atomically, in order, after checking them all: none may be one of `inputs` (absolute
 * paths), and one with `replaceOnly` may replace only a file that looks like what it writes. Throws
 * OutputRefused (nothing written) or Error("cannot write 'x': reason") with `shown(path)` for names.
 */
export async function writeOutputs(outputs: readonly OutputFile[], inputs: readonly string[], shown: (p: string) => string): Promise<void> {
  for (const o of outputs) {
    for (const input of inputs) {
      if (await sameFile(o.path, input)) throw new OutputRefused(t('refusing to write the output over the input file {0}', `'${shown(input)}'`));
    }
    if (o.replaceOnly) {
      const existing = await readFile(o.path, 'utf8').catch(() => undefined);
      if (existing !== undefined && !o.replaceOnly.test(existing.slice(0, 200)))
        throw new OutputRefused(t('refusing to replace {0}, which SmartFab did not write; choose another --output name', `'${shown(o.path)}'`));
    }
  }
  for (const o of outputs) {
    const temp = path.join(path.dirname(o.path), `.${path.basename(o.path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temp, o.content, { ...(typeof o.content === 'string' ? { encoding: 'utf8' as const } : {}), flag: 'wx' });
      await rename(temp, o.path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw new Error(t('cannot write {0}: {1}', `'${shown(o.path)}'`, ioReason(e)));
    }
  }
}

// Problems that mean the text is not a plant file at all (not YAML, empty, binary, too large).
const NOT_A_PLANT = new Set(['yaml-syntax', 'yaml-internal', 'empty-document', 'binary-content', 'file-too-large', 'alias-limit']);

/**
 * Why `report` and `diagram` refuse a checked file: its blocking problems (broken YAML, or no `smartfab:`
 * version key, as in a README), or undefined when it is a plant to draw. Never empty when defined.
 */
export function notAPlant(checked: CheckResult): readonly Problem[] | undefined {
  const blocking = checked.problems.filter((p) => NOT_A_PLANT.has(p.code));
  if (blocking.length) return blocking;
  if (!checked.plant || checked.plant.version === 0) {
    const errors = checked.problems.filter((p) => p.severity === 'error');
    return errors.length ? errors : [{ code: 'schema-required', severity: 'error', message: "The plant: missing required property 'smartfab'", span: { start: 0, end: 0 } }];
  }
  return undefined;
}

/** Up to `max` problems as `file:line:col severity code message` lines, then how many more there are. */
export function problemLines(file: string, checked: CheckResult, problems: readonly Problem[], max = 10): string {
  const lines = problems.slice(0, max).map((p) => {
    const at = checked.lineIndex.position(p.span.start);
    return `${file}:${at.line + 1}:${at.character + 1} ${p.severity} ${p.code} ${p.message}`;
  });
  if (problems.length > max) lines.push(t('… and {0} more', problems.length - max));
  return lines.join('\n') + '\n';
}
