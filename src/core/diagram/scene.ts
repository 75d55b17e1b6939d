// Plant -> scene: the diagram's node tree and edges before layout. Pure and deterministic: the order is the
// file order, except that zones are ordered by kind rank (outside world first, field level last).
// Bad references (dangling parents/zones, parent cycles, duplicate ids) never throw: the element is placed at
// the nearest sensible level or skipped; validation reports them elsewhere.
import { DEVICE_KINDS, EXTERNAL_ZONE_KINDS, WIRELESS_TECHS, ZONE_KINDS, type ZoneKind } from '../model/kinds';
import type { Device, Plant, Span, Zone } from '../model/plant';
import { DEFAULT_COLLAPSE_THRESHOLD, type DiagramEdgeType, type DiagramNodeType, type DiagramOptions } from './types';
import * as m from './measure';
import { currentLang, t } from '../lsp/l10n';
import { flowKeys } from './flow-keys';

export interface SceneNode {
  readonly id: string;
  readonly elementId?: string;
  readonly type: DiagramNodeType;
  readonly kind?: string;
  readonly label: string;
  readonly sublabel?: string;
  readonly count?: number;
  readonly wireless?: string;
  readonly span?: Span;
  readonly external: boolean;
  readonly collapsed?: boolean;
  /** Summaries: ids of the device entries hidden. */
  readonly members?: readonly string[];
  /** Leaf size (containers are sized by ELK from their children; this is then their minimum). */
  readonly width: number;
  readonly height: number;
  readonly children: SceneNode[];
}

export interface SceneEdge {
  readonly id: string;
  readonly elementId: string;
  readonly type: DiagramEdgeType;
  readonly source: string;
  readonly target: string;
  /** Scene node id the edge belongs to in ELK (lowest common ancestor). */
  readonly container: string;
  readonly label?: string;
  readonly span?: Span;
  readonly vpn?: boolean;
  readonly wireless?: string;
  /** Carries the element's finding count (the first segment of a conduit; every flow edge). */
  readonly counts: boolean;
  /** Flow edges merged into this one (flows into a summary); the first is elementId. */
  readonly merged?: readonly string[];
}

export interface Scene {
  readonly root: SceneNode;
  readonly edges: readonly SceneEdge[];
  /** Element id (zone/device) -> the scene node drawing it (a summary for hidden devices). */
  readonly nodeOf: ReadonlyMap<string, string>;
  readonly options: { showFlows: boolean; collapseThreshold: number; expanded: readonly string[] };
}

export const ROOT_ID = 'root';
export const PLANT_ID = 'plant';

/** Outside world first, field level last (elk.direction RIGHT draws them left to right). */
const RANK: Record<ZoneKind, number> = {
  internet: 0, intranet: 0, 'closed-network': 0, wan: 0, vendor: 0, cloud: 0, 'other-factory': 0,
  dmz: 1, information: 2, 'control-info': 3, generic: 3, 'iot-network': 4, 'robot-network': 4, 'control-field': 5,
};

/** A catalogue name in the language of the process (server locale / CLI --lang): the report's Japanese or English. */
const named = (v: { en: string; ja: string }): string => (currentLang() === 'ja' ? v.ja : v.en);
const wirelessLabel = (w: string | undefined) => {
  const v = w ? (WIRELESS_TECHS as Record<string, { en: string; ja: string }>)[w] : undefined;
  return v ? named(v) : w;
};

interface MutableNode extends SceneNode {
  parentId: string;
}

