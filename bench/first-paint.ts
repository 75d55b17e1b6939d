// Diagram open time in the real editor (issue 10): "Open Diagram to the Side" to the first picture drawn in
// the webview, measured in the harness (code-server + headless chromium, the integration launcher), for every
// example and the generated 1,000- and 10,000-device plants of bench/run.ts, beside the full check of the
// same plant (checkText, in this process). The figures come from the diagram session itself (FirstPaint in
// src/extension/diagram/debug-state.ts), in parts: the webview starting, the smartfab/diagram request (of
// which the server's check and its layout), and the webview drawing. The first open of each plant is cold
// (the server checks it and ELK lays it out); later opens reuse the server's analysis and layout.
// Skipped, saying why, when code-server or chromium is missing or SMARTFAB_BENCH_EDITOR=0 (or --no-editor).
// Run alone: `node --import tsx bench/first-paint.ts` (it builds the extension and the in-host bench first).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkText } from '../src/core/check';
import { isInstalled } from '../scripts/code-server/install';
import { chromiumPath, codeServerDir, repoRoot } from '../scripts/code-server/paths';
import { runInHarness } from '../scripts/code-server/run-integration';
import { generatePlant, median } from './run';

const RUNS = Number(process.env.SMARTFAB_BENCH_PAINT_RUNS ?? 5);
const GENERATED = [1_000, 10_000];

/** Why the editor bench cannot run here, or undefined. */
function skipReason(): string | undefined {
  if (process.env.SMARTFAB_BENCH_EDITOR === '0' || process.argv.includes('--no-editor')) return 'SMARTFAB_BENCH_EDITOR=0 / --no-editor';
  if (!isInstalled()) return `code-server is not installed in ${codeServerDir} (npm run code-server:install)`;
  if (!fs.existsSync(chromiumPath)) return `no chromium at ${chromiumPath} (apt-get install chromium, or set SMARTFAB_CHROMIUM)`;
  return undefined;
}

function checkMedian(text: string): number {
  checkText(text);
  const times: number[] = [];
  const n = text.length > 500_000 ? 5 : 11;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    checkText(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function firstPaintCases(): Promise<void> {
  console.log('\nDiagram open in the editor: command to first paint in the webview (code-server + chromium), beside the full check');
  const why = skipReason();
  if (why) {
    console.log(`  skipped: ${why}`);
    return;
  }
  const build = spawnSync('npm', ['run', '--silent', 'build:integration'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.log(`  skipped: npm run build:integration failed (exit ${build.status})`);
    return;
  }
  const examples = fs.readdirSync(path.join(repoRoot, 'examples')).filter((f) => f.endsWith('.smartfab.yaml')).sort();
  const generated = Object.fromEntries(GENERATED.map((n) => [`bench-generated-${n}.smartfab.yaml`, generatePlant(n)]));
  const plants = [...examples, ...Object.keys(generated)];
  const figures = new Map<string, Record<string, number>[]>();
  const outcome = await runInHarness({
    name: 'bench-paint',
    suites: 'bench/**/*.test.js',
    files: generated,
    env: { SMARTFAB_BENCH_PLANTS: plants.join(','), SMARTFAB_BENCH_RUNS: String(RUNS) },
    verbose: false,
    onEvent: (e) => {
      if (e.type === 'measure') figures.set(e.name, [...(figures.get(e.name) ?? []), e.values]);
    },
  });
  if (outcome.failures.length > 0) console.log(`  the editor bench had ${outcome.failures.length} failure(s) (above); rows below are what was measured`);

  const rows: string[][] = [['plant', 'KiB', 'nodes', 'check ms', 'first open ms', '(request', 'srv layout)', 'open ms', 'open / check', 'webview', '(page', 'script in)', 'request', 'srv check', 'srv layout', 'paint']];
  for (const name of plants) {
    const text = generated[name] ?? fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
    const runs = figures.get(name) ?? [];
    const check = checkMedian(text);
    const label = name.replace(/\.smartfab\.yaml$/, '').replace(/^bench-generated-(\d+)$/, 'generated $1 devices');
    if (runs.length === 0) {
      rows.push([label, (text.length / 1024).toFixed(0), '-', check.toFixed(1), ...Array<string>(12).fill('-')]);
      continue;
    }
    const med = (k: string) => median(runs.map((r) => r[k] ?? 0));
    const open = med('totalMs');
    rows.push([
      label, (text.length / 1024).toFixed(0), String(runs[0].nodes), check.toFixed(1),
      runs[0].totalMs.toFixed(0), (runs[0].requestMs ?? 0).toFixed(0), `${(runs[0].serverLayoutMs ?? 0).toFixed(0)})`, open.toFixed(0), (open / check).toFixed(1),
      med('webviewMs').toFixed(0), `(${med('pageMs').toFixed(0)}`, `${med('scriptMs').toFixed(0)})`, med('requestMs').toFixed(0), med('serverCheckMs').toFixed(0), med('serverLayoutMs').toFixed(0), med('paintMs').toFixed(0),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  console.log(`  medians of ${RUNS} opens, each in a fresh preview ("first open": the first of them, with its request and the server's layout in it: cold); the parts (ms, medians): webview = the panel created until its script asks for the picture (page: of that, since the webview document began; script in: until its script had arrived, so page - script in is our script's own run), request = smartfab/diagram as the extension host saw it, srv check / srv layout = inside the server, paint = model posted until the webview reported it drawn`);
}

if (require.main === module) void firstPaintCases();
