// Plants with many zones and conduits, within the 5 MiB file limit (`npm run bench`): each command runs
// in its own child process (bench/shape-child.ts) with a time limit, and prints its time beside the bare
// parse of the same text and its peak memory (the bare parse and the check: median of RUNS processes). Run alone with `node --import tsx bench/shapes.ts`.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MAX_TEXT_LENGTH } from '../src/core/parse/source';

export interface Shape {
  readonly name: string;
  readonly text: () => string;
}

const ZONE_KINDS = ['iot-network', 'control-info', 'information', 'control-field', 'wan', 'dmz', 'intranet'];

function zones(n: number): string[] {
  const out = ['zones:'];
  for (let z = 0; z < n; z++) out.push(`  z${z}: { kind: ${ZONE_KINDS[z % ZONE_KINDS.length]} }`);
  return out;
}

function devices(n: number, zoneCount: number): string[] {
  const out = ['devices:'];
  for (let d = 0; d < n; d++) out.push(`  d${d}: { kind: ${d % 97 === 0 ? 'iot-gateway' : d % 89 === 0 ? 'firewall' : 'iot-device'}, zone: z${d % zoneCount} }`);
  return out;
}

/** The three shapes (issue 15), each checked to fit the file-size limit. */
export const SHAPES: Shape[] = [
  {
    name: '2,000-zone chain, 70,000 devices, 50,000 flows',
    text: () => {
      const out = ['smartfab: 1', ...zones(2_000), ...devices(70_000, 2_000), 'conduits:'];
      for (let z = 1; z < 2_000; z++) out.push(`  c${z}: { between: [z${z - 1}, z${z}] }`);
      out.push('flows:');
      for (let f = 0; f < 50_000; f++) out.push(`  - { from: d${f}, to: d${f + 1} }`);
      return `${out.join('\n')}\n`;
    },
  },
  {
    name: '100,000 devices over 2,000 zones',
    text: () => {
      const out = ['smartfab: 1', ...zones(2_000), ...devices(100_000, 2_000), 'conduits:'];
      for (let z = 1; z < 2_000; z++) out.push(`  c${z}: { between: [z${(z - 1) >> 1}, z${z}] }`);
      return `${out.join('\n')}\n`;
    },
  },
  {
    name: '300-zone mesh, 5,000 conduits',
    text: () => {
      const out = ['smartfab: 1', ...zones(300), ...devices(900, 300), 'conduits:'];
      // Distinct unordered pairs: step k joins zone i to i + 1 + (k div 300) (mod 300), never itself.
      for (let k = 0; k < 5_000; k++) {
        const i = k % 300;
        out.push(`  c${k}: { between: [z${i}, z${(i + 1 + Math.floor(k / 300)) % 300}] }`);
      }
      return `${out.join('\n')}\n`;
    },
  },
];

/** The limits: check within 10x the bare parse and 1.5 GB; diagram and report within 30 s. */
const LIMITS = { check: { ratio: 10, peakMiB: 1_536, seconds: 60 }, diagram: { seconds: 30 }, report: { seconds: 30 } } as const;
type Op = keyof typeof LIMITS;

interface ChildResult {
  readonly ms?: number;
  readonly peakMiB?: number;
  readonly failure?: string;
}

function runChild(file: string, op: Op | 'parse', seconds: number): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=3072', '--import', 'tsx', path.join(__dirname, 'shape-child.ts'), file, op], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), seconds * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve({ failure: `still running after ${seconds} s` });
      if (code !== 0) return resolve({ failure: /heap out of memory/i.test(err) ? 'out of memory' : `exit ${code}: ${err.trim().split('\n').pop() ?? ''}` });
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()!) as ChildResult);
      } catch {
        resolve({ failure: 'no result' });
      }
    });
  });
}

/** Runs per shape for the bare parse and the check (each its own process): the median time, the highest peak. */
const RUNS: Record<Op | 'parse', number> = { parse: 3, check: 3, diagram: 1, report: 1 };

async function measure(file: string, op: Op | 'parse', seconds: number): Promise<ChildResult & { readonly runs?: number }> {
  const done: ChildResult[] = [];
  for (let i = 0; i < RUNS[op]; i++) {
    const r = await runChild(file, op, seconds);
    if (r.failure !== undefined) return r;
    done.push(r);
  }
  const ms = done.map((r) => r.ms!).sort((a, b) => a - b);
  return { ms: ms[(ms.length - 1) >> 1], peakMiB: Math.max(...done.map((r) => r.peakMiB!)), runs: done.length };
}

export async function shapeCases(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-shapes-'));
  // "beyond check": the command's time less the check's of the same shape (what drawing or the report add;
  // the rest is the analysis, which they need for the findings).
  const rows: string[][] = [['shape', 'MiB', 'command', 'median ms', 'runs', 'beyond check', 'x bare parse', 'peak MiB', 'target']];
  for (const [k, shape] of SHAPES.entries()) {
    const text = shape.text();
    if (text.length > MAX_TEXT_LENGTH) throw new Error(`${shape.name}: ${text.length} characters, over the file limit`);
    const file = path.join(dir, `shape-${k}.smartfab.yaml`);
    writeFileSync(file, text);
    const mib = (text.length / 1024 / 1024).toFixed(1);
    const bare = await measure(file, 'parse', 600);
    rows.push([shape.name, mib, 'yaml parse (bare)', bare.ms?.toFixed(0) ?? '-', String(bare.runs ?? '-'), '', '1.0', bare.peakMiB?.toFixed(0) ?? '-', bare.failure ?? '']);
    let checkMs: number | undefined;
    for (const op of Object.keys(LIMITS) as Op[]) {
      const limit = LIMITS[op];
      const r = await measure(file, op, limit.seconds);
      if (r.failure !== undefined) {
        rows.push([shape.name, mib, op, '-', '-', '-', '-', '-', `MISSED (${r.failure})`]);
        continue;
      }
      if (op === 'check') checkMs = r.ms;
      const beyond = op !== 'check' && checkMs !== undefined ? (r.ms! - checkMs).toFixed(0) : '';
      const ratio = r.ms! / bare.ms!;
      const ok = 'ratio' in limit ? ratio <= limit.ratio && r.peakMiB! <= limit.peakMiB : r.ms! <= limit.seconds * 1000;
      const target = 'ratio' in limit ? `<= ${limit.ratio}x, <= ${limit.peakMiB} MiB` : `<= ${limit.seconds} s`;
      rows.push([shape.name, mib, op, r.ms!.toFixed(0), String(r.runs), beyond, ratio.toFixed(1), r.peakMiB!.toFixed(0), `${ok ? 'ok' : 'MISSED'} (${target})`]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 || i === 2 || i === 8 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}

if (require.main === module) void shapeCases();
