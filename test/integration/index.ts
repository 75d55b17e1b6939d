// Extension test entry (extensionTestsPath → out/test/index.js): VS Code calls run() inside the real
// extension host, both in code-server (payload URL) and under @vscode/test-electron.
import * as path from 'node:path';
import Mocha from 'mocha';
import { glob } from 'tinyglobby';
import * as vscode from 'vscode';
import { StreamingReporter, flush, send } from './report';

export async function run(): Promise<void> {
  try {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: StreamingReporter });
    const grep = process.env.SMARTFAB_TEST_GREP;
    if (grep) mocha.grep(grep);
    // The integration suites, or another set of in-host files (the editor bench: bench/**/*.test.js).
    const files = await glob(process.env.SMARTFAB_TEST_SUITES ?? 'suites/**/*.test.js', { cwd: __dirname, absolute: true });
    for (const f of files.sort()) mocha.addFile(path.resolve(f));
    await mocha.loadFilesAsync();
    send({ type: 'start', vscodeVersion: vscode.version, appName: vscode.env.appName, total: mocha.suite.total() });
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    await flush();
    if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    if (!/integration test\(s\) failed$/.test(err.message)) {
      send({ type: 'error', message: err.message, ...(err.stack ? { stack: err.stack } : {}) });
    }
    await flush();
    throw err;
  }
}
