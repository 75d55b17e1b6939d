// Runs computeDiagram in a worker thread (dist/diagram-worker.js). One worker serves every diagram; requests
// queue in order. Nothing of the parser or ELK is loaded into the extension host itself (keeps activation fast);
// a dead worker is restarted on the next request.
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ComputeRequest, ComputeResult } from './compute';
import type { WorkerResponse } from './layout-worker';

type Pending = { resolve: (r: ComputeResult) => void; reject: (e: Error) => void };

export class LayoutService {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerPath: string | undefined) {}

  compute(req: ComputeRequest): Promise<ComputeResult> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.reject(new Error(`layout worker not found at ${this.workerPath}; run the build`));
    const id = this.nextId++;
    return new Promise<ComputeResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...req, id });
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Error('layout service disposed'));
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.workerPath || !fs.existsSync(this.workerPath)) return undefined;
    const w = new Worker(this.workerPath);
    w.unref(); // never keeps the extension host alive
    w.on('message', (msg: WorkerResponse) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if ('error' in msg) p.reject(new Error(msg.error));
      else p.resolve(msg.result);
    });
    const died = (e: Error): void => {
      if (this.worker === w) this.worker = undefined;
      this.failAll(e);
    };
    w.on('error', died);
    w.on('exit', (code) => died(new Error(`layout worker exited (${code})`)));
    this.worker = w;
    return w;
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}
