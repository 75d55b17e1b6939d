// Parse benchmark (`npm run bench`): generated plants of 100 / 1,000 / 10,000 devices over a fixed set of
// zones; each case is timed against a bare `yaml` parse of the same text in the same run.
// Add a case by appending to CASES (name + function of the text); add a size to SIZES. At 1,000 and
// 10,000 devices the language server's one-line edit -> diagnostics time is measured too (SERVER_TARGETS).
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { analyze } from '../src/core/analysis/index';
import { formatJson, formatSarif, formatText } from '../src/cli/output/index';
import { checkText } from '../src/core/check';
import type { Plant } from '../src/core/model/plant';
import { ZONE_KINDS } from '../src/core/model/kinds';
import { benchEditToDiagnostics } from '../src/server/bench';

export interface BenchCase {
  readonly name: string;
  readonly run: (text: string) => unknown;
  /** Target ratio to the bare parse, printed beside the measurement. */
  readonly target?: number;
}

// The bare parse without yaml's duplicate-key check, which is quadratic in a mapping's size: a baseline
// that grows like our own (linear) parse, so the ratios below do not flatter us at 10,000 devices.
const BASELINE: BenchCase = { name: 'yaml parse (bare, uniqueKeys: false)', run: (t) => parse(t, { maxAliasCount: -1, uniqueKeys: false }) };

export const CASES: BenchCase[] = [
  // For reference: yaml's default duplicate-key check; the parser does its own, linear one.
  { name: 'yaml parse (uniqueKeys: true)', run: (t) => parse(t, { maxAliasCount: -1 }) },
  { name: 'parse + validate', run: (t) => checkText(t, { analysis: false }), target: 3 },
  { name: 'full check (parse, validate, analysis)', run: (t) => checkText(t), target: 4 },
  // The analysis alone, on the plant parsed once per text (zone-graph searches are per zone, not per device).
  { name: 'analysis only (pre-parsed plant)', run: (t) => analyze(parsedPlant(t)) },
  // Every output format should cost about as much as the check itself (issue 13.7: SARIF was quadratic).
  { name: 'full check + text output', run: (t) => formatText([{ path: 'p.smartfab.yaml', text: t, result: checkText(t) }]) },
  { name: 'full check + JSON output', run: (t) => formatJson([{ path: 'p.smartfab.yaml', text: t, result: checkText(t) }], '0') },
  { name: 'full check + SARIF output', run: (t) => formatSarif([{ path: 'p.smartfab.yaml', text: t, result: checkText(t) }], '0') },
];

const parsed = new Map<string, Plant | undefined>();
function parsedPlant(text: string): Plant {
  if (!parsed.has(text)) parsed.set(text, checkText(text, { analysis: false }).plant);
  return parsed.get(text)!;
}

export const SIZES = [100, 1_000, 10_000];

/**
 * The language server: a one-line edit mid-file to published diagnostics, through its pipeline
 * (incremental reparse, validation, analysis, LSP conversion) without the debounce. Two edits: a
 * device's name (the analysis is carried over, docs/analysis.md §8.1) and its zone (analysed again).
 */
const SERVER_EDIT = 'server: one-line edit -> diagnostics';
const SERVER_EDITS = [
  { label: 'name', kind: 'structural', offset: 0 },
  { label: 'zone', kind: 'zone', offset: -1 },
] as const;
const SERVER_TARGETS = new Map<number, { ms?: number; ratio?: number }>([[1_000, { ms: 20 }], [10_000, { ms: 100 }]]);
const ZONES = 20;

