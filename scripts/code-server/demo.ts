// `npm run demo`: builds and packages the extension, installs the .vsix into code-server, opens examples/
// (the real files: edits are kept) and serves until Ctrl-C. PORT picks the port (default 8080, 0 = any free).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installCodeServer } from './install';
import { repoRoot } from './paths';
import { installVsix, startCodeServer } from './server';
import { freshRunDirs } from './workspace';

function npm(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm ${args.join(' ')} exited ${code}`))));
  });
}

async function main(): Promise<void> {
  await npm(['run', 'package']);
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  await installCodeServer((m) => console.log(`[install] ${m}`));
  const dirs = freshRunDirs('demo');
  await installVsix(path.join(repoRoot, `${name}-${version}.vsix`), dirs);
  const folder = path.join(repoRoot, 'examples');
  const server = await startCodeServer({ ...dirs, folder, port: Number(process.env.PORT ?? 8080) });
  console.log(`\nSmartFab demo: ${server.url}?folder=${encodeURIComponent(folder)}\nCtrl-C stops it.`);
  // Stay up: the SIGINT hook in server.ts stops code-server's process group and exits.
  await new Promise<never>(() => undefined);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
