// Shared inputs of the guidance rules (lower-severity advice, each with its own code).
import type { Catalog } from '../../catalog/types';
import type { Problem } from '../../diagnostics';
import type { ZoneGraph } from '../graph';
import type { PlantIndex } from '../plant-index';
import type { RawInstance } from '../rules/rule';
import type { ThreatInstance } from '../types';

export interface GuidanceContext {
  readonly index: PlantIndex;
  readonly graph: ZoneGraph;
  readonly catalog: Catalog;
  readonly instances: readonly { readonly inst: ThreatInstance; readonly boundary?: RawInstance['boundary'] }[];
}

export type GuidanceRule = (ctx: GuidanceContext) => Problem[];

export const CONTROL_KINDS = ['control-info', 'control-field'] as const;

export function isControl(ctx: GuidanceContext, zoneId: string): boolean {
  const k = ctx.index.zones.get(zoneId)?.kind;
  return k === 'control-info' || k === 'control-field';
}

export function isDmz(ctx: GuidanceContext, zoneId: string): boolean {
  return ctx.index.zones.get(zoneId)?.kind === 'dmz';
}
