// Layout benchmark: layoutDiagram (ELK, default options: big zones collapsed) on every examples/*.smartfab.yaml
// and on the generated plants of bench/run.ts, beside the full check (checkText) of the same text, as medians.
// Run alone with `node --import tsx bench/layout.ts`, or call layoutCases() from bench/run.ts.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkText } from '../src/core/check';
import { layoutDiagram } from '../src/core/diagram/layout';
import { generatePlant, median, SIZES } from './run';

interface Subject {
  readonly name: string;
  readonly text: string;
  readonly runs: number;
}

function subjects(): Subject[] {
  const dir = path.resolve(__dirname, '..', 'examples');
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.smartfab.yaml'))
    .sort()
    .map((f) => ({ name: f.replace(/\.smartfab\.yaml$/, ''), text: readFileSync(path.join(dir, f), 'utf8'), runs: 21 }));
  const generated = SIZES.map((n) => ({ name: `generated ${n} devices`, text: generatePlant(n), runs: n >= 10_000 ? 5 : n >= 1_000 ? 11 : 21 }));
  return [...examples, ...generated];
}

/** Times check and layout per plant (interleaved, after a warm-up) and prints one row each. */
export async function layoutCases(): Promise<void> {
  const rows: string[][] = [['plant', 'devices', 'KiB', 'nodes', 'check ms', 'layout ms', 'layout / check']];
  for (const s of subjects()) {
    const checked = checkText(s.text);
    if (!checked.plant) {
      rows.push([s.name, '-', (s.text.length / 1024).toFixed(0), '-', '-', '-', 'no plant']);
      continue;
    }
    const plant = checked.plant;
    // The diagram is laid out from the parsed plant and its findings, as the CLI and the editor do.
    const layout = () => layoutDiagram(plant, checked.problems);
    const nodes = (await layout()).nodes.length; // warm-up
    checkText(s.text);
    const check: number[] = [];
    const lay: number[] = [];
    for (let i = 0; i < s.runs; i++) {
      let t0 = performance.now();
      checkText(s.text);
      check.push(performance.now() - t0);
      t0 = performance.now();
      await layout();
      lay.push(performance.now() - t0);
    }
    const c = median(check);
    const l = median(lay);
    const devices = plant.devices.reduce((n, d) => n + d.count, 0);
    rows.push([s.name, String(devices), (s.text.length / 1024).toFixed(0), String(nodes), c.toFixed(2), l.toFixed(2), (l / c).toFixed(2)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  // The editor's path: the language server's diagram request (bench/diagram.ts).
  await (await import('./diagram.js')).diagramCases();
}

if (require.main === module) void layoutCases();
