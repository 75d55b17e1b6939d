// Finding the configuration of a plant file: smartfab.config.yaml in the file's folder or the nearest
// folder above it, up to the workspace folder or the repository root (a folder holding .git), never beyond.
// Pure: the file system comes in through ConfigHost, so the CLI, the server and tests share the walk.
import { posix } from 'node:path';
import { CONFIG_FILE_NAME } from './schema';
import { EMPTY_CONFIG, parseConfig, type SmartFabConfig } from './read';
import type { Problem } from '../diagnostics';

export interface ConfigHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  exists(path: string): boolean;
  /** Absolute plant files (with '/' separators) that `globs` match relative to `dir` (for `ignore`). */
  glob(globs: readonly string[], dir: string): readonly string[];
}

export interface FoundConfig {
  readonly config: SmartFabConfig;
  readonly problems: Problem[];
  /** Absolute files `ignore` matches. */
  readonly ignored: ReadonlySet<string>;
}

const slash = (p: string) => p.replace(/\\/g, '/');

/** Path of the config file that governs `file` (absolute), or undefined. `roots`: workspace folders (absolute). */
export function findConfigPath(file: string, host: Pick<ConfigHost, 'exists'>, roots: readonly string[] = []): string | undefined {
  const stops = new Set(roots.map((r) => slash(r).replace(/\/+$/, '') || '/'));
  let dir = posix.dirname(slash(file));
  for (;;) {
    const candidate = posix.join(dir, CONFIG_FILE_NAME);
    if (host.exists(candidate)) return candidate;
    if (stops.has(dir) || host.exists(posix.join(dir, '.git'))) return undefined;
    const up = posix.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Reads and expands a config file (its ignore globs resolved to files). */
export function loadConfig(path: string, host: ConfigHost): FoundConfig {
  const text = host.readFile(path);
  if (text === undefined) return { config: EMPTY_CONFIG, problems: [], ignored: new Set() };
  const { config, problems } = parseConfig(text, path);
  const ignored = new Set(config.ignore.length ? host.glob(config.ignore, posix.dirname(path)).map(slash) : []);
  return { config, problems, ignored };
}

/** The configuration governing `file` (the empty default when there is none). */
export function configFor(file: string, host: ConfigHost, roots: readonly string[] = []): FoundConfig {
  const path = findConfigPath(file, host, roots);
  return path ? loadConfig(path, host) : { config: EMPTY_CONFIG, problems: [], ignored: new Set() };
}
