// The parsed plant: what the analysis, the language server and the diagram work on.
// Every element keeps the source spans it came from (character offsets into the text), so that
// diagnostics, navigation and edits point at the exact place. Offsets convert to line/character
// through LineIndex (src/core/text/line-index.ts).
import type { DeviceKind, MeasureStatus, WirelessTech, ZoneKind } from './kinds';
import type { RiskDecision } from '../review/types';
import type { GeneralSection } from '../review/general';

/** Half-open character span [start, end) into the source text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether a value of the plant is a span: an object with exactly `start` and `end` offsets. */
export function isSpan(o: unknown): o is Span {
  if (typeof o !== 'object' || o === null) return false;
  const s = o as Span;
  return typeof s.start === 'number' && typeof s.end === 'number' && Object.keys(o).length === 2;
}

/** An element id as written, with the span of the key (for maps) or the `id:` value. */
export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

export interface ElementBase {
  readonly id: string;
  /** Span of the id (the map key). */
  readonly idSpan: Span;
  /** Span of the whole element (key and value). */
  readonly span: Span;
  readonly name?: string;
  readonly description?: string;
}

export interface Zone extends ElementBase {
  readonly type: 'zone';
  readonly kind: ZoneKind;
  readonly kindSpan?: Span;
  /** Enclosing zone, for nested zones (e.g. a DMZ inside the control network's site). */
  readonly parent?: Located<string>;
  readonly wireless?: WirelessTech;
  /** Purdue reference model level (0-5; 3.5 for an industrial DMZ). */
  readonly level?: number;
  /** IEC 62443 target security level (1-4). */
  readonly securityLevel?: number;
  /** The zone carries critical systems (§2.3.8: a DMZ is then expected on boundaries into it). */
  readonly critical?: boolean;
}

export interface Device extends ElementBase {
  readonly type: 'device';
  readonly kind: DeviceKind;
  readonly kindSpan?: Span;
  readonly zone: Located<string>;
  /** Number of identical devices this entry stands for (IoT device groups). Default 1. */
  readonly count: number;
  /** For switches/routers: the device filters traffic (measure 8, example 1). */
  readonly filtering?: boolean;
  /** For routers/gateways: the device terminates a VPN (measure 11). */
  readonly vpn?: boolean;
  /** The device connects wirelessly, and how. */
  readonly wireless?: WirelessTech;
  /** `wireless: none`: a wired device, also inside a wireless zone (it does not inherit the zone's radio). */
  readonly wired?: boolean;
  /** For IDS/IPS: zones and conduits it watches as a passive tap (measure 10), besides any conduit whose `via` lists it. */
  readonly monitors?: readonly Located<string>[];
  /** Where the `filtering` and `monitors` keys are written (a key with no effect on this kind is reported). */
  readonly filteringSpan?: Span;
  readonly monitorsSpan?: Span;
}

export interface Conduit extends ElementBase {
  readonly type: 'conduit';
  /** The two zones the conduit joins. */
  readonly from: Located<string>;
  readonly to: Located<string>;
  /** Devices the traffic passes through on this conduit (firewalls, IDS, routers...). */
  readonly via: readonly Located<string>[];
  /** The link is a VPN (measure 11). */
  readonly vpn?: boolean;
  /** The link is wireless, and how. */
  readonly wireless?: WirelessTech;
  /** `one-way`: traffic passes only from the first zone of `between` to the second (data diode, one-way uplink). */
  readonly direction?: Direction;
}

/** `both` (default) or `one-way` (conduit: first zone of `between` to the second; flow: `from` to `to` only). */
export type Direction = 'both' | 'one-way';

export interface Flow {
  readonly type: 'flow';
  /** Optional id; when absent the flow is named "from->to". */
  readonly id: string;
  readonly span: Span;
  readonly from: Located<string>;
  readonly to: Located<string>;
  readonly protocol?: string;
  readonly description?: string;
  /** `one-way`: no traffic returns from `to` to `from` (default `both`: replies flow back). */
  readonly direction?: Direction;
}

export interface MeasureEntry {
  readonly type: 'measure';
  /** Normalised countermeasure ID "n-m" (the file may say ID8-1 or 8-1). */
  readonly measure: Located<string>;
  /** The plant element (zone, device or conduit id) the measure is applied to. */
  readonly target: Located<string>;
  readonly status: MeasureStatus;
  readonly statusSpan?: Span;
  readonly reason?: string;
  readonly evidence?: string;
  readonly span: Span;
}

export interface PlantMeta {
  readonly name?: string;
  readonly site?: string;
  readonly owner?: string;
  readonly description?: string;
}

export interface Plant {
  readonly version: number;
  readonly meta: PlantMeta;
  /** Implementation models the file claims (1-7), if it says. */
  readonly models?: readonly Located<number>[];
  readonly zones: readonly Zone[];
  readonly devices: readonly Device[];
  readonly conduits: readonly Conduit[];
  readonly flows: readonly Flow[];
  readonly measures: readonly MeasureEntry[];
  /** Review decisions of `risks:`, keyed by threat instance key (src/core/review). */
  readonly risks?: readonly RiskDecision[];
  /** `general:`: §2.2 measures recorded and §2.3.8 choices per boundary (src/core/review/general.ts). */
  readonly general?: GeneralSection;
}

export type PlantElement = Zone | Device | Conduit;
