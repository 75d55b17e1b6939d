// Validation of a parsed plant: schema (schema-check.ts) and cross-element rules.
import type { Problem } from '../diagnostics';
import type { Plant } from '../model/plant';
import { checkMeasures } from './measures';
import { checkReferences } from './references';
import { checkDeviceProperties } from './device-properties';

export { checkSchema } from './schema-check';
export { checkReferences } from './references';
export { checkMeasures, measureTargetFits } from './measures';

/** Cross-element problems of a plant (ids, references, conduits, device keys, countermeasures). */
export function validatePlant(plant: Plant): Problem[] {
  return [...checkReferences(plant), ...checkDeviceProperties(plant), ...checkMeasures(plant)];
}
