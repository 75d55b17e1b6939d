// Builds the server bundle into a temp folder and speaks LSP to it over stdio (vscode-jsonrpc, no VS Code).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = join(__dirname, '..', '..', '..');

export interface SpawnedServer {
  readonly child: ChildProcess;
  readonly rpc: MessageConnection;
  /** Notifications received so far, by method. */
  readonly received: { method: string; params: unknown }[];
  /** Resolves with the first notification (past or future) for which `pred` holds. */
  next(pred: (n: { method: string; params: unknown }) => boolean): Promise<{ method: string; params: unknown }>;
  stop(): void;
}

export async function spawnServer(): Promise<SpawnedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'smartfab-lsp-'));
  await build({ entryPoints: [join(ROOT, 'src/server/server.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: join(dir, 'server.js'), logLevel: 'error' });
  const child = spawn(process.execPath, [join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.resume(); // the server's last-resort log goes here; tests read window/logMessage instead
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received: { method: string; params: unknown }[] = [];
  const waiters: { pred: (n: { method: string; params: unknown }) => boolean; resolve: (n: { method: string; params: unknown }) => void }[] = [];
  rpc.onNotification((method: string, params: unknown) => {
    const n = { method, params };
    received.push(n);
    for (const w of waiters.splice(0)) {
      if (w.pred(n)) w.resolve(n);
      else waiters.push(w);
    }
  });
  rpc.onRequest('workspace/configuration', () => [null]);
  rpc.onRequest('client/registerCapability', () => null);
  rpc.listen();
  return {
    child,
    rpc,
    received,
    next: (pred) =>
      new Promise((resolve) => {
        const seen = received.find(pred);
        if (seen) resolve(seen);
        else waiters.push({ pred, resolve });
      }),
    stop: () => {
      rpc.dispose();
      if (child.exitCode === null) child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
