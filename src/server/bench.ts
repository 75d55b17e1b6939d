// Benchmark hook: one-line edit -> published diagnostics, through the server's own pipeline
// (incremental reparse, validation, analysis, steady problems, LSP conversion), without the debounce.
import { createChecker } from './checker';
import { Pipeline } from './pipeline';

export interface EditBench {
  /** Median milliseconds from the edited text to its diagnostics. */
  readonly medianMs: number;
  readonly runs: number;
  readonly diagnostics: number;
  /** Runs in which only the edited entries were reparsed. */
  readonly incrementalParses: number;
  /** Runs that carried the previous analysis over (src/core/analysis/carry.ts). */
  readonly carried: number;
}

export type EditKind = 'structural' | 'comment' | 'zone';

/**
 * Edits line `editLine` (0-based) and times the pipeline. "structural" changes the line's value
 * (a name or count); "comment" appends a comment; "zone" moves the device of a `zone:` line into a
 * new, undeclared zone (an edit the analysis must see). Each run is a new document version with a new
 * text, so nothing is served from the pipeline's per-version cache.
 */
export function benchEditToDiagnostics(text: string, editLine: number, opts: { runs?: number; kind?: EditKind; warmup?: number } = {}): EditBench {
  const runs = opts.runs ?? 7;
  // Untimed edits first: a running server has its code compiled; the median is of the steady state.
  const warmup = opts.warmup ?? 5;
  const lines = text.split('\n');
  const edit = (n: number) => {
    const copy = [...lines];
    copy[editLine] = editOf(lines[editLine] ?? '', opts.kind ?? 'structural', n);
    return copy.join('\n');
  };
  const checker = createChecker();
  const pipeline = new Pipeline(checker);
  const uri = 'file:///bench.smartfab.yaml';
  pipeline.run(uri, 0, text); // the document as opened
  const times: number[] = [];
  let diagnostics = 0;
  let incremental = 0;
  let carried = 0;
  for (let i = 1; i <= warmup + runs; i++) {
    const edited = edit(i);
    const before = checker.incremental;
    const carriedBefore = checker.carried;
    const t0 = process.hrtime.bigint();
    const r = pipeline.run(uri, i, edited);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i <= warmup) continue;
    times.push(ms);
    diagnostics = r.diagnostics.length;
    incremental += checker.incremental - before;
    carried += checker.carried - carriedBefore;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[times.length >> 1], runs, diagnostics, incrementalParses: incremental, carried };
}

function editOf(line: string, kind: EditKind, n: number): string {
  if (kind === 'comment') return `${line} # edit ${n}`;
  if (kind === 'zone') return line.replace(/zone:.*$/, `zone: nowhere-${n}`);
  const count = /^(\s*count:\s*)(\d+)\s*$/.exec(line);
  if (count) return `${count[1]}${Number(count[2]) + n}`;
  const named = /^(\s*(?:name|description):\s*)(.*)$/.exec(line);
  if (named) return `${named[1]}${named[2]} ${n}`;
  return `${line} # edit ${n}`;
}

/** A plant of `devices` devices in a fixed set of zones (IoT groups, gateways, controllers). */
export function generatePlant(devices: number, zones = 10): string {
  const out = ['smartfab: 1', 'zones:'];
  for (let z = 0; z < zones; z++) out.push(`  z${z}:`, `    kind: ${z === 0 ? 'control-info' : z % 2 ? 'iot-network' : 'control-field'}`);
  out.push('devices:');
  for (let d = 0; d < devices; d++) {
    const z = d % zones;
    const kind = z === 0 ? 'hmi' : z % 2 ? (d % 3 ? 'iot-device' : 'iot-gateway') : 'controller';
    out.push(`  d${d}:`, `    kind: ${kind}`, `    zone: z${z}`, `    name: Device ${d}`, '    count: 1');
  }
  out.push('conduits:');
  for (let z = 1; z < zones; z++) out.push(`  c${z}:`, `    between: [z${z}, z0]`);
  return `${out.join('\n')}\n`;
}
