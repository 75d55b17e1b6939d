// Threat instances -> findings: one "threat-<ID>" per instance lacking countermeasures, at the element
// it concerns, with the route and the other end as related locations.
import type { CountermeasureId, Damage, Threat } from '../catalog/types';
import { lazyProblem, type Problem, type ProblemDetail, type RelatedLocation, type Severity } from '../diagnostics';
import { currentLang, t, withLang } from '../lsp/l10n';
import type { UncoveredEntry } from './place';
import type { PlantIndex } from './plant-index';
import type { ThreatInstance } from './types';

/** At most this many uncovered entry conduits are named in a message. */
const MAX_ENTRIES_NAMED = 5;
/**
 * At most this many uncovered entry conduits are listed in data and related locations (`uncoveredMore`
 * counts the rest): a dense plant has hundreds per boundary, and a route each.
 */
export const MAX_ROUTES_LISTED = 10;
/** At most this many places where an ID is in place are named in a message. */
const MAX_PARTIAL_NAMED = 5;

export function threatFinding(
  inst: ThreatInstance,
  threat: Threat,
  damages: ReadonlyMap<number, Damage>,
  cms: ReadonlyMap<string, CountermeasureId>,
  index: PlantIndex,
  uncovered: readonly UncoveredEntry[] = [],
): Problem | undefined {
  const states = statesOf(inst.measures);
  const { missing, planned, na, onlyOptional } = states;
  if (missing.length === 0 && planned.length === 0) {
    if (na.length === 0) return undefined;
    const related = relatedOf(inst, index, uncovered);
    return {
      code: 'suppressed',
      severity: 'info',
      message: `${inst.threat} ${threat.title.en} on ${inst.target}: not applicable (${na.map((m) => `ID${m.id}: ${m.reason}`).join('; ')}).`,
      span: inst.span,
      related,
      data: { ...baseOf(inst), notApplicable: na.map((m) => ({ id: m.id, reason: m.reason })) },
    };
  }
  const priority = inst.damages.some((d) => damages.get(d)?.priority);
  const severity: Severity = onlyOptional ? 'info' : priority ? 'error' : 'warning';
  // Worded on first read, in the language of this run (see lazyProblem): most of a dense plant's findings are only counted.
  const lang = currentLang();
  return lazyProblem({ code: `threat-${inst.threat}`, severity, span: inst.span }, () => withLang(lang, () => threatDetail(inst, threat, cms, index, uncovered, states)));
}

/** The data every threat finding carries about its instance. */
function baseOf(inst: ThreatInstance): Record<string, unknown> {
  return {
    key: inst.key,
    threat: inst.threat,
    model: inst.model,
    damages: inst.damages,
    target: inst.target,
    targetType: inst.targetType,
    route: inst.route,
    routeZones: inst.routeZones,
    devices: inst.devices,
    zones: inst.zones,
  };
}

interface States {
  readonly missing: string[];
  readonly planned: string[];
  readonly na: ThreatInstance['measures'][number][];
  readonly optional: string[];
  readonly onlyOptional: boolean;
}

// Instances that weigh alike share their measures array (analyze.ts): their states are sorted once.
const statesCache = new WeakMap<ThreatInstance['measures'], States>();

/** The IDs of a weighing by state; the arrays are shared by the findings of one weighing (read only). */
function statesOf(measures: ThreatInstance['measures']): States {
  let hit = statesCache.get(measures);
  if (!hit) {
    const missing = measures.filter((m) => m.state === 'missing').map((m) => m.id);
    const planned = measures.filter((m) => m.state === 'planned').map((m) => m.id);
    const optional = measures.filter((m) => m.optional && m.state !== 'present').map((m) => m.id);
    hit = { missing, planned, na: measures.filter((m) => m.state === 'not-applicable'), optional, onlyOptional: [...missing, ...planned].every((id) => optional.includes(id)) };
    statesCache.set(measures, hit);
  }
  return hit;
}

/** Message, related locations and data of a threat finding (threatFinding's lazy part). */
function threatDetail(
  inst: ThreatInstance,
  threat: Threat,
  cms: ReadonlyMap<string, CountermeasureId>,
  index: PlantIndex,
  uncovered: readonly UncoveredEntry[],
  f: States,
): ProblemDetail {
  const { missing, planned, na, optional, onlyOptional } = f;
  const related = relatedOf(inst, index, uncovered);
  const parts = [];
  const ids = (xs: readonly string[]) => xs.map((m) => `ID${m}`).join(', ');
  if (missing.length) parts.push(t('missing {0}', ids(missing)));
  if (planned.length) parts.push(t('planned {0}', ids(planned)));
  const where = inst.route.length > 0 ? ` (${t('route {0}', inst.routeZones.join(' → '))})` : '';
  const dmg = inst.damages.map((d) => t('damage {0}', d)).join(', ');
  const title = currentLang() === 'ja' ? threat.title.ja : threat.title.en;
  const explain = explanations(inst, uncovered);
  return {
    message: `${inst.threat} ${title} [${dmg}] ${t('on {0}', inst.target)}${where}: ${parts.join('; ')}.${explain}${onlyOptional ? ` ${t('Only measures §2.3.8 leaves optional here.')}` : ''}`,
    related,
    data: {
      ...baseOf(inst),
      // Copies: the arrays are shared by every finding of one weighing.
      missing: [...missing],
      planned: [...planned],
      uncovered: uncovered.slice(0, MAX_ROUTES_LISTED).map((u) => ({ conduit: u.entry, route: u.conduits, routeZones: u.zones, lacking: u.lacking })),
      ...(uncovered.length > MAX_ROUTES_LISTED && { uncoveredMore: uncovered.length - MAX_ROUTES_LISTED }),
      optional: [...optional],
      declareOn: Object.fromEntries([...missing, ...planned].map((id) => [id, declareOn(inst, cms.get(id), index)])),
      notApplicable: na.map((m) => ({ id: m.id, reason: m.reason })),
      present: inst.measures.filter((m) => m.state === 'present').map((m) => ({ id: m.id, evidence: m.evidence })),
      ...explanationData(inst),
    },
  };
}

