// The review stage after the analysis, shared by checkText and the language server's checker: risk
// decisions (decide.ts), then the general section (general.ts). Returns the analysis with its findings
// replaced and the stage's own problems (of the risks: and general: sections).
import type { Analysis } from '../analysis/types';
import type { Problem } from '../diagnostics';
import type { Plant } from '../model/plant';
import { reviewFindings, type ReviewResult } from './decide';
import { applyGeneral } from './general';
import type { ReviewOptions } from './types';

export function reviewStage(plant: Plant, analysis: Analysis, opts: ReviewOptions = {}): { analysis: Analysis; problems: Problem[]; review?: ReviewResult } {
  if (!plant.risks?.length && !plant.general) return { analysis, problems: [] };
  const review = plant.risks?.length ? reviewFindings(plant, analysis, opts) : undefined;
  const general = applyGeneral(plant.general, new Set(plant.conduits.map((c) => c.id)), review?.findings ?? analysis.findings);
  return { analysis: { ...analysis, findings: general.findings }, problems: [...(review?.problems ?? []), ...general.problems], ...(review ? { review } : {}) };
}
