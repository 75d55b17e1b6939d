// Runs inside the extension host. Streams mocha events to the runner's loopback HTTP server
// (SMARTFAB_TEST_REPORT_URL), because code-server's extension host output never reaches the terminal.
import * as http from 'node:http';
import Mocha from 'mocha';

export type ReportEvent =
  | { type: 'start'; vscodeVersion: string; appName: string; total: number }
  | { type: 'pass'; title: string; durationMs: number }
  | { type: 'fail'; title: string; message: string; stack?: string }
  | { type: 'pending'; title: string; reason?: string }
  /** A measurement for the runner (the editor bench): a name and its figures, ms. */
  | { type: 'measure'; name: string; values: Record<string, number> }
  | { type: 'end'; passes: number; failures: number; pending: number; durationMs: number }
  | { type: 'error'; message: string; stack?: string };

const reportUrl = process.env.SMARTFAB_TEST_REPORT_URL;
let queue: Promise<void> = Promise.resolve();

function post(event: ReportEvent): Promise<void> {
  if (!reportUrl) return Promise.resolve();
  return new Promise((resolve) => {
    const body = JSON.stringify(event);
    const req = http.request(reportUrl, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', () => resolve()); // the runner is gone: nothing left to tell
    req.end(body);
  });
}

/** Events are sent in order; flush() resolves once all have arrived. */
export function send(event: ReportEvent): void {
  queue = queue.then(() => post(event));
}

export function flush(): Promise<void> {
  return queue;
}

function skipReasonOf(t: Mocha.Runnable | Mocha.Suite | undefined): string | undefined {
  for (let n = t; n; n = n.parent) {
    const reason = (n as { skipReason?: string }).skipReason;
    if (reason) return reason;
  }
  return undefined;
}

/** Spec output on stdout (seen under @vscode/test-electron) plus the event stream for the code-server runner. */
export class StreamingReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
    runner.on(EVENT_TEST_PASS, (t: Mocha.Test) => send({ type: 'pass', title: t.fullTitle(), durationMs: t.duration ?? 0 }));
    runner.on(EVENT_TEST_FAIL, (t: Mocha.Test, err: Error) =>
      send({ type: 'fail', title: t.fullTitle(), message: err.message, ...(err.stack ? { stack: err.stack } : {}) }),
    );
    runner.on(EVENT_TEST_PENDING, (t: Mocha.Test) => {
      const reason = skipReasonOf(t);
      send({ type: 'pending', title: t.fullTitle(), ...(reason ? { reason } : {}) });
    });
    runner.once(EVENT_RUN_END, () => {
      const s = this.stats;
      send({ type: 'end', passes: s.passes, failures: s.failures, pending: s.pending, durationMs: s.duration ?? 0 });
    });
  }
}
