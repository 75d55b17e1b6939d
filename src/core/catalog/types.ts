// Types of the IPA catalogue (report tables 5-10 and appendix ③ tables 16-18).
// Every text carries the report's Japanese beside the English rendering.
import type { DeviceKind, WirelessTech, ZoneKind } from '../model/kinds';

export interface Text {
  readonly ja: string;
  readonly en: string;
}

/** Where in the report a thing is described, e.g. "§2.3.7", "table 5", "fig. 3". */
export type ReportRef = string;

export type ModelId = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface ImplementationModel {
  readonly id: ModelId;
  readonly title: Text;
  readonly summary: Text;
  /** Operations added for the smart factory (§2.x.2). */
  readonly operations: readonly { readonly name: Text; readonly description: Text }[];
  /** Main data flows (§2.x.3). */
  readonly dataFlows: readonly { readonly name: Text; readonly description: Text }[];
  /** Damages the model's table lists, in table order (empty for model 7). */
  readonly damages: readonly number[];
  readonly figure: ReportRef;
  readonly table?: ReportRef;
  readonly refs: readonly ReportRef[];
  /** Model 7: the report defines no damages, threats or countermeasures; why. */
  readonly noThreatsNote?: Text;
  /** Place in the typology of table 4 (§2.1.3): the input and output methods it combines. */
  readonly typology?: { readonly input: Text; readonly output: Text };
}

export interface Damage {
  readonly id: number; // 1..13
  readonly model: ModelId;
  readonly title: Text;
  readonly description: Text;
  /** The report ranks it first (intrusion into or stop of the existing control system: 1, 3, 6, 10). */
  readonly priority: boolean;
  /** The table footnote on priority, where the model's table has one. */
  readonly priorityNote?: Text;
}

export type ThreatKind = 'entry' | 'path';

export interface Threat {
  readonly id: string; // "A1".."L3"
  readonly model: ModelId;
  readonly kind: ThreatKind;
  readonly title: Text;
  readonly description: Text;
  /** Damages whose table rows list this threat. */
  readonly damages: readonly number[];
  /** Countermeasure IDs ("n-m") the model's table lists for this threat, in table order. */
  readonly measures: readonly string[];
  readonly refs: readonly ReportRef[];
}

/** The kind of plant element a countermeasure ID applies to. */
export type MeasureTarget =
  | { readonly type: 'device'; readonly deviceKinds: readonly DeviceKind[] }
  | { readonly type: 'network'; readonly zoneKinds: readonly ZoneKind[] }
  /** A boundary between two sides; each side is a set of zone kinds or device kinds. */
  | {
      readonly type: 'boundary';
      readonly between: readonly [BoundarySide, BoundarySide];
    };

export interface BoundarySide {
  readonly zoneKinds?: readonly ZoneKind[];
  readonly deviceKinds?: readonly DeviceKind[];
}

export interface MeasureKind {
  readonly id: number; // 1..18
  readonly title: Text;
  readonly description: Text;
  /** Notes the model sections add (e.g. §2.5.7 supervisor approval, §2.6.7 remote connection). */
  readonly notes: readonly { readonly ref: ReportRef; readonly text: Text }[];
  /** IPA analysis guide / CPSF / other references the report cites. */
  readonly references: readonly Text[];
  readonly models: readonly ModelId[];
  /** The shorter wording of appendix ③ table 18, where it differs from the section text. */
  readonly summary?: Text;
}

export interface CountermeasureId {
  readonly id: string; // "8-1"
  readonly kind: number;
  /** The target as the report names it. */
  readonly targetLabel: Text;
  readonly target: MeasureTarget;
  /** Threats whose table rows list this ID. */
  readonly threats: readonly string[];
  readonly models: readonly ModelId[];
  /** Where the report is inconsistent about this ID, what it says and the reading kept. */
  readonly erratum?: Text;
}

export interface Catalog {
  readonly models: readonly ImplementationModel[];
  readonly damages: readonly Damage[];
  readonly threats: readonly Threat[];
  readonly measureKinds: readonly MeasureKind[];
  readonly countermeasures: readonly CountermeasureId[];
  /** §2.2 model-independent measures (physical, operational). */
  readonly generalMeasures: readonly GeneralMeasure[];
  /** §2.3.8 implementation examples (measure 8 ①②, 9, 10 ①②) and their conditions. */
  readonly implementationExamples: readonly ImplementationExample[];
  /** §3.2 and appendix ① wireless guidance (table 14). */
  readonly wireless: readonly WirelessGuidance[];
  readonly errata: readonly Text[];
  /** Footnote ※2 of tables 5-10: what entry (OR) and path (AND) threats mean. */
  readonly threatKinds?: Readonly<Record<ThreatKind, Text>>;
}

export interface GeneralMeasure {
  readonly id: string; // e.g. "physical-1", "operational-3"
  readonly aspect: 'physical' | 'operational';
  readonly title: Text;
  readonly description: Text;
  /** CPSF requirement IDs the report cites, e.g. "CPS.AC-2". */
  readonly cpsf: readonly string[];
  readonly ref: ReportRef;
}

export interface ImplementationExample {
  readonly id: string; // "8-①", "8-②", "9", "10-①", "10-②"
  readonly measureKind: number;
  readonly condition: Text;
  readonly description: Text;
  readonly ref: ReportRef;
  /** The §2.3.8 c) guidance on when this example applies (device counts, critical systems, blocking). */
  readonly notes?: readonly Text[];
}

export interface WirelessGuidance {
  readonly id: string; // e.g. "lorawan", "local-5g", "wifi", "carrier"
  readonly technology: Text;
  readonly guidance: readonly Text[];
  readonly ref: ReportRef;
  /** The plant-file wireless technologies this guidance applies to. */
  readonly techs?: readonly WirelessTech[];
  /** Table 13: communication speed and range. */
  readonly speed?: Text;
  readonly range?: Text;
}
