// Quick-fixes for analysis findings ("threat-<ID>"), from problem.data only:
// { threat, target, targetType, missing: ["8-1", ...], planned?, route?: conduit ids, declareOn?: {id: element} }.
import { t } from '../l10n/lang';
import type { Problem } from '../diagnostics';
import { planConduitVpn } from '../edit/elements';
import { planMeasureEntries, REASON_PLACEHOLDER, type MeasureEntryInput } from '../edit/measures';
import { conduitEnds, findElement, measures, normalizeMeasure } from '../edit/plant-index';
import { sharedSource, type EditSession } from '../edit/session';
import { Source } from '../edit/source';
import { planDmz, planFilteringDevice } from '../edit/topology';
import type { MeasureStatus } from '../model/kinds';
import { buildPlant } from '../parse/build-plant';
import { parseSource } from '../parse/source';
import { measureTargetFits } from '../validate/measures';
import { buildFix, str, strs } from './build';
import type { Fix } from './types';

/**
 * Structural fixes by countermeasure kind: what to build on a conduit. They add no countermeasure entries:
 * the element they draw shows the measure (docs/analysis.md, evidence), and a `planned` entry beside it would
 * win over the topology and leave the finding open with a planned-but-shown contradiction.
 */
interface Structural {
  readonly title: (conduit: string, ends: readonly [string, string]) => string;
  readonly plan: (s: EditSession, conduit: string) => void;
}

const STRUCTURAL: Readonly<Record<number, Structural>> = {
  8: { title: (c) => t('Insert a firewall on {0}', c), plan: (s, c) => void planFilteringDevice(s, c, { kind: 'firewall' }) },
  9: { title: (_c, [a, b]) => t('Insert a DMZ between {0} and {1}', a, b), plan: (s, c) => planDmz(s, c) },
  10: { title: (c) => t('Add an IDS on {0}', c), plan: (s, c) => void planFilteringDevice(s, c, { kind: 'ids' }) },
  11: { title: (c) => t('Use a VPN on {0}', c), plan: (s, c) => planConduitVpn(s, c, true) },
};

const kindOf = (id: string): number => Number(normalizeMeasure(id).split('-')[0]);

/** Validation's verdict on an entry for a measure on a target (validate/measures.ts), or undefined without a plant. */
export type Fits = ((measure: string, target: string) => boolean) | undefined;

/** The finding's `declareOn` hint for `id`, else its target. */
function hintOf(p: Problem, id: string): string | undefined {
  const hints = p.data?.declareOn;
  const hint = hints && typeof hints === 'object' && Object.hasOwn(hints, id) ? (hints as Record<string, unknown>)[id] : undefined;
  return typeof hint === 'string' && hint.length > 0 ? hint : str(p.data, 'target');
}

/**
 * The element an entry for `id` should target: the first of the finding's hint, target, route conduits,
 * zones and devices (all places the analysis looks for the entry) that validation accepts for the ID, so
 * a fix never trades a missing countermeasure for a measure-target-kind error. Undefined when none does.
 */
function declareOn(p: Problem, id: string, fits: Fits): string | undefined {
  const hint = hintOf(p, id);
  if (!fits) return hint;
  const candidates = [hint, str(p.data, 'target'), ...strs(p.data, 'route'), ...strs(p.data, 'zones'), ...strs(p.data, 'devices')];
  return candidates.find((c): c is string => c !== undefined && fits(normalizeMeasure(id), c));
}

export function entriesFor(p: Problem, ids: readonly string[], status: MeasureStatus, fits: Fits, reason?: string): MeasureEntryInput[] {
  return ids.flatMap((id) => {
    const target = declareOn(p, id, fits);
    return target ? [{ measure: id, target, status, ...(reason !== undefined ? { reason } : {}) }] : [];
  });
}

/** "Add missing countermeasures as planned" entries of one finding (also used by fixAll). */
export function plannedEntries(p: Problem, fits: Fits): MeasureEntryInput[] {
  return p.code.startsWith('threat-') ? entriesFor(p, strs(p.data, 'missing'), 'planned', fits) : [];
}

let lastFits: { text: string; fits: Fits } | undefined;

/** Validation's measure-target rule for the plant of `text` (the last text's is kept: fixes of one text come in bursts). */
export function fitsOf(text: string): Fits {
  if (lastFits?.text === text) return lastFits.fits;
  const { source } = parseSource(text);
  const plant = source.doc && 'value' in source ? buildPlant(source.doc, text) : undefined;
  lastFits = { text, fits: plant ? measureTargetFits(plant) : undefined };
  return lastFits.fits;
}

export function threatFixes(p: Problem, text: string): Fix[] {
  const missing = strs(p.data, 'missing');
  const planned = strs(p.data, 'planned');
  const fixes: (Fix | undefined)[] = [];
  const fits = fitsOf(text);
  const kinds = new Set(missing.map(kindOf));
  for (const conduit of conduitsOf(p, text)) {
    for (const [kind, st] of Object.entries(STRUCTURAL)) {
      if (!kinds.has(Number(kind))) continue;
      fixes.push(buildFix(text, st.title(conduit.id, conduit.ends), (s) => st.plan(s, conduit.id)));
    }
  }
  if (missing.length > 0) {
    fixes.push(buildFix(text, t('Add missing countermeasures as planned'), (s) => planMeasureEntries(s, plannedEntries(p, fits)), { preferred: true }));
  }
  for (const id of missing) {
    const entries = entriesFor(p, [id], 'not-applicable', fits, REASON_PLACEHOLDER);
    fixes.push(buildFix(text, t('Mark ID{0} not applicable', normalizeMeasure(id)), (s) => planMeasureEntries(s, entries, { updateExisting: true })));
  }
  for (const id of planned) {
    fixes.push(buildFix(text, t('Mark ID{0} implemented', normalizeMeasure(id)), (s) => planImplemented(s, p, id)));
  }
  return fixes.filter((f): f is Fix => f !== undefined);
}

/** The conduits a structural fix can go on: the target when it is a conduit, else those of the route. */
function conduitsOf(p: Problem, text: string): { id: string; ends: [string, string] }[] {
  const target = str(p.data, 'target');
  const ids = str(p.data, 'targetType') === 'conduit' && target ? [target] : strs(p.data, 'route');
  const out: { id: string; ends: [string, string] }[] = [];
  const src = sourceOf(text);
  if (!src) return out;
  for (const id of new Set(ids)) {
    const c = findElement(src, id, 'conduit');
    const ends = c && conduitEnds(c);
    if (ends) out.push({ id, ends });
  }
  return out;
}

function sourceOf(text: string): Source | undefined {
  const src = sharedSource(text);
  return 'error' in src ? undefined : src;
}

/** Sets the finding's planned entries for `id` (on its target, route, zones or devices) to implemented. */
function planImplemented(s: EditSession, p: Problem, id: string): void {
  const near = new Set([hintOf(p, id), str(p.data, 'target'), ...strs(p.data, 'route'), ...strs(p.data, 'zones'), ...strs(p.data, 'devices')]);
  const rows = measures(s.src).filter((r) => r.measure === normalizeMeasure(id) && r.status === 'planned' && r.target !== undefined && near.has(r.target));
  for (const row of rows) s.setScalar(row.map, 'status', 'implemented');
}
