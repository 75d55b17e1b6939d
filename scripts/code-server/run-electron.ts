// `npm run test:integration:electron`: the same in-host suites under @vscode/test-electron, for machines that
// can download VS Code (it is cached in .vscode-test/). VSCODE_TEST_VERSION picks the build (default: the
// version code-server tracks, matching engines.vscode).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './paths';
import { testsOutDir } from './build-tests';
import { fillWorkspace, freshRunDirs } from './workspace';

async function main(): Promise<void> {
  const dirs = freshRunDirs('electron');
  fillWorkspace(dirs.workspace, true);
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(testsOutDir, 'index.js'),
    launchArgs: [
      dirs.workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--user-data-dir',
      dirs.userDataDir,
      '--extensions-dir',
      dirs.extensionsDir,
    ],
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
