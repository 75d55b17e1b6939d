// Public shapes of the threat analysis (see docs/analysis.md).
import type { Problem, Severity } from '../diagnostics';
import type { Catalog, ModelId, ThreatKind } from '../catalog/types';
import type { Span } from '../model/plant';

export type TargetType = 'device' | 'zone' | 'conduit';

export interface AnalysisOptions {
  /** Per-code severity override; 'off' drops the finding. Keys are codes ("threat-A4", "conduit-unused"...). */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  /** §2.3.8: at most this many IoT devices behind a boundary count as "few" (filtering optional if flows are clear). */
  readonly fewIotDevices?: number;
  /** §2.3.8: at least this many IoT devices behind a boundary count as "very many" (IDS/IPS expected). */
  readonly manyIotDevices?: number;
  /** Catalogue to use (tests); defaults to the IPA catalogue. */
  readonly catalog?: Catalog;
}

export const DEFAULT_FEW_IOT_DEVICES = 10;
export const DEFAULT_MANY_IOT_DEVICES = 1000;

/** How one countermeasure ID stands on one threat instance. */
export type MeasureState = 'present' | 'planned' | 'not-applicable' | 'missing';

export interface MeasureStatus {
  readonly id: string;
  readonly state: MeasureState;
  /** Where the evidence comes from: "declared" (an entry) or the topology ("firewall fw1 on iot-ctrl"). */
  readonly evidence?: string;
  readonly reason?: string;
  /** §2.3.8 says this ID is not expected here (e.g. DMZ when the control network is not critical). */
  readonly optional?: boolean;
  /** Boundary IDs not present: the shortest route through each entry conduit that still lacks the ID. */
  readonly uncovered?: readonly UncoveredRoute[];
  /** Boundary IDs not present: where the ID is in place on some routes, in words ("filtering device on c1 (fw1)"). */
  readonly partial?: readonly string[];
  /** What the user put in place that does not count here, and why ("IDS ids-1 sits in ctrl but monitors none of these routes"). */
  readonly hint?: string;
  /** The detectors behind `hint`: IDS/IPS in the scope that neither sit inline on nor monitor the routes. */
  readonly idle?: readonly { readonly device: string; readonly zone: string }[];
  /** The topology shows the ID on every route although the text says planned or not applicable (the text wins). */
  readonly shown?: string;
}

export interface UncoveredRoute {
  /** The entry conduit into the protected side. */
  readonly entry: string;
  readonly conduits: readonly string[];
  readonly zones: readonly string[];
}

/** Where a threat instance sits in the plant: what a threat rule finds (rules/rule.ts) and the instance keeps. */
export interface InstancePlace {
  /** Unique key: threat id and the elements, e.g. "A4@iot-nw>ctrl-info", "A1@sensors". */
  readonly key: string;
  /** The element the finding is reported on. */
  readonly target: string;
  readonly targetType: TargetType;
  readonly span: Span;
  /** Devices the instance concerns (the anchor device, e.g. the gateway or the remote-access server). */
  readonly devices: readonly string[];
  /** Zones the instance concerns: [from, to] for paths, [zone] for entries. */
  readonly zones: readonly string[];
  /** Conduit ids from the source side to the protected side. */
  readonly route: readonly string[];
  /** Zone ids along the route, from source to protected side. */
  readonly routeZones: readonly string[];
  /** Where an attacker stands after this step: for entries the anchor, for paths the protected end. */
  readonly from: string;
  readonly to: string;
}

/** One catalogue threat instantiated on concrete plant elements. */
export interface ThreatInstance extends InstancePlace {
  readonly threat: string;
  readonly model: ModelId;
  readonly kind: ThreatKind;
  readonly damages: readonly number[];
  readonly measures: readonly MeasureStatus[];
  /** No expected measure is missing (a layer of defence). */
  readonly defended: boolean;
}

export type ScenarioStatus = 'open' | 'one-layer' | 'defended-in-depth';

export interface Scenario {
  /** Threat instance keys (ThreatInstance.key), entry first then the intrusion path in order. */
  readonly steps: readonly string[];
  readonly threats: readonly string[];
  /** The element the damage lands on. */
  readonly target: string;
  readonly layers: number;
  readonly status: ScenarioStatus;
}

export interface DamageReport {
  readonly damage: number;
  readonly model: ModelId;
  readonly priority: boolean;
  readonly title: string;
  readonly scenarios: readonly Scenario[];
  /** Scenarios left out of `scenarios` (at most 2,000 are listed per damage); the status counts them. */
  readonly unlisted?: number;
  /** Worst scenario status; `not-exhibited` when the plant gives the damage no scenario at all. */
  readonly status: DamageStatus;
}

export type DamageStatus = ScenarioStatus | 'not-exhibited';

export interface CoverageRow {
  readonly threat: string;
  readonly instances: number;
  /** Per countermeasure ID of the threat: how many instances are in each state. */
  readonly measures: readonly { readonly id: string; readonly counts: Readonly<Record<MeasureState, number>> }[];
}

export interface Analysis {
  /** Exhibited implementation models (declared or inferred), ascending. */
  readonly models: number[];
  /** Models inferred from the topology alone. */
  readonly inferredModels: number[];
  readonly findings: Problem[];
  readonly damages: DamageReport[];
  readonly instances: ThreatInstance[];
  readonly coverage: CoverageRow[];
}
