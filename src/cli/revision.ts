// One side of a comparison: a plant file on disk, or `REV:path` read with `git show` (git's own syntax:
// the path is relative to the repository root, or to the working directory when written `REV:./path`).
import { t } from '../core/l10n/lang';
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';

export interface Revision {
  /** As given, for labels. */
  readonly label: string;
  readonly text: string;
  /** The file on disk this side stands for (for finding its configuration). */
  readonly file: string;
}

const MAX_BUFFER = 64 * 1024 * 1024;

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error((stderr || err.message).trim().split('\n')[0]));
      else resolve(stdout);
    });
  });
}

/** Reads a side: an existing file first, else `REV:path` through git. Rejects with a one-line message. */
export async function readRevision(spec: string, cwd: string): Promise<Revision> {
  const abs = path.resolve(cwd, spec);
  const st = await stat(abs).catch(() => undefined);
  if (st?.isFile()) return { label: spec, text: await readFile(abs, 'utf8'), file: abs };
  const m = /^([^:]+):(.+)$/.exec(spec);
  if (!m || /^[A-Za-z]$/.test(m[1])) throw new Error(t('cannot read {0}: no such file (write REV:path for a git revision)', `'${spec}'`));
  // git would read a leading "-" as one of its options (`--output=…` writes a file): never a revision here.
  if (m[1].startsWith('-') || /\s/.test(m[1])) throw new Error(t("'{0}' is not a git revision.", m[1]));
  const text = await git(['show', spec], cwd).catch((e: Error) => {
    throw new Error(gitMessage(e.message, spec, m[1]));
  });
  const rel = m[2].startsWith('./') || m[2].startsWith('../') ? path.resolve(cwd, m[2]) : path.resolve(await gitRoot(cwd), m[2]);
  return { label: spec, text, file: rel };
}

/** git's usual refusals in the run's language; anything else as git wrote it (it names the cause). */
function gitMessage(message: string, spec: string, rev: string): string {
  if (/not a git repository/i.test(message)) return t('cannot read {0}: not inside a git repository', `'${spec}'`);
  if (/does not exist in|exists on disk, but not in/i.test(message)) return t('{0} does not exist (not in git at that revision?).', spec);
  if (/invalid object name|unknown revision|bad revision/i.test(message)) return t("'{0}' is not a git revision.", rev);
  return message;
}

async function gitRoot(cwd: string): Promise<string> {
  return (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
}

/** The file at revision `rev` (relative to cwd), or undefined when it did not exist there. */
export async function readAtRevision(rev: string, absFile: string, cwd: string): Promise<string | undefined> {
  const rel = path.relative(cwd, absFile).split(path.sep).join('/');
  try {
    return await git(['show', `${rev}:./${rel}`], cwd);
  } catch {
    return undefined;
  }
}
