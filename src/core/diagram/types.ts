// The laid-out diagram the webview, the SVG renderer and the CLI draw: a plain, serialisable value
// (no class instances) so it crosses the language server / webview boundary as JSON.
// All coordinates are ABSOLUTE (diagram origin top-left), already laid out by ELK.
import type { DeviceKind, ZoneKind } from '../model/kinds';
import type { Span } from '../model/plant';
import type { Severity } from '../diagnostics';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What a node stands for:
 * - `plant`: the plant boundary holding every non-external zone (no element id);
 * - `zone`: a zone container (may be collapsed, then it holds one `summary` child);
 * - `device`: one device (or a device group, then `count` > 1, drawn as ONE node);
 * - `conduit-device`: a device listed in a conduit's `via`, drawn on the conduit, splitting its edge;
 * - `summary`: stands for the devices of a collapsed zone.
 */
export type DiagramNodeType = 'plant' | 'zone' | 'device' | 'conduit-device' | 'summary';

export interface DiagramNode extends Box {
  /** Unique diagram id, e.g. "zone:iot-nw", "device:fw1", "summary:iot-nw", "plant". */
  readonly id: string;
  /** The plant element id (zone or device id) it stands for; undefined for the plant boundary and summaries. */
  readonly elementId?: string;
  readonly type: DiagramNodeType;
  /** The zone or device kind (undefined for the plant boundary and summaries). */
  readonly kind?: ZoneKind | DeviceKind;
  /** Display name (element name, else id). */
  readonly label: string;
  /** Secondary line: the kind in the scene's language (and wireless tech), or the summary's breakdown. */
  readonly sublabel?: string;
  /** Devices this node stands for: a group's count; for a summary the sum over the hidden devices. */
  readonly count?: number;
  /** Diagram id of the enclosing container node (undefined at top level). */
  readonly parent?: string;
  /** Nesting depth: 0 for top-level nodes. */
  readonly depth: number;
  /** Source span for reveal (the element's whole span); undefined for the plant boundary. */
  readonly span?: Span;
  /** Highest severity among findings on this node (summaries: among the hidden devices). */
  readonly severity?: Severity;
  /** Number of findings on this node (summaries: on the hidden devices). */
  readonly findings: number;
  /** Drawn outside the plant boundary (WAN, internet, cloud, vendor, other factory and what they hold). */
  readonly external: boolean;
  /** For zones: true when the zone is collapsed to a summary (more devices than the threshold). */
  readonly collapsed?: boolean;
  /** For summaries: number of device entries hidden. */
  readonly hidden?: number;
  /** For zones/devices: wireless technology, if any. */
  readonly wireless?: string;
  /** For zones: area (absolute) of the title strip, so labels are never covered by children. */
  readonly header?: Box;
}

/** `conduit`: one segment of a conduit (a conduit with N via devices has N+1 segments); `flow`: a data flow. */
export type DiagramEdgeType = 'conduit' | 'flow';

export interface DiagramEdge {
  /** Unique diagram id, e.g. "conduit:iot-ctrl#0", "flow:sensors->analysis#0". */
  readonly id: string;
  /** The conduit id or the flow id. */
  readonly elementId: string;
  readonly type: DiagramEdgeType;
  /** Diagram node ids. Conduits join zones (or via devices); flows join devices (or summaries). */
  readonly source: string;
  readonly target: string;
  /** Orthogonal route, absolute: start point, bend points, end point. */
  readonly points: readonly Point[];
  /** Label text (conduit id or name / flow protocol), if any, and where ELK placed it. */
  readonly label?: string;
  readonly labelBox?: Box;
  readonly span?: Span;
  readonly severity?: Severity;
  readonly findings: number;
  readonly vpn?: boolean;
  readonly wireless?: string;
}

export interface DiagramOptions {
  /**
   * Which way the zones flow from the outside world to the field level: `RIGHT` (default, for wide panes),
   * `DOWN` (for narrow, tall panes such as a preview beside the text), or `auto`: the one that shows the
   * plant larger in `viewport`.
   */
  readonly direction?: 'RIGHT' | 'DOWN' | 'auto';
  /** The visible drawing area in CSS pixels, for `direction: 'auto'`. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Draw data flows as directed edges. Default false. */
  readonly showFlows?: boolean;
  /** A zone with more device entries than this collapses to a summary node. Default 40. */
  readonly collapseThreshold?: number;
  /** Zone ids to keep expanded whatever their size. */
  readonly expanded?: readonly string[];
  /**
   * Positions of a previous layout (diagram node id -> top-left, absolute), to keep the picture steady across
   * edits: fed to ELK as the initial order of nodes.
   */
  readonly previous?: Readonly<Record<string, Point>>;
  /**
   * The language of the labels the diagram writes (kind names, summaries): the editor's `smartfab.language`
   * (auto = display language), so they match the webview's toolbar. Default: the process language.
   */
  readonly lang?: 'en' | 'ja';
}

export interface DiagramModel {
  readonly width: number;
  readonly height: number;
  /** Containers before their children (draw order). */
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  /** The direction the layout used. */
  readonly direction?: 'RIGHT' | 'DOWN';
  /** The options the model was built with, resolved. */
  readonly options: {
    readonly showFlows: boolean;
    readonly collapseThreshold: number;
    readonly expanded: readonly string[];
  };
  /** Findings that matched no drawn element (e.g. file-level problems), counted for the legend. */
  readonly unplacedFindings: number;
  /** Present when the plant was drawn with the simple grid layout instead of ELK's layered one. */
  readonly layout?: GridLayoutInfo;
}

/**
 * Why the grid layout was used: `size` when the plant is beyond the layered layout's limits, `failed` when
 * ELK threw (`detail`, e.g. "Maximum call stack size exceeded"). Renderers say so in words.
 */
export interface GridLayoutInfo {
  readonly kind: 'grid';
  readonly reason: 'size' | 'failed';
  readonly detail?: string;
  readonly zones: number;
  readonly edges: number;
}

export type SvgTheme = 'light' | 'dark' | 'high-contrast';

export interface SvgOptions {
  readonly theme?: SvgTheme;
  /** Optional title drawn in the SVG <title>. */
  readonly title?: string;
}

export const DEFAULT_COLLAPSE_THRESHOLD = 40;
