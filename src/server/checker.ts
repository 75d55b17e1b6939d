// The server's checker: the core checkText, plus the analysis extras when checkText provides them.
import { checkText } from '../core/check';
import type { CheckOutput } from './pipeline';

export function checkPlantText(text: string, uri: string): CheckOutput {
  const r = checkText(text, { uri });
  const analysis = (r as { analysis?: unknown }).analysis;
  return { plant: r.plant, problems: r.problems, lineIndex: r.lineIndex, ...(analysis ? { analysis } : {}) };
}
