// Shared inputs of the guidance rules (lower-severity advice, each with its own code).
import type { Problem } from '../../diagnostics';
import type { Cover, Pair } from '../route-model';
import type { RawInstance, RuleContext } from '../rules/rule';
import type { ThreatInstance } from '../types';

export interface GuidanceContext extends RuleContext {
  readonly instances: readonly { readonly inst: ThreatInstance; readonly boundary?: RawInstance['boundary'] }[];
}

export type GuidanceRule = (ctx: GuidanceContext) => Problem[];

export const CONTROL_KINDS = ['control-info', 'control-field'] as const;

/** The zone counts as a control network (information or field side), also when nested in one. */
export function isControl(ctx: GuidanceContext, zoneId: string): boolean {
  return ctx.sides.counts(zoneId, CONTROL_KINDS);
}

export function isDmz(ctx: GuidanceContext, zoneId: string): boolean {
  return ctx.index.zones.get(zoneId)?.kind === 'dmz';
}


export function dmzCover(ctx: GuidanceContext): Cover {
  return { key: 'structural-dmz', zone: (z) => (isDmz(ctx, z) ? z : undefined) };
}

/** The pair from a zone (and the zones nested in it) into every control network. */
export function toControl(ctx: GuidanceContext, zoneId: string): Pair {
  const targets = new Set<string>();
  for (const r of ctx.sides.roots([...CONTROL_KINDS])) for (const z of ctx.sides.side(r.id)) targets.add(z);
  const sources = [...ctx.sides.side(zoneId)].filter((z) => !targets.has(z));
  return { key: `to-control:${zoneId}`, sources, targets, passable: (z) => !targets.has(z) };
}
