// The Node file system as a ConfigHost (CLI and language server). Globs go through tinyglobby, the
// CLI's own glob library.
import { existsSync, readFileSync } from 'node:fs';
import type { ConfigHost } from './discover';
import tinyglobby = require('tinyglobby');

export const nodeConfigHost: ConfigHost = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  exists: (path) => existsSync(path),
  glob: (globs, dir) => tinyglobby.globSync([...globs], { cwd: dir, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }),
};
