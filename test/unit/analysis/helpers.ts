// Shared assertions for the analysis tests.
import assert from 'node:assert/strict';
import type { Problem } from '../../../src/core/diagnostics';
import type { Plant } from '../../../src/core/model/plant';

export const threatFindings = (fs: readonly Problem[]): Problem[] => fs.filter((f) => f.code.startsWith('threat-'));

/** Threat id -> the distinct missing lists its findings carry. */
export function foundTable(fs: readonly Problem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of threatFindings(fs)) {
    const d = f.data as { threat: string; missing: string[] };
    const prev = out[d.threat];
    if (prev) assert.deepEqual(d.missing, prev, `${d.threat}: instances disagree`);
    out[d.threat] = d.missing;
  }
  return out;
}

/** Declare every missing ID implemented where the finding says (data.declareOn). */
export function withAllDeclared(plant: Plant, fs: readonly Problem[]): Plant {
  const measures = threatFindings(fs).flatMap((f) =>
    Object.entries((f.data as { declareOn: Record<string, string> }).declareOn).map(([id, target], k) => ({
      type: 'measure' as const,
      measure: { value: id, span: { start: 100000 + k, end: 100001 + k } },
      target: { value: target, span: { start: 100000 + k, end: 100001 + k } },
      status: 'implemented' as const,
      span: { start: 100000 + k, end: 100001 + k },
    })),
  );
  return { ...plant, measures: [...plant.measures, ...measures] };
}
