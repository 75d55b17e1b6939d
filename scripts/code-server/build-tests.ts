// Compiles the in-host integration tests (test/integration/*.ts, suites/**, and the editor bench's bench/**) to out/test/ as CommonJS, file by
// file (no bundling): mocha, tinyglobby and vscode are resolved at run time inside the extension host.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { repoRoot } from './paths';

export const testsOutDir = path.join(repoRoot, 'out', 'test');

export async function buildIntegrationTests(): Promise<void> {
  const src = path.join(repoRoot, 'test', 'integration');
  const entryPoints = await glob(['*.ts', 'suites/**/*.ts', 'bench/**/*.ts'], { cwd: src, absolute: true });
  fs.rmSync(testsOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outbase: src,
    outdir: testsOutDir,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

if (require.main === module) {
  buildIntegrationTests().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
