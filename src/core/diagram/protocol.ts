// The typed messages between the diagram webview and the extension host.
// Host -> webview messages are trusted (we build them). Webview -> host messages are NOT: a webview is a web
// page, so parseWebviewMessage checks shape, types, lengths, known ops and kinds before anything acts on them.
import { isValidId } from '../format/ids';
import { isFlowKey } from './flow-keys';
import { DEVICE_KINDS, ZONE_KINDS, type DeviceKind, type ZoneKind } from '../model/kinds';
import type { Severity } from '../diagnostics';
import type { DiagramModel, SvgTheme } from './types';
import type { DiagramChanges } from './changes';

export type { DiagramChanges, ElementChange } from './changes';

/** Edit operations the webview may ask for; each maps to one core edit function on the host. */
export const EDIT_OPS = [
  'move-device',
  'insert-dmz',
  'insert-filter',
  'set-vpn',
  'add-zone',
  'add-device',
  'add-conduit',
  'delete',
] as const;
export type EditOp = (typeof EDIT_OPS)[number];

export const FILTER_KINDS = ['firewall', 'ids', 'ips'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

export interface EditArgs {
  'move-device': { readonly deviceId: string; readonly zoneId: string };
  'insert-dmz': { readonly conduitId: string };
  'insert-filter': { readonly conduitId: string; readonly kind: FilterKind };
  'set-vpn': { readonly conduitId: string };
  'add-zone': { readonly kind: ZoneKind };
  'add-device': { readonly kind: DeviceKind; readonly zoneId: string };
  'add-conduit': { readonly from: string; readonly to: string };
  delete: { readonly elementId: string };
}

export type EditRequest = { [K in EditOp]: { readonly type: 'edit'; readonly op: K; readonly args: EditArgs[K] } }[EditOp];

/** One finding as the side panel lists it (a Problem reduced to what the webview shows). */
export interface FindingSummary {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The plant element the finding is on, when it names one. */
  readonly elementId?: string;
  readonly threat?: string;
  readonly damages: readonly number[];
  readonly missing: readonly string[];
  /** 0-based line of the finding, for the "go to" link. */
  readonly line: number;
}

/** A damage with the elements of its open attack scenarios (highlighted when the damage is selected). */
export interface DamageSummary {
  readonly id: number;
  readonly title: string;
  /** Number of open attack scenarios leading to this damage. */
  readonly open: number;
  readonly elementIds: readonly string[];
  /** Its attack scenarios as routes (open first, bounded); empty when only findings were available. */
  readonly routes: readonly DamageRoute[];
}

/** One attack scenario: an entry threat, then the intrusion paths, to the element the damage lands on. */
export interface DamageRoute {
  readonly target: string;
  readonly status: 'open' | 'one-layer' | 'defended-in-depth';
  /** Defended layers along the scenario. */
  readonly layers: number;
  readonly steps: readonly RouteStep[];
}

/** One threat of a scenario, where it acts, and its countermeasure IDs with their status. */
export interface RouteStep {
  readonly threat: string;
  /** `entry`: drawn as a marker on `target`; `path`: drawn along `conduits`. */
  readonly kind: 'entry' | 'path';
  readonly target: string;
  readonly conduits: readonly string[];
  readonly zones: readonly string[];
  readonly measures: readonly { readonly id: string; readonly state: 'present' | 'planned' | 'not-applicable' | 'missing' }[];
}

/** The language server's custom request for a document's diagram (one analysis per document version). */
export const DIAGRAM_REQUEST = 'smartfab/diagram';

export interface DiagramParams {
  readonly uri: string;
  /** The text, only for a document the server does not have open (it answers `notOpen` otherwise). */
  readonly text?: string;
  readonly options: {
    readonly showFlows?: boolean;
    readonly expanded?: readonly string[];
    readonly previous?: Readonly<Record<string, { x: number; y: number }>>;
    readonly direction?: 'RIGHT' | 'DOWN' | 'auto';
    readonly viewport?: { readonly width: number; readonly height: number };
    /** The labels' language (`smartfab.language` resolved by the client); default: the server's. */
    readonly lang?: 'en' | 'ja';
  };
  /**
   * Colour what changed since this baseline (the last "Compare Findings with…"): a git revision of the same
   * file or another file. The server reads and checks it once per baseline text, and diffs it with the version
   * it publishes (src/core/diagram/changes.ts).
   */
  readonly baseline?: { readonly rev: string } | { readonly fileUri: string };
}

export interface DiagramResult {
  /** Document version the result was computed from. */
  readonly version: number;
  /** Absent when the text does not parse: the caller keeps showing its last good model. */
  readonly model?: DiagramModel;
  readonly findings: readonly FindingSummary[];
  readonly damages: readonly DamageSummary[];
  /** Why the text could not be drawn (first syntax error with its line), for the banner. */
  readonly broken?: string;
  /** The server has no open document for the uri: ask again with its text. */
  readonly notOpen?: boolean;
  /** What changed since `baseline`, when one was asked for and could be read. */
  readonly changes?: DiagramChanges;
  /** Why the baseline could not be compared (not in git at that revision, unreadable file). */
  readonly changesError?: string;
  /**
   * Where the server's time went, ms: `checkMs` the document's parse, validation and analysis done for this
   * request (0 when the published analysis was reused), `layoutMs` scene, layout and findings (the bench
   * and the editor's first-paint figures read it).
   */
  readonly timing?: { readonly checkMs: number; readonly layoutMs: number };
}

/** The comparison the "Changes since…" toggle shows: its label, whether it is on, and why it failed. */
export interface CompareState {
  readonly label: string;
  readonly shown: boolean;
  readonly error?: string;
}

/** View state the webview keeps across reloads and hands back in `ready` (host-side options). */
export interface RestoredView {
  readonly showFlows: boolean;
  readonly expanded: readonly string[];
}

export type HostToWebview =
  | {
      readonly type: 'model';
      /** Document version the model was computed from. */
      readonly version: number;
      readonly model: DiagramModel;
      readonly findings: readonly FindingSummary[];
      readonly damages: readonly DamageSummary[];
      /** Set when the text no longer parses: the model is the last good one. */
      readonly banner?: string;
      /** A comparison exists for this document (the toolbar's "Changes since…" toggle), and its changes when shown. */
      readonly compare?: CompareState;
      readonly changes?: DiagramChanges;
    }
  /** The text is broken: keep the current picture, show the banner (undefined clears it). */
  | { readonly type: 'banner'; readonly message?: string }
  | { readonly type: 'select'; readonly elementId?: string }
  /** Draw this damage's attack routes and threats (undefined: none), as if picked in the damage list. */
  | { readonly type: 'show-damage'; readonly damage?: number }
  /** Answer with a 'rendered' message (tests: a round trip through the webview's message queue). */
  | { readonly type: 'ping' }
  /** A short message for the status line (e.g. what a delete removed). */
  | { readonly type: 'notice'; readonly message: string }
  /** Who the webview is: a preview (follows the editor unless locked) or the custom editor; the document shown. */
  | { readonly type: 'init'; readonly uri: string; readonly preview: boolean; readonly locked: boolean }
  | { readonly type: 'theme'; readonly theme: SvgTheme }
  /** Draw this SVG onto a canvas and answer with an 'export' png message carrying the same requestId. */
  | { readonly type: 'render-png'; readonly requestId: number; readonly svg: string };

/** What the webview reports after drawing, for tests (smartfab.diagram.debugState). */
export interface RenderedSummary {
  readonly version: number;
  readonly nodes: number;
  readonly edges: number;
  /** Sum of the finding counts of drawn badges, per severity. */
  readonly badges: Readonly<Partial<Record<Severity, number>>>;
  readonly selected?: string;
  /** The damage whose routes are drawn, and how many threat markers that drew. */
  readonly damage?: number;
  readonly markers?: number;
  /** Elements drawn with a change colour (since the compared baseline). */
  readonly changes?: number;
}

export type WebviewToHost =
  /**
   * `pageMs`: the page's own time until this message, `scriptMs`: until its script was downloaded (ms since
   * the webview document began loading; for the first-paint figures).
   */
  | { readonly type: 'ready'; readonly restore?: RestoredView; readonly viewport?: { readonly width: number; readonly height: number }; readonly pageMs?: number; readonly scriptMs?: number }
  | { readonly type: 'show-source' }
  /** The drawing area's size changed (CSS px): the host may re-lay the plant out in the other direction. */
  | { readonly type: 'viewport'; readonly width: number; readonly height: number }
  | { readonly type: 'toggle-lock' }
  | ({ readonly type: 'rendered' } & RenderedSummary)
  | { readonly type: 'reveal'; readonly elementId: string }
  | EditRequest
  /** `damage`: draw that damage's routes and threats, as the webview shows them. */
  | { readonly type: 'export'; readonly format: 'svg'; readonly damage?: number }
  | { readonly type: 'export'; readonly format: 'png'; readonly requestId?: number; readonly data?: string; readonly damage?: number }
  | { readonly type: 'toggle-flows'; readonly show: boolean }
  /** Colour (or stop colouring) what changed since the last comparison's baseline. */
  | { readonly type: 'toggle-changes'; readonly show: boolean }
  | { readonly type: 'expand'; readonly zoneId: string; readonly expanded: boolean }
  | { readonly type: 'select-damage'; readonly damage?: number }
  /** The "Find element" box got or lost keyboard focus: Ctrl+Z / Ctrl+Y then act on its own text. */
  | { readonly type: 'find-focus'; readonly focused: boolean }
  | { readonly type: 'log'; readonly message: string };

/** Longest element id accepted from the webview (the format's limit). */
export { MAX_ID_LENGTH } from '../format/ids';
/** Largest PNG data URL accepted (about 30 MB of base64). */
export const MAX_PNG_DATA = 40_000_000;
const MAX_LOG = 2_000;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An element id: the format's id rule (it ends up in YAML and in UI text). */
export function isElementId(v: unknown): v is string {
  return isValidId(v); // the core's one id rule (format/ids.ts)
}

/** A selectable element of the picture: an element id or a flow's key (flow-keys.ts: `s->g`, `s->g#2`). */
export function isElementKey(v: unknown): v is string {
  return isValidId(v) || isFlowKey(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function oneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

function parseEdit(op: unknown, a: unknown): EditRequest | undefined {
  if (!oneOf(EDIT_OPS, op) || !isObj(a)) return undefined;
  switch (op) {
    case 'move-device':
      return isElementId(a.deviceId) && isElementId(a.zoneId)
        ? { type: 'edit', op, args: { deviceId: a.deviceId, zoneId: a.zoneId } }
        : undefined;
    case 'insert-dmz':
    case 'set-vpn':
      return isElementId(a.conduitId) ? { type: 'edit', op, args: { conduitId: a.conduitId } } : undefined;
    case 'insert-filter':
      return isElementId(a.conduitId) && oneOf(FILTER_KINDS, a.kind)
        ? { type: 'edit', op, args: { conduitId: a.conduitId, kind: a.kind } }
        : undefined;
    case 'add-zone':
      return typeof a.kind === 'string' && hasOwn(ZONE_KINDS, a.kind)
        ? { type: 'edit', op, args: { kind: a.kind as ZoneKind } }
        : undefined;
    case 'add-device':
      return typeof a.kind === 'string' && hasOwn(DEVICE_KINDS, a.kind) && isElementId(a.zoneId)
        ? { type: 'edit', op, args: { kind: a.kind as DeviceKind, zoneId: a.zoneId } }
        : undefined;
    case 'add-conduit':
      return isElementId(a.from) && isElementId(a.to) && a.from !== a.to
        ? { type: 'edit', op, args: { from: a.from, to: a.to } }
        : undefined;
    case 'delete':
      return isElementKey(a.elementId) ? { type: 'edit', op, args: { elementId: a.elementId } } : undefined;
  }
}

function parseBadges(v: unknown): Partial<Record<Severity, number>> | undefined {
  if (!isObj(v)) return undefined;
  const out: Partial<Record<Severity, number>> = {};
  for (const [k, n] of Object.entries(v)) {
    if (!oneOf(SEVERITIES, k) || !isCount(n)) return undefined;
    out[k] = n;
  }
  return out;
}

/**
 * Validates a message received from the webview. Returns a fresh, fully typed copy (extra properties dropped),
 * or undefined when anything is off: unknown type or op, wrong types, over-long strings, unknown kinds.
 */
export function parseWebviewMessage(msg: unknown): WebviewToHost | undefined {
  if (!isObj(msg) || typeof msg.type !== 'string') return undefined;
  switch (msg.type) {
    case 'ready': {
      const r = msg.restore;
      const v = msg.viewport;
      const viewport = isObj(v) && isCount(v.width) && isCount(v.height) && v.width <= 100_000 && v.height <= 100_000 ? { width: v.width, height: v.height } : undefined;
      const restore =
        isObj(r) && typeof r.showFlows === 'boolean' && Array.isArray(r.expanded) && r.expanded.length <= 10_000 && r.expanded.every(isElementId)
          ? { showFlows: r.showFlows, expanded: [...(r.expanded as string[])] }
          : undefined;
      const ms = (v: unknown): v is number => isCount(v) && v <= 3_600_000;
      const times = { ...(ms(msg.pageMs) && { pageMs: msg.pageMs }), ...(ms(msg.scriptMs) && { scriptMs: msg.scriptMs }) };
      return { type: 'ready', ...(restore && { restore }), ...(viewport && { viewport }), ...times };
    }
    case 'show-source':
      return { type: 'show-source' };
    case 'viewport':
      return isCount(msg.width) && isCount(msg.height) && msg.width <= 100_000 && msg.height <= 100_000
        ? { type: 'viewport', width: msg.width, height: msg.height }
        : undefined;
    case 'toggle-lock':
      return { type: 'toggle-lock' };
    case 'rendered': {
      const badges = parseBadges(msg.badges);
      if (!isCount(msg.version) || !isCount(msg.nodes) || !isCount(msg.edges) || !badges) return undefined;
      if (msg.selected !== undefined && !isElementKey(msg.selected)) return undefined;
      if ((msg.damage !== undefined && !isCount(msg.damage)) || (msg.markers !== undefined && !isCount(msg.markers))) return undefined;
      if (msg.changes !== undefined && !isCount(msg.changes)) return undefined;
      return {
        type: 'rendered',
        version: msg.version,
        nodes: msg.nodes,
        edges: msg.edges,
        badges,
        ...(msg.selected !== undefined && { selected: msg.selected }),
        ...(msg.damage !== undefined && { damage: msg.damage as number }),
        ...(msg.markers !== undefined && { markers: msg.markers as number }),
        ...(msg.changes !== undefined && { changes: msg.changes as number }),
      };
    }
    case 'reveal':
      return isElementKey(msg.elementId) ? { type: 'reveal', elementId: msg.elementId } : undefined;
    case 'edit':
      return parseEdit(msg.op, msg.args);
    case 'export': {
      const damage = isCount(msg.damage) && msg.damage >= 1 && msg.damage <= 99 ? { damage: msg.damage } : {};
      if (msg.format === 'svg') return { type: 'export', format: 'svg', ...damage };
      if (msg.format !== 'png') return undefined;
      if (msg.data === undefined && msg.requestId === undefined) return { type: 'export', format: 'png', ...damage };
      if (!isCount(msg.requestId) || typeof msg.data !== 'string' || msg.data.length > MAX_PNG_DATA) return undefined;
      if (!/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/.test(msg.data)) return undefined;
      return { type: 'export', format: 'png', requestId: msg.requestId, data: msg.data };
    }
    case 'toggle-flows':
      return typeof msg.show === 'boolean' ? { type: 'toggle-flows', show: msg.show } : undefined;
    case 'toggle-changes':
      return typeof msg.show === 'boolean' ? { type: 'toggle-changes', show: msg.show } : undefined;
    case 'expand':
      return isElementId(msg.zoneId) && typeof msg.expanded === 'boolean'
        ? { type: 'expand', zoneId: msg.zoneId, expanded: msg.expanded }
        : undefined;
    case 'select-damage':
      if (msg.damage === undefined || msg.damage === null) return { type: 'select-damage' };
      return isCount(msg.damage) && msg.damage >= 1 && msg.damage <= 99
        ? { type: 'select-damage', damage: msg.damage }
        : undefined;
    case 'find-focus':
      return typeof msg.focused === 'boolean' ? { type: 'find-focus', focused: msg.focused } : undefined;
    case 'log':
      return typeof msg.message === 'string' ? { type: 'log', message: msg.message.slice(0, MAX_LOG) } : undefined;
    default:
      return undefined;
  }
}

