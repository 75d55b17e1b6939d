// What a threat rule produces: the topology of one threat instance, before evidence is weighed.
import type { Catalog } from '../../catalog/types';
import type { Covers } from '../covers';
import type { PlantIndex } from '../plant-index';
import type { Pair, RouteModel } from '../route-model';
import type { InstancePlace } from '../types';
import type { ZoneSides } from '../zone-sides';

export interface RuleContext {
  readonly index: PlantIndex;
  readonly routes: RouteModel;
  readonly sides: ZoneSides;
  readonly covers: Covers;
  readonly catalog: Catalog;
}

/** The protected pair an instance crosses: every boundary verdict is a cut of it (route-model.ts). */
export interface Boundary {
  readonly pair: Pair;
  /** The zones heading the two sides (the instance's `zones`). */
  readonly source: string;
  readonly target: string;
  /** Zones of both sides: declarations on them count for the boundary. */
  readonly scope: { readonly key: string; readonly zones: ReadonlySet<string> };
  /** The scope the covers are built for, when a shared search answers the pair (equal verdicts, one cover for all its pairs). */
  readonly coverScope?: { readonly key: string; readonly zones: ReadonlySet<string> };
}

export interface RawInstance extends InstancePlace {
  readonly boundary?: Boundary;
  /** The WAN zone of a WAN entry threat: structural evidence for measure 11. */
  readonly wanZone?: string;
}

export type RuleFn = (ctx: RuleContext, threatId: string) => RawInstance[];
