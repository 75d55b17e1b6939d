// Diagram benchmark (issue 15's diagram targets): the language server's smartfab/diagram request (layout of
// the analysed version, as the editor asks for it: auto direction in a 1,000 x 800 pane, big zones collapsed)
// beside the full check of the same text in the server's pipeline, as medians, for every example, the
// generated plants of bench/run.ts and a 4,500-zone chain (grid fallback). "open" and "edit" are cold (the
// layout cache emptied first: a new shape, ELK runs); "same shape" is an edit that changes no structure (a new
// version, the layout served from the cache). The webview's paint is bench/first-paint.ts (in the editor).
// Run alone: `node --import tsx bench/diagram.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearLayoutCache } from '../src/core/diagram/layout';
import { answerDiagram } from '../src/server/diagram-request';
import { createChecker } from '../src/server/checker';
import { Pipeline } from '../src/server/pipeline';
import { generatePlant, median, SIZES } from './run';

interface Subject {
  readonly name: string;
  readonly text: string;
  readonly runs: number;
  /** Target for the request, ms. */
  readonly target?: number;
}

function chain(n: number): string {
  const out = ['smartfab: 1', 'plant: { name: chain }', 'zones:'];
  for (let i = 0; i < n; i++) out.push(`  z${i}: { kind: information }`);
  out.push('conduits:');
  for (let i = 0; i + 1 < n; i++) out.push(`  c${i}: { between: [z${i}, z${i + 1}] }`);
  return out.join('\n') + '\n';
}

function subjects(): Subject[] {
  const dir = path.resolve(__dirname, '..', 'examples');
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.smartfab.yaml'))
    .sort()
    .map((f) => ({ name: f.replace(/\.smartfab\.yaml$/, ''), text: readFileSync(path.join(dir, f), 'utf8'), runs: 15, target: 100 }));
  const generated = SIZES.map((n) => ({
    name: `generated ${n} devices`,
    text: generatePlant(n),
    runs: n >= 10_000 ? 5 : 9,
    ...(n === 10_000 && { target: 1_000 }),
  }));
  return [...examples, ...generated, { name: 'chain of 4,500 zones', text: chain(4_500), runs: 3 }];
}

/** Times check and diagram request per plant (interleaved, after a warm-up) and prints one row each. */
export async function diagramCases(): Promise<void> {
  const rows: string[][] = [['plant', 'KiB', 'nodes', 'layout', 'check ms', 'open ms', 'edit ms', 'same shape ms', 'edit / check', 'target']];
  for (const s of subjects()) {
    const pipeline = new Pipeline(createChecker());
    const src = { result: (uri: string) => pipeline.get(uri), severity: () => ({}) };
    const params = { uri: 'file:///bench', options: { direction: 'auto' as const, viewport: { width: 1000, height: 800 } } };
    let version = 1;
    pipeline.run(params.uri, version++, s.text);
    const first = await answerDiagram(params, src); // warm-up
    // Opening asks with direction auto (both directions laid out for small plants); edits keep the direction.
    const edit = { ...params, options: { ...params.options, direction: first.model?.direction ?? 'RIGHT' } };
    const check: number[] = [];
    const open: number[] = [];
    const draw: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < s.runs; i++) {
      // A new version each time (a trailing comment), as after an edit: nothing is served from a cache.
      const text = `${s.text}# ${i}\n`;
      let t0 = performance.now();
      pipeline.run(params.uri, version++, text);
      check.push(performance.now() - t0);
      clearLayoutCache();
      t0 = performance.now();
      await answerDiagram(params, src);
      open.push(performance.now() - t0);
      clearLayoutCache();
      t0 = performance.now();
      await answerDiagram(edit, src);
      draw.push(performance.now() - t0);
      pipeline.run(params.uri, version++, `${text}# same shape\n`);
      t0 = performance.now();
      await answerDiagram(edit, src);
      cached.push(performance.now() - t0);
    }
    const c = median(check);
    const o = median(open);
    const d = median(draw);
    const h = median(cached);
    const verdict = s.target === undefined ? '' : `${Math.max(o, d) <= s.target ? 'ok' : 'MISSED'} (<= ${s.target} ms)`;
    const layout = first.model?.layout ? 'grid' : (first.model?.direction ?? '-').toLowerCase();
    rows.push([s.name, (s.text.length / 1024).toFixed(0), String(first.model?.nodes.length ?? '-'), layout, c.toFixed(1), o.toFixed(1), d.toFixed(1), h.toFixed(1), (d / c).toFixed(2), verdict]);
  }
  console.log('\nDiagram: smartfab/diagram request (server side) beside the full check of the same version; target: the cold open and edit');
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 || i === 9 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}

if (require.main === module) void diagramCases();
