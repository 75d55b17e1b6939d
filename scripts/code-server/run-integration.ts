// `npm run test:integration`: runs test/integration/suites inside code-server's real extension host.
// The workbench URL carries a payload (extensionDevelopmentPath + extensionTestsPath); headless chromium opens
// it; the in-host reporter POSTs mocha events to a loopback HTTP server here, which prints them and sets the
// exit code. Env: SMARTFAB_TEST_GREP filters tests, SMARTFAB_INTEGRATION_TIMEOUT_MS bounds the whole run.
// runInHarness is the launcher, shared with the editor bench (bench/first-paint.ts).
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { ReportEvent } from '../../test/integration/report';
import { launchBrowser } from './browser';
import { installCodeServer } from './install';
import { repoRoot } from './paths';
import { startCodeServer } from './server';
import { testsOutDir } from './build-tests';
import { fillWorkspace, freshRunDirs } from './workspace';

// The diagram suite alone takes minutes in code-server on two cores; this bounds a hung run, not a slow one.
const timeoutMs = Number(process.env.SMARTFAB_INTEGRATION_TIMEOUT_MS ?? 600_000);

function listen(onEvent: (e: ReportEvent) => void): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      res.end('ok');
      try {
        onEvent(JSON.parse(body) as ReportEvent);
      } catch {
        console.error(`[runner] unreadable report: ${body.slice(0, 200)}`);
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export function payloadUrl(base: string, port: number, folder: string): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(path.join(testsOutDir, 'index.js'))],
  ];
  return `${base}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export interface HarnessRun {
  /** Run-directory name under .cache/harness/ (one per process). */
  readonly name: string;
  /** Glob of the compiled test files, relative to out/test/ (default: the integration suites). */
  readonly suites?: string;
  readonly grep?: string;
  /** Extra environment of code-server and its extension host. */
  readonly env?: NodeJS.ProcessEnv;
  /** Extra files written into the workspace (name -> text), beside the examples and fixtures. */
  readonly files?: Readonly<Record<string, string>>;
  /** Every event the tests report (measurements included), after the runner's own handling. */
  readonly onEvent?: (e: ReportEvent) => void;
  /** Print passes, skips and the closing line (default true). */
  readonly verbose?: boolean;
}

export interface HarnessOutcome {
  readonly passes: number;
  readonly failures: readonly string[];
  readonly pending: number;
  readonly seconds: number;
}

/**
 * Runs compiled in-host tests in code-server + headless chromium (the tests must be built: npm run
 * build:integration). Used by `npm run test:integration` and by the editor bench (bench/first-paint.ts).
 */
export async function runInHarness(o: HarnessRun): Promise<HarnessOutcome> {
  const t0 = Date.now();
  const verbose = o.verbose ?? true;
  const say = (line: string) => verbose && console.log(line);
  await installCodeServer((m) => console.log(`[install] ${m}`));
  const stats = { passes: 0, failures: 0, pending: 0 };
  const failures: string[] = [];
  let finish!: (outcome: 'end' | 'error' | 'timeout') => void;
  const finished = new Promise<'end' | 'error' | 'timeout'>((r) => (finish = r));
  const report = await listen((e) => {
    switch (e.type) {
      case 'start':
        say(`${e.appName} ${e.vscodeVersion}: ${e.total} test(s) loaded`);
        break;
      case 'pass':
        stats.passes++;
        say(`  ✔ ${e.title} (${e.durationMs} ms)`);
        break;
      case 'fail':
        stats.failures++;
        failures.push(`${e.title}\n    ${e.message}${e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : ''}`);
        console.log(`  ✘ ${e.title}: ${e.message}`);
        break;
      case 'pending':
        stats.pending++;
        say(`  - ${e.title}${e.reason ? ` [${e.reason}]` : ' (skipped)'}`);
        break;
      case 'measure':
        break;
      case 'end':
        finish('end');
        break;
      case 'error':
        failures.push(`test run error: ${e.message}${e.stack ? `\n${e.stack}` : ''}`);
        finish('error');
        break;
    }
    o.onEvent?.(e);
  });
  const reportUrl = `http://127.0.0.1:${(report.address() as AddressInfo).port}/`;
  const dirs = freshRunDirs(o.name);
  fillWorkspace(dirs.workspace, true);
  for (const [name, text] of Object.entries(o.files ?? {})) fs.writeFileSync(path.join(dirs.workspace, name), text);
  const env = { ...o.env, SMARTFAB_TEST_REPORT_URL: reportUrl, ...(o.suites && { SMARTFAB_TEST_SUITES: o.suites }), ...(o.grep && { SMARTFAB_TEST_GREP: o.grep }) };
  const server = await startCodeServer({ ...dirs, env });
  const browser = await launchBrowser();
  const timer = setTimeout(() => finish('timeout'), timeoutMs);
  try {
    const page = await browser.newPage();
    page.on('pageerror', (err) => console.error(`[browser] ${err.message}`));
    const url = payloadUrl(server.url, server.port, dirs.workspace);
    say(`[runner] code-server ${server.url} (started ${((Date.now() - t0) / 1000).toFixed(1)} s in)`);
    await page.goto(url);
    const outcome = await finished;
    if (outcome === 'timeout') failures.push(`no end of run within ${timeoutMs} ms\n${server.log().slice(-3000)}`);
  } finally {
    clearTimeout(timer);
    await browser.close();
    await server.stop();
    report.close();
  }
  for (const f of failures) console.log(`\n✘ ${f}`);
  return { passes: stats.passes, failures, pending: stats.pending, seconds: (Date.now() - t0) / 1000 };
}

async function main(): Promise<number> {
  const r = await runInHarness({ name: 'integration' });
  console.log(`\nintegration: ${r.passes} passed, ${r.failures.length} failed, ${r.pending} skipped in ${r.seconds.toFixed(1)} s`);
  return r.failures.length === 0 && r.passes > 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : e);
      process.exit(1);
    },
  );
}
