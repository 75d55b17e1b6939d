// The threat analysis: models exhibited, threat instances on concrete elements, countermeasure
// evidence, findings, attack scenarios per damage and coverage. Pure and deterministic.
import type { Catalog, CountermeasureId, Damage, ModelId } from '../catalog/types';
import { withSeverity, type Problem, type Severity } from '../diagnostics';
import type { Plant } from '../model/plant';
import { buildCoverage } from './coverage';
import { Covers } from './covers';
import { weigh } from './evidence';
import { threatFinding } from './findings';
import { GUIDANCE_RULES } from './guidance';
import { inferModels, reconcileModels } from './models';
import { placeOnUncovered, uncoveredEntries } from './place';
import { PlantIndex } from './plant-index';
import { RouteModel } from './route-model';
import type { RawInstance, RuleContext } from './rules/rule';
import { THREAT_RULES } from './rules/registry';
import { buildDamageReports } from './scenarios';
import { ZoneSides } from './zone-sides';
import {
  DEFAULT_FEW_IOT_DEVICES,
  DEFAULT_MANY_IOT_DEVICES,
  type Analysis,
  type AnalysisOptions,
  type MeasureStatus,
  type ThreatInstance,
} from './types';

export function analyzeWith(catalog: Catalog, plant: Plant, opts: AnalysisOptions = {}): Analysis {
  const index = new PlantIndex(plant);
  const routes = new RouteModel(index);
  const sides = new ZoneSides(index);
  const ctx: RuleContext = { index, routes, sides, covers: new Covers(index, sides), catalog };
  const inferredModels = inferModels(ctx);
  const { models, findings } = reconcileModels(plant, inferredModels);
  const cmById = new Map<string, CountermeasureId>(catalog.countermeasures.map((c) => [c.id, c]));
  const damageById = new Map<number, Damage>(catalog.damages.map((d) => [d.id, d]));
  const evidenceOpts = {
    fewIotDevices: opts.fewIotDevices ?? DEFAULT_FEW_IOT_DEVICES,
    manyIotDevices: opts.manyIotDevices ?? DEFAULT_MANY_IOT_DEVICES,
  };

  const threats = catalog.threats.filter((t) => models.includes(t.model));
  // Instances with no boundary whose devices carry no mark of the threat's IDs weigh alike per zone
  // (evidence.ts reads only the zones, the device marks and the WAN zone then): weighed once.
  const weighed = new Map<string, MeasureStatus[]>();
  const instances: ThreatInstance[] = [];
  const withBoundary: { inst: ThreatInstance; boundary?: RawInstance['boundary'] }[] = [];
  for (const threat of threats) {
    const rule = THREAT_RULES[threat.id];
    if (!rule) continue;
    for (const found of rule(ctx, threat.id)) {
      const key = found.boundary ? undefined : plainWeighKey(ctx, threat.id, threat.measures, found);
      let measures = key === undefined ? undefined : weighed.get(key);
      if (!measures) {
        measures = weigh(ctx, found, threat.measures, cmById, evidenceOpts);
        if (key !== undefined) weighed.set(key, measures);
      }
      const uncovered = uncoveredEntries(ctx, found, measures);
      const raw = placeOnUncovered(ctx, found, uncovered);
      const inst: ThreatInstance = {
        key: raw.key,
        target: raw.target,
        targetType: raw.targetType,
        span: raw.span,
        devices: raw.devices,
        zones: raw.zones,
        route: raw.route,
        routeZones: raw.routeZones,
        from: raw.from,
        to: raw.to,
        threat: threat.id,
        model: threat.model,
        kind: threat.kind,
        damages: threat.damages,
        measures,
        defended: measures.every((m) => m.state === 'present' || m.state === 'not-applicable' || m.optional),
      };
      instances.push(inst);
      withBoundary.push({ inst, boundary: raw.boundary });
      const f = threatFinding(inst, threat, damageById, cmById, index, uncovered);
      if (f) findings.push(f);
    }
  }

  if (models.includes(7)) findings.push(...model7Note(catalog, plant, index));
  const gctx = { ...ctx, instances: withBoundary };
  for (const rule of GUIDANCE_RULES) findings.push(...rule(gctx));

  const damages = buildDamageReports(
    catalog.damages.filter((d) => models.includes(d.model)),
    instances,
    ctx,
    new Map(withBoundary.flatMap(({ inst, boundary }) => (boundary ? [[inst.key, boundary] as const] : []))),
  );
  return {
    models,
    inferredModels,
    findings: applySeverity(findings, opts.severity),
    damages,
    instances,
    coverage: buildCoverage(threats.map((t) => t.id), instances),
  };
}

/** The key under which a boundary-less instance's weighing is shared, or undefined when a device of it carries a mark. */
function plainWeighKey(ctx: RuleContext, threat: string, ids: readonly string[], found: RawInstance): string | undefined {
  for (const id of ids) for (const d of found.devices) if (ctx.covers.marksOf(id).has(d)) return undefined;
  return `${threat}\u0000${found.zones.join('\u0000')}\u0000${found.wanZone ?? ''}`;
}

/** Model 7 (drones): the report defines no damages, threats or countermeasures (§2.9.4). */
function model7Note(catalog: Catalog, plant: Plant, index: PlantIndex): Problem[] {
  const model = catalog.models.find((m) => m.id === (7 as ModelId));
  const drone = index.devicesOfKind('drone')[0];
  const span = drone?.idSpan ?? plant.models?.find((m) => m.value === 7)?.span;
  if (!span) return [];
  return [
    {
      code: 'model-7-no-threats',
      severity: 'info',
      message: `Model 7 (drones): ${model?.noThreatsNote?.en ?? 'the report defines no damages, threats or countermeasures for this model'} (§2.9.4).`,
      span,
      data: { model: 7, ref: '§2.9.4' },
    },
  ];
}

function applySeverity(findings: Problem[], overrides: AnalysisOptions['severity']): Problem[] {
  if (!overrides) return findings;
  const out: Problem[] = [];
  for (const f of findings) {
    const o: Severity | 'off' | undefined = overrides[f.code];
    if (o === 'off') continue;
    out.push(o ? withSeverity(f, o) : f);
  }
  return out;
}
