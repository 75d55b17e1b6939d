// A minimal LSP client for the benchmarks: spawns a language server on stdio (vscode-jsonrpc), answers
// its configuration requests, and times didOpen / didChange until the next publishDiagnostics.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface ServerSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly languageId: string;
  /** Answers to workspace/configuration, per section. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** A fixed delay the server waits before validating (not configurable there), subtracted from its times. */
  readonly fixedDelayMs?: number;
  /** Extra environment (e.g. SMARTFAB_HEAP_PROBE for bench/heap-probe.cjs). */
  readonly env?: Readonly<Record<string, string>>;
}

const TIMEOUT_MS = 120_000;

interface Published {
  readonly version?: number;
  readonly count: number;
}

export class LspClient {
  private readonly proc: ChildProcess;
  private readonly conn: MessageConnection;
  private readonly waiting = new Map<string, (p: Published) => void>();
  private readonly versions = new Map<string, { version: number; lines: string[] }>();

  constructor(readonly spec: ServerSpec) {
    this.proc = spawn(spec.command, [...spec.args], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, ...spec.env } });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => spec.settings[i.section ?? ''] ?? null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const resolve = this.waiting.get(p.uri);
      if (resolve) resolve({ ...(p.version !== undefined ? { version: p.version } : {}), count: p.diagnostics.length });
    });
    this.conn.listen();
  }

  get pid(): number {
    return this.proc.pid!;
  }

  async initialize(): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { settings: this.spec.settings[this.spec.languageId] },
    });
    await this.conn.sendNotification('initialized', {});
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: this.spec.settings });
  }

  /** Milliseconds from didOpen to the diagnostics of that text, and how many were published. */
  async open(uri: string, text: string): Promise<{ ms: number; count: number }> {
    this.versions.set(uri, { version: 1, lines: text.split('\n') });
    return this.timed(uri, 1, () =>
      this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: this.spec.languageId, version: 1, text } }),
    );
  }

  /** Replaces line `line` (0-based) with `content` (an incremental change) and times it to its diagnostics. */
  async editLine(uri: string, line: number, content: string): Promise<{ ms: number; count: number }> {
    const doc = this.versions.get(uri)!;
    const old = doc.lines[line];
    doc.lines[line] = content;
    doc.version++;
    const range = { start: { line, character: 0 }, end: { line, character: old.length } };
    return this.timed(uri, doc.version, () =>
      this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: content }] }),
    );
  }

  async close(uri: string): Promise<void> {
    const cleared = this.next(uri, undefined);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
    this.versions.delete(uri);
  }

  /**
   * The server's live heap after a full garbage collection, in MiB, when it runs with bench/heap-probe.cjs
   * (undefined otherwise): signals it, then waits for its answer in the probe file.
   */
  async liveHeap(): Promise<number | undefined> {
    const file = this.spec.env?.SMARTFAB_HEAP_PROBE;
    if (!file) return undefined;
    const read = () => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    };
    const before = read();
    this.proc.kill('SIGUSR2');
    for (let i = 0; i < 500; i++) {
      const now = read();
      if (now && now !== before) return Number(now.split(' ')[1]) / 2 ** 20;
      await new Promise((r) => setTimeout(r, 10)); // polling a file the server writes; no event to wait on
    }
    return undefined;
  }

  /** Resident set size now and at its peak (Linux /proc), in MiB. */
  memory(): { rssMiB: number; peakMiB: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    this.conn.dispose();
    this.proc.kill();
  }

  private async timed(uri: string, version: number, send: () => Promise<void>): Promise<{ ms: number; count: number }> {
    const published = this.next(uri, version);
    const t0 = performance.now();
    await send();
    const p = await published;
    return { ms: Math.max(0, performance.now() - t0 - (this.spec.fixedDelayMs ?? 0)), count: p.count };
  }

  /** The next publishDiagnostics for `uri` (for `version`, when the server sends versions). */
  private next(uri: string, version: number | undefined): Promise<Published> {
    return new Promise((resolve, reject) => {
      // A server that publishes nothing (e.g. unchanged diagnostics) must not hang the bench.
      const timer = setTimeout(() => reject(new Error(`${this.spec.name}: no diagnostics for ${uri} within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
      this.waiting.set(uri, (p) => {
        if (version !== undefined && p.version !== undefined && p.version !== version) return;
        clearTimeout(timer);
        this.waiting.delete(uri);
        resolve(p);
      });
    });
  }
}
