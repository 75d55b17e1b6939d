// Public entry of the threat analysis (docs/analysis.md).
import { catalog as ipaCatalog } from '../catalog/index';
import type { Plant } from '../model/plant';
import { analyzeWith } from './analyze';
import type { Analysis, AnalysisOptions } from './types';

export type * from './types';
export { DEFAULT_FEW_IOT_DEVICES, DEFAULT_MANY_IOT_DEVICES } from './types';
export { THREAT_RULES } from './rules/registry';
export { MODEL_SIGNATURES } from './models';

export function analyze(plant: Plant, opts: AnalysisOptions = {}): Analysis {
  return analyzeWith(opts.catalog ?? ipaCatalog, plant, opts);
}
