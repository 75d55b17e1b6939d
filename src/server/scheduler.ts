// Debounces analysis per document and drops stale runs: a run only happens if the document is still
// at the version it was scheduled for. Timers are injectable so tests need no real time.
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

// No debounce (debounceMs 0) runs on the next turn of the event loop: setTimeout(fn, 0) would wait 1 ms.
type Handle = { readonly timeout: NodeJS.Timeout } | { readonly immediate: NodeJS.Immediate };
const realTimers: Timers = {
  set: (fn, ms): Handle => (ms > 0 ? { timeout: setTimeout(fn, ms) } : { immediate: setImmediate(fn) }),
  clear: (h) => {
    const handle = h as Handle;
    if ('timeout' in handle) clearTimeout(handle.timeout);
    else clearImmediate(handle.immediate);
  },
};

export class Scheduler {
  private readonly pending = new Map<string, unknown>();

  constructor(
    /** Current version of a document, or undefined once it is closed. */
    private readonly versionOf: (uri: string) => number | undefined,
    private readonly run: (uri: string, version: number) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  schedule(uri: string, version: number, delayMs: number): void {
    this.cancel(uri);
    this.pending.set(
      uri,
      this.timers.set(() => {
        this.pending.delete(uri);
        if (this.versionOf(uri) === version) this.run(uri, version);
      }, delayMs),
    );
  }

  cancel(uri: string): void {
    const h = this.pending.get(uri);
    if (h !== undefined) this.timers.clear(h);
    this.pending.delete(uri);
  }
}