export function buildScene(plant: Plant, opts: DiagramOptions = {}): Scene {
  const options = {
    showFlows: opts.showFlows ?? false,
    collapseThreshold: opts.collapseThreshold ?? DEFAULT_COLLAPSE_THRESHOLD,
    expanded: [...(opts.expanded ?? [])],
  };
  const zones = new Map<string, Zone>();
  for (const z of plant.zones) if (!zones.has(z.id)) zones.set(z.id, z);
  const devices = new Map<string, Device>();
  for (const d of plant.devices) if (!devices.has(d.id)) devices.set(d.id, d);

  // Parent of each zone, ignoring dangling parents and breaking cycles.
  const zoneParent = new Map<string, string | undefined>();
  for (const z of zones.values()) {
    const p = z.parent?.value;
    let ok = p !== undefined && p !== z.id && zones.has(p);
    const seen = new Set([z.id]);
    for (let q = p; ok && q !== undefined; q = zones.get(q)?.parent?.value) {
      if (seen.has(q)) ok = false;
      seen.add(q);
      if (!zones.has(q)) break;
    }
    zoneParent.set(z.id, ok ? p : undefined);
  }
  const isExternal = (id: string): boolean => {
    const seen = new Set<string>();
    for (let q: string | undefined = id; q !== undefined && !seen.has(q); q = zoneParent.get(q)) {
      seen.add(q);
      if (EXTERNAL_ZONE_KINDS.includes(zones.get(q)!.kind)) return true;
    }
    return false;
  };
  const zoneContainer = (id: string): string => {
    const p = zoneParent.get(id);
    if (p !== undefined) return `zone:${p}`;
    return isExternal(id) ? ROOT_ID : PLANT_ID;
  };

  // Ancestor chains (scene ids, root first) for lowest-common-ancestor queries.
  const chainCache = new Map<string, string[]>();
  const chain = (nodeId: string): string[] => {
    const hit = chainCache.get(nodeId);
    if (hit) return hit;
    let result: string[];
    if (nodeId === ROOT_ID) result = [ROOT_ID];
    else if (nodeId === PLANT_ID) result = [ROOT_ID, PLANT_ID];
    else if (nodeId.startsWith('zone:')) result = [...chain(zoneContainer(nodeId.slice(5))), nodeId];
    else result = [...chain(parentOf.get(nodeId) ?? PLANT_ID), nodeId];
    chainCache.set(nodeId, result);
    return result;
  };
  const lca = (ids: readonly string[]): string => {
    const chains = ids.map(chain);
    let i = 0;
    while (chains.every((c) => i < c.length && c[i] === chains[0][i])) i++;
    return chains[0][Math.max(0, i - 1)];
  };
  const parentOf = new Map<string, string>(); // non-zone scene node -> container

  // Conduits with both ends resolved; their via devices are drawn on the conduit, in the LCA of its zones.
  const conduits = plant.conduits.filter((c) => zones.has(c.from.value) && zones.has(c.to.value));
  const viaZones = new Map<string, string[]>();
  for (const c of conduits)
    for (const v of c.via)
      if (devices.has(v.value)) viaZones.set(v.value, [...(viaZones.get(v.value) ?? []), `zone:${c.from.value}`, `zone:${c.to.value}`]);

  const nodes = new Map<string, MutableNode>();
  const nodeOf = new Map<string, string>();
  const add = (n: Omit<MutableNode, 'children'>): MutableNode => {
    const node: MutableNode = { ...n, children: [] };
    nodes.set(n.id, node);
    if (n.elementId !== undefined && !nodeOf.has(n.elementId)) nodeOf.set(n.elementId, n.id);
    return node;
  };

  const rootNode = add({ id: ROOT_ID, type: 'plant', label: '', external: false, width: 0, height: 0, parentId: '' });
  const plantLabel = m.clip(plant.meta.name ?? t('Plant'), 96);
  add({
    id: PLANT_ID, type: 'plant', label: plantLabel, sublabel: plant.meta.site,
    external: false, width: m.boxWidth(plantLabel, plant.meta.site, m.ZONE_MIN_WIDTH),
    height: m.ZONE_MIN_HEIGHT, parentId: ROOT_ID,
  });
  const sortedZones = [...zones.values()].map((z, i) => ({ z, i })).sort((a, b) => RANK[a.z.kind] - RANK[b.z.kind] || a.i - b.i);
  for (const { z } of sortedZones) {
    const label = m.clip(z.name ?? z.id);
    const wireless = wirelessLabel(z.wireless);
    const sublabel = named(ZONE_KINDS[z.kind]) + (wireless ? ` · ${wireless}` : '');
    add({
      id: `zone:${z.id}`, elementId: z.id, type: 'zone', kind: z.kind, label, sublabel, wireless, span: z.span,
      external: isExternal(z.id), width: m.boxWidth(label, sublabel, m.ZONE_MIN_WIDTH), height: m.ZONE_MIN_HEIGHT,
      parentId: zoneContainer(z.id),
    });
  }
  const deviceNode = (d: Device, type: DiagramNodeType, parentId: string, external: boolean) => {
    const label = m.clip(d.name ?? d.id);
    const wireless = wirelessLabel(d.wireless);
    const count = d.count > 1 ? d.count : undefined;
    const sublabel = named(DEVICE_KINDS[d.kind]) + (count ? ` ×${count}` : '') + (wireless ? ` · ${wireless}` : '');
    const small = type === 'conduit-device';
    add({
      id: `device:${d.id}`, elementId: d.id, type, kind: d.kind, label, sublabel, count, wireless, span: d.span, external,
      ...(small
        ? m.leafSize(label, sublabel, m.CONDUIT_DEVICE_MIN_WIDTH, m.CONDUIT_DEVICE_HEIGHT)
        : m.leafSize(label, sublabel, m.DEVICE_MIN_WIDTH, m.DEVICE_HEIGHT)),
      parentId,
    });
  };
  // Zone members, in file order, then collapse big zones.
  const members = new Map<string, Device[]>();
  for (const d of devices.values()) {
    if (viaZones.has(d.id)) continue;
    const key = zones.has(d.zone.value) ? d.zone.value : '';
    const list = members.get(key);
    if (list) list.push(d);
    else members.set(key, [d]);
  }
  for (const [zoneId, list] of members) {
    const container = zoneId ? `zone:${zoneId}` : PLANT_ID;
    const external = zoneId ? isExternal(zoneId) : false;
    if (zoneId && list.length > options.collapseThreshold && !options.expanded.includes(zoneId)) {
      const total = list.reduce((s, d) => s + d.count, 0);
      const byKind = new Map<string, number>();
      for (const d of list) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + d.count);
      const top = [...byKind].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2);
      const label = t('{0} devices ({1} units)', list.length, total);
      const sublabel = top.map(([k, n]) => `${n} ${named(DEVICE_KINDS[k as keyof typeof DEVICE_KINDS])}`).join(', ') + (byKind.size > 2 ? ', …' : '');
      const zone = nodes.get(container)!;
      nodes.set(container, { ...zone, collapsed: true });
      add({
        id: `summary:${zoneId}`, type: 'summary', label, sublabel, count: total, members: list.map((d) => d.id),
        external, ...m.leafSize(label, sublabel, m.DEVICE_MIN_WIDTH, m.DEVICE_HEIGHT), parentId: container,
      });
      for (const d of list) nodeOf.set(d.id, `summary:${zoneId}`);
    } else for (const d of list) deviceNode(d, 'device', container, external);
  }
  for (const [id, ends] of viaZones) {
    const container = lca(ends);
    deviceNode(devices.get(id)!, 'conduit-device', container, container === ROOT_ID ? true : nodes.get(container)!.external);
  }
  for (const n of nodes.values()) if (n.id !== ROOT_ID && !n.id.startsWith('zone:')) parentOf.set(n.id, n.parentId);

  // Attach children in insertion order (zones by rank, then devices, summaries, conduit devices).
  for (const n of nodes.values()) if (n.id !== ROOT_ID) nodes.get(n.parentId)!.children.push(n);
  // External zones left of the plant: move the plant box after the root's other children.
  const rc = rootNode.children;
  rc.push(...rc.splice(rc.findIndex((c) => c.id === PLANT_ID), 1));

  const edges: SceneEdge[] = [];
  for (const c of conduits) {
    const path = [`zone:${c.from.value}`];
    for (const v of c.via) {
      const id = `device:${v.value}`;
      if (nodes.has(id) && path[path.length - 1] !== id) path.push(id);
    }
    path.push(`zone:${c.to.value}`);
    // Conduits are undirected: orient them outside-in (by kind rank) so ELK layers zones left to right by rank.
    if (RANK[zones.get(c.from.value)!.kind] > RANK[zones.get(c.to.value)!.kind]) path.reverse();
    const wireless = wirelessLabel(c.wireless);
    const label = m.clip(c.name ?? c.id) + (c.vpn ? ' (VPN)' : '') + (wireless ? ` · ${wireless}` : '');
    for (let i = 0; i + 1 < path.length; i++) {
      if (path[i] === path[i + 1]) continue;
      // Each segment also points outside-in: a three-legged firewall then fans out instead of looping back.
      const [a, b] = rankOf(path[i]) > rankOf(path[i + 1]) ? [path[i + 1], path[i]] : [path[i], path[i + 1]];
      edges.push({
        id: `conduit:${c.id}#${i}`, elementId: c.id, type: 'conduit', source: a, target: b,
        container: edgeContainer(a, b), label: i === 0 ? label : undefined, span: c.span,
        vpn: c.vpn, wireless, counts: i === 0,
      });
    }
  }
  if (options.showFlows) {
    const bySummaryPair = new Map<string, { index: number; ids: string[] }>();
    const keys = flowKeys(plant);
    plant.flows.forEach((f, i) => {
      const s = nodeOf.get(f.from.value);
      const t = nodeOf.get(f.to.value);
      // Dangling ends are validation's to report; a flow within one node (a device group talking to
      // itself, or two devices hidden in one summary) is drawn as a loop on it.
      if (!s || !t) return;
      const key = keys[i];
      const viaSummary = s.startsWith('summary:') || t.startsWith('summary:');
      const pair = `${s}\n${t}`;
      const prev = viaSummary ? bySummaryPair.get(pair) : undefined;
      if (prev) {
        prev.ids.push(key);
        const e = edges[prev.index];
        edges[prev.index] = { ...e, merged: [...prev.ids], label: `${prev.ids.length} flows` };
        return;
      }
      if (viaSummary) bySummaryPair.set(pair, { index: edges.length, ids: [key] });
      edges.push({
        id: `flow:${f.id}#${i}`, elementId: key, type: 'flow', source: s, target: t, container: edgeContainer(s, t),
        label: f.protocol ? m.clip(f.protocol, 24) : undefined, span: f.span, counts: true,
      });
    });
  }
  return { root: rootNode, edges, nodeOf, options };

  /** Zones rank by kind; a device on conduits sits just after the outermost zone it joins. */
  function rankOf(nodeId: string): number {
    if (nodeId.startsWith('zone:')) return RANK[zones.get(nodeId.slice(5))!.kind];
    const ends = viaZones.get(nodeId.slice(7)) ?? [];
    return Math.min(...ends.map((z) => RANK[zones.get(z.slice(5))!.kind])) + 0.5;
  }

  /** The lowest common container; a loop belongs to its node's container (ELK wants it there). */
  function edgeContainer(a: string, b: string): string {
    if (a !== b) return lca([a, b]);
    const c = chain(a);
    return c[Math.max(0, c.length - 2)];
  }
}
