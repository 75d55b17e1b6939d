// Installs code-server (Code 1.100.3) into the machine-wide cache without its postinstall, which downloads
// ripgrep from GitHub (no internet here). Idempotent: a marker file makes a warm call return at once.
// Usage: node --import tsx scripts/code-server/install.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, codeServerDir } from './paths';
import { run } from './run-command';

const MARKER = '.smartfab-installed';

export function isInstalled(dir = codeServerDir): boolean {
  return fs.existsSync(path.join(dir, MARKER));
}

/** Node headers shipped with the node binary (e.g. /usr/include/node) spare node-gyp a download. */
function nodeGypEnv(): NodeJS.ProcessEnv {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  const hasHeaders = fs.existsSync(path.join(prefix, 'include', 'node', 'common.gypi'));
  return hasHeaders ? { ...process.env, npm_config_nodedir: prefix } : process.env;
}

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

export async function installCodeServer(log: (msg: string) => void = () => {}): Promise<string> {
  if (isInstalled()) return codeServerDir;
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is missing: apt-get install -y ripgrep');
  const started = Date.now();
  const work = `${codeServerDir}.partial-${process.pid}`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  try {
    log(`code-server ${CODE_SERVER_VERSION}: npm pack`);
    await run('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--silent'], { cwd: work });
    const tgz = fs.readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error('npm pack produced no tarball');
    await run('tar', ['xzf', tgz, '--strip-components=1'], { cwd: work });
    fs.rmSync(path.join(work, tgz));

    const vscode = path.join(work, 'lib', 'vscode');
    const npmInstall = ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
    for (const cwd of [work, vscode, path.join(vscode, 'extensions')]) {
      log(`npm install in ${path.relative(work, cwd) || '.'}`);
      await run('npm', npmInstall, { cwd });
    }
    const env = nodeGypEnv();
    log('native modules');
    await run('npm', ['rebuild', 'argon2'], { cwd: work, env });
    // node-pty's post-install step errors after its addon is built; the addon check below is what counts.
    await run('npm', ['rebuild', 'kerberos', '@vscode/spdlog', 'native-watchdog', 'node-pty'], {
      cwd: vscode,
      env,
      allowFailure: true,
    });
    if (!fs.existsSync(path.join(vscode, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'))) {
      throw new Error('node-pty addon was not built');
    }
    await run('npx', ['--yes', 'node-gyp', 'rebuild'], {
      cwd: path.join(vscode, 'node_modules', '@parcel', 'watcher'),
      env,
    });
    const rgTarget = path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
    fs.mkdirSync(path.dirname(rgTarget), { recursive: true });
    fs.copyFileSync(rg, rgTarget);
    fs.chmodSync(rgTarget, 0o755);
    const asar = path.join(vscode, 'node_modules.asar');
    if (!fs.existsSync(asar)) fs.symlinkSync('node_modules', asar);

    fs.writeFileSync(path.join(work, MARKER), `${new Date().toISOString()}\n`);
    fs.rmSync(codeServerDir, { recursive: true, force: true });
    fs.renameSync(work, codeServerDir);
    log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s at ${codeServerDir}`);
    return codeServerDir;
  } catch (e) {
    fs.rmSync(work, { recursive: true, force: true });
    throw e;
  }
}

if (require.main === module) {
  const t0 = Date.now();
  installCodeServer((m) => console.error(`[install] ${m}`)).then(
    (dir) => console.log(`code-server ready: ${dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
