// `smartfab check` as a user runs it (`npm run bench`): the whole process, wall time from spawn to exit,
// of the CLI bundled as `npm run package` ships it (esbuild.js's CLI builds, minified), for one example
// and for all examples in one call; beside a bare `node -e ""` start of the same machine. Interleaved,
// so load drift hits every case alike. Run alone with `node --import tsx bench/cli.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build, type BuildOptions } from 'esbuild';
import { median } from './run';

const ROOT = path.resolve(__dirname, '..');
const RUNS = 11;
const ONE_EXAMPLE_TARGET_MS = 300;
const ALL_EXAMPLES_TARGET_RATIO = 1.5;

export async function cliCases(): Promise<void> {
  const outdir = mkdtempSync(path.join(tmpdir(), 'smartfab-bench-cli-'));
  const { cliBuilds } = require(path.join(ROOT, 'esbuild.js')) as { cliBuilds(outdir: string): BuildOptions[] };
  await Promise.all(cliBuilds(outdir).map((b) => build({ ...b, bundle: true, minify: true, target: 'node20', absWorkingDir: ROOT, logLevel: 'silent' })));
  const cli = path.join(outdir, 'cli.js');
  const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.smartfab.yaml')).length;
  const cases = [
    { name: 'node -e "" (bare start)', args: ['-e', ''] },
    { name: 'smartfab check, one example', args: [cli, 'check', 'examples/model-1-single-factory.smartfab.yaml'] },
    { name: `smartfab check, all ${examples} examples in one call`, args: [cli, 'check', 'examples'] },
  ];
  const times = cases.map(() => [] as number[]);
  for (let i = 0; i <= RUNS; i++) {
    cases.forEach((c, k) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, c.args, { cwd: ROOT, encoding: 'utf8' });
      const ms = performance.now() - t0;
      if (r.status !== 0 && r.status !== 1) throw new Error(`${c.name}: exit ${r.status}\n${r.stderr}`);
      if (i > 0) times[k].push(ms); // the first round warms the disk cache (and Node >= 22's compile cache)
    });
  }
  const [bare, one, all] = times.map(median);
  const rows = [
    ['case', 'median ms', 'x bare start', 'target'],
    [cases[0].name, bare.toFixed(0), '1.00', ''],
    [cases[1].name, one.toFixed(0), (one / bare).toFixed(2), `${one <= ONE_EXAMPLE_TARGET_MS ? 'ok' : 'MISSED'} (<= ${ONE_EXAMPLE_TARGET_MS} ms)`],
    [cases[2].name, all.toFixed(0), (all / bare).toFixed(2), `${all / one <= ALL_EXAMPLES_TARGET_RATIO ? 'ok' : 'MISSED'} (${(all / one).toFixed(2)}x one example, <= ${ALL_EXAMPLES_TARGET_RATIO}x)`],
  ];
  console.log(`\nCLI, whole process (spawn to exit; medians of ${RUNS} runs, bundled and minified as shipped, Node ${process.versions.node})`);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 || i === 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}

if (require.main === module) void cliCases();
