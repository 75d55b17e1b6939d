// The typed messages between the diagram webview and the extension host.
// Host -> webview messages are trusted (we build them). Webview -> host messages are NOT: a webview is a web
// page, so parseWebviewMessage checks shape, types, lengths, known ops and kinds before anything acts on them.
import { isValidId } from '../format/ids';
import { DEVICE_KINDS, ZONE_KINDS, type DeviceKind, type ZoneKind } from '../model/kinds';
import type { Severity } from '../diagnostics';
import type { DiagramModel, SvgTheme } from './types';

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
  /** Number of open threat findings leading to this damage. */
  readonly open: number;
  readonly elementIds: readonly string[];
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
    }
  /** The text is broken: keep the current picture, show the banner (undefined clears it). */
  | { readonly type: 'banner'; readonly message?: string }
  | { readonly type: 'select'; readonly elementId?: string }
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
}

export type WebviewToHost =
  | { readonly type: 'ready' }
  | ({ readonly type: 'rendered' } & RenderedSummary)
  | { readonly type: 'reveal'; readonly elementId: string }
  | EditRequest
  | { readonly type: 'export'; readonly format: 'svg' }
  | { readonly type: 'export'; readonly format: 'png'; readonly requestId?: number; readonly data?: string }
  | { readonly type: 'toggle-flows'; readonly show: boolean }
  | { readonly type: 'expand'; readonly zoneId: string; readonly expanded: boolean }
  | { readonly type: 'select-damage'; readonly damage?: number }
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
      return isElementId(a.elementId) ? { type: 'edit', op, args: { elementId: a.elementId } } : undefined;
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
    case 'ready':
      return { type: 'ready' };
    case 'rendered': {
      const badges = parseBadges(msg.badges);
      if (!isCount(msg.version) || !isCount(msg.nodes) || !isCount(msg.edges) || !badges) return undefined;
      if (msg.selected !== undefined && !isElementId(msg.selected)) return undefined;
      const base = { type: 'rendered' as const, version: msg.version, nodes: msg.nodes, edges: msg.edges, badges };
      return msg.selected === undefined ? base : { ...base, selected: msg.selected };
    }
    case 'reveal':
      return isElementId(msg.elementId) ? { type: 'reveal', elementId: msg.elementId } : undefined;
    case 'edit':
      return parseEdit(msg.op, msg.args);
    case 'export':
      if (msg.format === 'svg') return { type: 'export', format: 'svg' };
      if (msg.format !== 'png') return undefined;
      if (msg.data === undefined && msg.requestId === undefined) return { type: 'export', format: 'png' };
      if (!isCount(msg.requestId) || typeof msg.data !== 'string' || msg.data.length > MAX_PNG_DATA) return undefined;
      if (!/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/.test(msg.data)) return undefined;
      return { type: 'export', format: 'png', requestId: msg.requestId, data: msg.data };
    case 'toggle-flows':
      return typeof msg.show === 'boolean' ? { type: 'toggle-flows', show: msg.show } : undefined;
    case 'expand':
      return isElementId(msg.zoneId) && typeof msg.expanded === 'boolean'
        ? { type: 'expand', zoneId: msg.zoneId, expanded: msg.expanded }
        : undefined;
    case 'select-damage':
      if (msg.damage === undefined || msg.damage === null) return { type: 'select-damage' };
      return isCount(msg.damage) && msg.damage >= 1 && msg.damage <= 99
        ? { type: 'select-damage', damage: msg.damage }
        : undefined;
    case 'log':
      return typeof msg.message === 'string' ? { type: 'log', message: msg.message.slice(0, MAX_LOG) } : undefined;
    default:
      return undefined;
  }
}