/** A plant with `devices` devices spread over ZONES zones in a chain of conduits, with flows and measures. */
export function generatePlant(devices: number): string {
  const kinds = Object.keys(ZONE_KINDS);
  const out = ['smartfab: 1', 'plant:', `  name: Generated plant with ${devices} devices`, 'zones:'];
  for (let z = 0; z < ZONES; z++) out.push(`  zone-${z}:`, `    kind: ${kinds[z % kinds.length]}`, `    name: Zone ${z}`);
  out.push('devices:');
  for (let d = 0; d < devices; d++) {
    out.push(`  dev-${d}:`, `    kind: ${d % 50 === 0 ? 'firewall' : 'iot-device'}`, `    zone: zone-${d % ZONES}`, `    name: Device ${d}`);
  }
  out.push('conduits:');
  for (let z = 1; z < ZONES; z++) out.push(`  c-${z}:`, `    between: [zone-${z - 1}, zone-${z}]`, `    via: [dev-${(z * 50) % devices}]`);
  out.push('flows:');
  for (let d = 1; d < devices; d += 10) out.push(`  - from: dev-${d}`, `    to: dev-${d - 1}`, '    protocol: mqtt');
  out.push('countermeasures:');
  for (let z = 1; z < ZONES; z++) out.push(`  - measure: ID8-1`, `    target: c-${z}`, '    status: planned');
  return out.join('\n') + '\n';
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function main(): void {
  const rows: string[][] = [['devices', 'KiB', 'case', 'median ms', 'x bare', 'target']];
  const notes: string[] = [];
  for (const n of SIZES) {
    const text = generatePlant(n);
    const runs = n >= 10_000 ? 5 : n >= 1_000 ? 11 : 31;
    const all = [BASELINE, ...CASES];
    const times = new Map<BenchCase, number[]>(all.map((c) => [c, []]));
    for (const c of all) c.run(text); // warm-up
    for (let i = 0; i < runs; i++) {
      // Interleaved so drift (GC, CPU frequency) hits every case alike.
      for (const c of all) {
        const t0 = performance.now();
        c.run(text);
        times.get(c)!.push(performance.now() - t0);
      }
    }
    const base = median(times.get(BASELINE)!);
    for (const c of all) {
      const m = median(times.get(c)!);
      const ratio = m / base;
      const verdict = c.target === undefined ? '' : `${ratio <= c.target ? 'ok' : 'MISSED'} (<= ${c.target}x)`;
      rows.push([String(n), (text.length / 1024).toFixed(0), c.name, m.toFixed(2), ratio.toFixed(2), verdict]);
    }
    const target = SERVER_TARGETS.get(n);
    for (const e of target ? SERVER_EDITS : []) {
      const t = target!;
      const line = text.split('\n').indexOf(`    name: Device ${n >> 1}`) + e.offset;
      const r = benchEditToDiagnostics(text, line, { runs: Math.max(runs, 21), kind: e.kind }); // cheap: more runs, a steadier median
      const ratio = r.medianMs / base;
      const verdict = t.ms !== undefined
        ? `${r.medianMs <= t.ms ? 'ok' : 'MISSED'} (<= ${t.ms} ms)`
        : `${ratio <= t.ratio! ? 'ok' : 'MISSED'} (<= ${t.ratio}x)`;
      rows.push([String(n), (text.length / 1024).toFixed(0), `${SERVER_EDIT} (${e.label})`, r.medianMs.toFixed(2), ratio.toFixed(2), verdict]);
      notes.push(`${n} devices, ${e.label}: ${r.incrementalParses}/${r.runs} edits reparsed incrementally, ${r.carried}/${r.runs} carried the analysis over`);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 2 || i === 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  for (const note of notes) console.log(`${SERVER_EDIT}: ${note}`);
}

// The layout cases import this module, so they load after it, then print their own table.
if (require.main === module) {
  main();
  // Each group prints its own table; one after the other so they do not compete for the CPU.
  void import('./layout.js')
    .then((m) => m.layoutCases())
    .then(() => import('./first-paint.js'))
    .then((m) => m.firstPaintCases())
    .then(() => import('./cli.js'))
    .then((m) => m.cliCases())
    .then(() => import('./peer.js'))
    .then((m) => m.peerCases())
    .then(() => import('./shapes.js'))
    .then((m) => m.shapeCases());
}
