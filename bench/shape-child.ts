// One command of bench/shapes.ts on one file, in its own process (so its peak RSS is its own): prints
// JSON with the command's time (the CLI's own code path, output to a temporary file) and the peak RSS,
// or for `parse` the time of yaml's bare parse.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { run } from '../src/cli/main';

const ARGS: Record<string, string[]> = {
  check: ['check', '--format', 'json', '--fail-on', 'never'],
  diagram: ['diagram', '--format', 'svg'],
  report: ['report', '--format', 'html'],
};

const LOAD: Record<string, () => Promise<unknown>> = {
  check: () => import('../src/cli/commands/check.js'),
};

async function main(): Promise<void> {
  const [file, op] = process.argv.slice(2);
  const text = readFileSync(file, 'utf8');
  if (op === 'parse') {
    // The bare parse without yaml's duplicate-key check, which is quadratic in a mapping's size (a
    // 100,000-key `devices:` takes minutes); the second of two runs, so yaml's code is compiled.
    const bare = () => parse(text, { maxAliasCount: -1, uniqueKeys: false });
    bare();
    const t0 = performance.now();
    bare();
    console.log(JSON.stringify({ ms: performance.now() - t0, peakMiB: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  const output = path.join(tmpdir(), `smartfab-shape-${process.pid}.out`);
  const errors: string[] = [];
  // The command's code is loaded first (the CLI loads it before reading the file): the time is the
  // command's work, as the bare parse's is yaml's, not tsx compiling TypeScript on the way.
  await LOAD[op]?.();
  const t0 = performance.now();
  const code = await run([...ARGS[op], file, '--output', output], { out: () => undefined, err: (s) => void errors.push(s) });
  const ms = performance.now() - t0;
  if (code === 2) throw new Error(errors.join(''));
  console.log(JSON.stringify({ ms, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}

void main();
