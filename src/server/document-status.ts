// `smartfab/documentStatus`: what the language status item shows for a plant file: the implementation
// models found, the damages (被害) still open (a scenario without any countermeasure layer) and how long
// the last analysis took.
import type { Analysis } from '../core/analysis/types';
import type { DocumentResult } from './pipeline';

export const DOCUMENT_STATUS = 'smartfab/documentStatus';

export interface DocumentStatusParams {
  readonly uri: string;
}

export interface DocumentStatus {
  readonly version: number;
  /** Exhibited implementation models (declared or inferred), ascending; empty when the file is no plant. */
  readonly models: readonly number[];
  /** Damage numbers (1-13, report §2.x.5) with at least one open scenario, ascending. */
  readonly openDamages: readonly number[];
  /** Problems by severity as published. */
  readonly errors: number;
  readonly warnings: number;
  /** Wall time of the last check (parse, validation, analysis), in milliseconds. */
  readonly analysisMs: number;
}

export function documentStatus(r: DocumentResult): DocumentStatus {
  const analysis = r.analysis as Analysis | undefined;
  const open = new Set((analysis?.damages ?? []).filter((d) => d.status === 'open').map((d) => d.damage));
  return {
    version: r.version,
    models: analysis?.models ?? [],
    openDamages: [...open].sort((a, b) => a - b),
    errors: r.diagnostics.filter((d) => d.severity === 1).length,
    warnings: r.diagnostics.filter((d) => d.severity === 2).length,
    analysisMs: Math.round(r.elapsedMs * 10) / 10,
  };
}