/** The element a countermeasure entry for this ID should target (what quick-fixes insert). */
function declareOn(inst: ThreatInstance, cm: CountermeasureId | undefined, index: PlantIndex): string {
  const t = cm?.target;
  if (t?.type === 'device') return inst.devices[0] ?? inst.target;
  if (t?.type === 'network') {
    const zone = inst.zones.find((z) => t.zoneKinds.includes(index.zones.get(z)!.kind));
    if (zone) return zone;
  }
  return inst.target;
}

/**
 * Topology evidence that explains itself: an ID in place on some routes but not on this one, and the
 * other entry conduits still uncovered.
 */
function explanations(inst: ThreatInstance, uncovered: readonly UncoveredEntry[]): string {
  const out: string[] = [];
  const here = uncovered.find((u) => u.entry === inst.target);
  for (const m of inst.measures) {
    if ((m.state !== 'missing' && m.state !== 'planned') || !m.partial?.length) continue;
    const route = m.uncovered?.find((u) => u.entry === inst.target) ?? m.uncovered?.[0];
    if (!route) continue;
    const partial = m.partial.length <= MAX_PARTIAL_NAMED ? m.partial : [...m.partial.slice(0, MAX_PARTIAL_NAMED), t('{0} more', m.partial.length - MAX_PARTIAL_NAMED)];
    out.push(t('ID{0} is in place on other routes ({1}), but route {2} over {3} lacks it.', m.id, partial.join('; '), route.zones.join(' → '), route.entry));
  }
  for (const m of inst.measures) if (m.hint && (m.state === 'missing' || m.state === 'planned')) out.push(m.hint);
  const others = uncovered.filter((u) => u !== here);
  if (others.length > 0) {
    const listed = others.slice(0, MAX_ENTRIES_NAMED).map((u) => t('{0} (route {1}, lacks {2})', u.entry, u.zones.join(' → '), u.lacking.map((id) => `ID${id}`).join(', ')));
    if (others.length > MAX_ENTRIES_NAMED) listed.push(t('{0} more', others.length - MAX_ENTRIES_NAMED));
    out.push(t('Also uncovered: {0}.', listed.join('; ')));
  }
  return out.length > 0 ? ` ${out.join(' ')}` : '';
}

/**
 * What explanations() says, as data for the renderers (src/core/l10n/analysis-text.ts): per pending ID the places
 * it is in place on (`on`, the evidence as worded) and the route that lacks it; the idle detectors behind a hint.
 */
function explanationData(inst: ThreatInstance): { partial?: unknown[]; idle?: unknown[] } {
  const pending = inst.measures.filter((m) => m.state === 'missing' || m.state === 'planned');
  const partial = pending.flatMap((m) => {
    const route = m.partial?.length ? (m.uncovered?.find((u) => u.entry === inst.target) ?? m.uncovered?.[0]) : undefined;
    if (!route || !m.partial) return [];
    const more = m.partial.length - Math.min(m.partial.length, MAX_PARTIAL_NAMED);
    return [{ id: m.id, on: m.partial.slice(0, MAX_PARTIAL_NAMED), ...(more > 0 && { more }), routeZones: route.zones, entry: route.entry }];
  });
  const idle = pending.flatMap((m) => (m.idle?.length ? [{ id: m.id, detectors: m.idle }] : []));
  return { ...(partial.length > 0 && { partial }), ...(idle.length > 0 && { idle }) };
}

function relatedOf(inst: ThreatInstance, index: PlantIndex, uncovered: readonly UncoveredEntry[]): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  inst.route.forEach((id, i) => {
    const c = index.conduits.get(id);
    if (c && id !== inst.target) out.push({ span: c.idSpan, message: `route step ${i + 1}: ${c.from.value} – ${c.to.value} (${id})` });
  });
  for (const z of inst.zones) {
    const zone = index.zones.get(z);
    if (zone && z !== inst.target) out.push({ span: zone.idSpan, message: `zone ${z} (${zone.kind})` });
  }
  for (const d of inst.devices) {
    const dev = index.devices.get(d);
    if (dev && d !== inst.target) out.push({ span: dev.idSpan, message: `device ${d} (${dev.kind})` });
  }
  for (const u of uncovered.slice(0, MAX_ROUTES_LISTED)) {
    const c = index.conduits.get(u.entry);
    if (c && u.entry !== inst.target) {
      out.push({ span: c.idSpan, message: t('uncovered entry {0}: route {1} lacks {2}', u.entry, u.zones.join(' → '), u.lacking.map((id) => `ID${id}`).join(', ')) });
    }
  }
  return out;
}
