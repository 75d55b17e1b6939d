// Where the harness keeps code-server and its throw-away state. The install lives in a machine-wide cache
// (outside the work tree) so CI runs and fresh clones reuse it; SMARTFAB_CACHE overrides.
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

export const repoRoot = path.resolve(__dirname, '..', '..');

export const cacheRoot = process.env.SMARTFAB_CACHE ?? path.join(os.homedir(), '.cache', 'smartfab');

export const codeServerDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);

/** Per-run scratch state (user data, extensions, browser profile) — git-ignored, inside the repo. */
export const stateRoot = path.join(repoRoot, '.cache', 'harness');

export const chromiumPath = process.env.SMARTFAB_CHROMIUM ?? '/usr/bin/chromium';
