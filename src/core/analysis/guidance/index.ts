// The guidance rules, run in this order after the threat rules.
import type { GuidanceRule } from './context';
import { dmzBypassed, filteringWithoutDevice, plannedButShown } from './contradictions';
import { generalMeasures } from './general';
import { fieldDirectConduit, purdueBypass, wirelessInControl } from './levels';
import { flowRules, ipsAvailability, wanUnfiltered } from './topology';
import { wirelessGuidance } from './wireless';

export const GUIDANCE_RULES: readonly GuidanceRule[] = [
  dmzBypassed,
  filteringWithoutDevice,
  plannedButShown,
  wanUnfiltered,
  purdueBypass,
  fieldDirectConduit,
  wirelessInControl,
  flowRules,
  ipsAvailability,
  wirelessGuidance,
  generalMeasures,
];
