// What a threat rule produces: the topology of one threat instance, before evidence is weighed.
import type { Catalog } from '../../catalog/types';
import type { Search, ZoneGraph } from '../graph';
import type { PlantIndex } from '../plant-index';
import type { InstancePlace } from '../types';

export interface RuleContext {
  readonly index: PlantIndex;
  readonly graph: ZoneGraph;
  readonly catalog: Catalog;
}

export interface RawInstance extends InstancePlace {
  /** The boundary the instance crosses: structural evidence for measures 8, 9, 10 is a cut of it. */
  readonly boundary?: { readonly a: string; readonly b: string; readonly search: Search };
  /** The WAN zone of a WAN entry threat: structural evidence for measure 11. */
  readonly wanZone?: string;
}

export type RuleFn = (ctx: RuleContext, threatId: string) => RawInstance[];
