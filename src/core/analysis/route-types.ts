// The shapes the route model (route-model.ts) searches with: arcs, protected pairs and their groups, covers,
// and the answer of a cut.
import type { Conduit } from '../model/plant';
import type { UncoveredRoute } from './types';

/** An entry conduit into the protected side, with the conduits (the last is the entry) and zones of a route through it. */
export type { UncoveredRoute };

export interface Arc {
  readonly conduit: Conduit;
  readonly from: string;
  readonly to: string;
}

/** A protected pair: routes start in `sources`, end on entering `targets`, and cross only `passable` zones. */
export interface Pair {
  /** Cache key naming the sides and the passable predicate. */
  readonly key: string;
  readonly sources: readonly string[];
  readonly targets: ReadonlySet<string>;
  /** Zones a route may cross (besides sources); default any. Targets are never crossed. */
  readonly passable?: (zoneId: string) => boolean;
  /** Pairs of one source side answered by one shared search (see PairGroup); `member` names this pair's targets there. */
  readonly group?: PairGroup;
  readonly member?: string;
  /** Cache key naming the targets and `passable` alone, when pairs from many sources share them (searches backward from the targets). */
  readonly intoKey?: string;
}

/**
 * Pairs sharing their sources and `passable` whose targets no route may cross (every target zone is
 * impassable for every pair of the group, as when the targets are the sides of one zone kind): one
 * search from the sources then answers every pair at once, since the zones it crosses, their order and
 * the shortest routes never depend on which member's targets are entered. The pair's own sources,
 * passable and targets must agree with the group (path.ts builds both).
 */
export interface PairGroup {
  /** Cache key naming the sources and the passable predicate. */
  readonly key: string;
  /** Target zone -> the members whose targets hold it. */
  readonly memberOf: ReadonlyMap<string, readonly string[]>;
  /** Cache key naming `memberOf` alone (the same target sides for every source). */
  readonly sidesKey: string;
}

/** Elements carrying a measure: a covered conduit or zone cuts every route through it. Returns why, or undefined. */
export interface Cover {
  /** Cache key (the predicates must be pure functions of their argument). */
  readonly key: string;
  readonly conduit?: (c: Conduit) => string | undefined;
  /** A covered source zone covers the routes starting there; a covered target zone the routes entering there. */
  readonly zone?: (zoneId: string) => string | undefined;
  /**
   * The cover is shared by many pairs (its answers do not depend on the pair): the model asks it once about
   * every zone and conduit, and a cover that stops nothing anywhere searches as no cover at all (same result).
   */
  readonly shared?: boolean;
}

export interface CutResult {
  /** Every route is cut by a covered element (true also when no route exists). */
  readonly cut: boolean;
  /** Each uncovered entry conduit with the shortest uncovered route through it, by (length, entry id). */
  readonly uncovered: readonly UncoveredRoute[];
  /** Covered elements the search ran into, sorted by id: the measure in place on some route. */
  readonly blockers: readonly { readonly id: string; readonly why: string }[];
}
