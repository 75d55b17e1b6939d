// The guidance rules, run in this order after the threat rules.
import type { GuidanceRule } from './context';
import { dmzBypassed, filteringWithoutDevice } from './contradictions';
import { generalMeasures } from './general';
import { flowRules, ipsAvailability, wanUnfiltered } from './topology';
import { wirelessGuidance } from './wireless';

export const GUIDANCE_RULES: readonly GuidanceRule[] = [
  dmzBypassed,
  filteringWithoutDevice,
  wanUnfiltered,
  flowRules,
  ipsAvailability,
  wirelessGuidance,
  generalMeasures,
];
