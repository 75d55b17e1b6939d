// Skips the threat analysis when an edit left the plant's structure unchanged (a comment, spacing,
// a moved block): the previous findings are reused with their spans moved to where the same
// elements now are. Structure = the plant with every span removed.
import { analyze } from '../core/analysis/index';
import type { Analysis } from '../core/analysis/types';
import type { Problem } from '../core/diagnostics';
import type { Plant, Span } from '../core/model/plant';

interface Entry {
  readonly shape: string;
  readonly spans: readonly Span[];
  readonly analysis: Analysis;
}

const SPAN_KEYS = new Set(['span', 'idSpan', 'kindSpan', 'statusSpan']);
const isSpan = (v: unknown): v is Span =>
  typeof v === 'object' && v !== null && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number' && Object.keys(v).length === 2;

/** The plant without spans, and its spans in a fixed traversal order. */
export function plantShape(plant: Plant): { shape: string; spans: Span[] } {
  const spans: Span[] = [];
  const shape = JSON.stringify(plant, (key, value) => {
    if (SPAN_KEYS.has(key) && isSpan(value)) {
      spans.push(value);
      return undefined;
    }
    return value;
  });
  return { shape, spans };
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** How many analyses were skipped (for tests and benchmarks). */
  reused = 0;

  constructor(private readonly capacity = 64) {}

  analyze(uri: string, plant: Plant): Analysis {
    const { shape, spans } = plantShape(plant);
    const prev = this.entries.get(uri);
    const moved = prev && prev.shape === shape ? remap(prev, spans) : undefined;
    const analysis = moved ?? analyze(plant);
    if (moved) this.reused++;
    this.entries.delete(uri);
    this.entries.set(uri, { shape, spans, analysis });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}

/** The previous analysis with spans moved, or undefined when a span cannot be placed. */
function remap(prev: Entry, spans: readonly Span[]): Analysis | undefined {
  const where = new Map<string, Span>();
  prev.spans.forEach((s, i) => {
    const k = `${s.start}:${s.end}`;
    if (!where.has(k)) where.set(k, spans[i]);
  });
  let lost = false;
  const move = (s: Span): Span => {
    const m = where.get(`${s.start}:${s.end}`);
    if (!m) lost = true;
    return m ?? s;
  };
  const findings: Problem[] = prev.analysis.findings.map((p) => ({
    ...p,
    span: move(p.span),
    ...(p.related ? { related: p.related.map((r) => ({ ...r, span: move(r.span) })) } : {}),
  }));
  const instances = prev.analysis.instances.map((i) => ({ ...i, span: move(i.span) }));
  return lost ? undefined : { ...prev.analysis, findings, instances };
}
