// Child processes for the harness: commands that must succeed, with their output shown only on failure.
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Exit codes other than 0 are tolerated (node-pty's post-install step fails after its addon is built). */
  allowFailure?: boolean;
  /** Stream output to this process's stderr instead of buffering it. */
  verbose?: boolean;
}

export function run(cmd: string, args: readonly string[], opts: RunOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: opts.verbose ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const rc = code ?? 1;
      if (rc === 0 || opts.allowFailure) return resolve(rc);
      reject(new Error(`${cmd} ${args.join(' ')} (in ${opts.cwd}) exited ${rc}\n${output.slice(-4000)}`));
    });
  });
}
