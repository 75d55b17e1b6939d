// Worker thread entry (bundled to dist/diagram-worker.js): parses, analyses and lays out off the extension
// host's thread, so typing never waits for ELK.
import { parentPort } from 'node:worker_threads';
import { computeDiagram, type ComputeRequest } from './compute';

export interface WorkerRequest extends ComputeRequest {
  readonly id: number;
}

export type WorkerResponse =
  | { readonly id: number; readonly result: Awaited<ReturnType<typeof computeDiagram>> }
  | { readonly id: number; readonly error: string };

const port = parentPort;
port?.on('message', (req: WorkerRequest) => {
  computeDiagram(req).then(
    (result) => port.postMessage({ id: req.id, result } satisfies WorkerResponse),
    (e: unknown) => port.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies WorkerResponse),
  );
});
