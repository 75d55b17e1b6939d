// Starts code-server on a loopback port as its own process group, and stops the whole group again — on
// stop(), on normal exit and on SIGINT/SIGTERM — so no server outlives the harness.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerDir } from './paths';
import { run } from './run-command';

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  /** Output so far, for failure reports. */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  userDataDir: string;
  extensionsDir: string;
  folder?: string;
  /** 0 picks a free port. */
  port?: number;
  env?: NodeJS.ProcessEnv;
  readyTimeoutMs?: number;
}

const entry = () => path.join(codeServerDir, 'out', 'node', 'entry.js');
const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => live.forEach((c) => killGroup(c, 'SIGKILL')));
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      live.forEach((c) => killGroup(c, 'SIGTERM'));
      process.exit(130);
    });
  }
}

function baseArgs(o: { userDataDir: string; extensionsDir: string }): string[] {
  return ['--user-data-dir', o.userDataDir, '--extensions-dir', o.extensionsDir];
}

/** Installs a .vsix the way a user would, so packaging mistakes show up in the tests. */
export async function installVsix(vsix: string, o: { userDataDir: string; extensionsDir: string }): Promise<void> {
  fs.mkdirSync(o.extensionsDir, { recursive: true });
  await run(process.execPath, [entry(), ...baseArgs(o), '--install-extension', vsix, '--force'], {
    cwd: codeServerDir,
  });
}

export function startCodeServer(o: StartOptions): Promise<CodeServer> {
  hookExit();
  fs.mkdirSync(o.userDataDir, { recursive: true });
  fs.mkdirSync(o.extensionsDir, { recursive: true });
  const args = [
    entry(),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${o.port ?? 0}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...baseArgs(o),
    ...(o.folder ? [o.folder] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: codeServerDir,
    env: { ...process.env, ...o.env },
    detached: true, // own process group: stop() reaches the extension host and pty hosts too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return void live.delete(child);
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    killGroup(child, 'SIGTERM');
    const force = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(force);
    live.delete(child);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`code-server did not start within ${o.readyTimeoutMs ?? 60000} ms\n${output}`));
    }, o.readyTimeoutMs ?? 60000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /HTTP server listening on (https?:\/\/[^\s/]+:(\d+))/.exec(output);
      if (m && m[1] && m[2]) {
        clearTimeout(timer);
        resolve({ url: `${m[1]}/`, port: Number(m[2]), log: () => output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      live.delete(child);
      reject(new Error(`code-server exited with ${code} before it was ready\n${output}`));
    });
  });
}
