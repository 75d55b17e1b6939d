// Throw-away workspaces for the harness: copies of examples/ (and the integration fixtures), so tests that
// edit or quick-fix a plant never touch the repository's files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, stateRoot } from './paths';

export interface RunDirs {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  workspace: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fresh per-run directories under .cache/harness/<name>-<pid> (git-ignored). Per process, so parallel runs
 * never share state; those of finished runs are removed here (the last one stays for its logs).
 */
export function freshRunDirs(name: string): RunDirs {
  fs.mkdirSync(stateRoot, { recursive: true });
  for (const d of fs.readdirSync(stateRoot)) {
    const m = new RegExp(`^${name}-(\\d+)$`).exec(d);
    if (m && !alive(Number(m[1]))) fs.rmSync(path.join(stateRoot, d), { recursive: true, force: true });
  }
  const root = path.join(stateRoot, `${name}-${process.pid}`);
  fs.rmSync(root, { recursive: true, force: true });
  const dirs = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  // Quiet workbench: no welcome page, no trust prompt, no telemetry notice to click away.
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'editor.hover.delay': 100,
    // The run folders sit inside the repo's .cache/: keep git from offering the parent repository.
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
  };
  fs.mkdirSync(path.join(dirs.userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return dirs;
}

function copyPlants(from: string, to: string): string[] {
  if (!fs.existsSync(from)) return [];
  const files = fs.readdirSync(from).filter((f) => /\.smartfab\.ya?ml$/.test(f));
  for (const f of files) fs.copyFileSync(path.join(from, f), path.join(to, f));
  return files;
}

/** Fills dir with the example plants and, if asked, the integration fixtures; returns the file names. */
export function fillWorkspace(dir: string, withFixtures: boolean): string[] {
  const files = copyPlants(path.join(repoRoot, 'examples'), dir);
  if (withFixtures) files.push(...copyPlants(path.join(repoRoot, 'test', 'integration', 'fixtures'), dir));
  return files.sort();
}
