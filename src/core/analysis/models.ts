// Which implementation models (§2.3-2.9) a plant exhibits, read from its topology, and whether that
// agrees with the `models:` it declares.
import type { Problem } from '../diagnostics';
import { EXTERNAL_ZONE_KINDS, type DeviceKind } from '../model/kinds';
import type { Plant } from '../model/plant';
import type { PlantIndex } from './plant-index';
import type { RuleContext } from './rules/rule';

interface ModelSignature {
  readonly model: number;
  /** What the topology must show, in words for the finding. */
  readonly shows: string;
  readonly test: (index: PlantIndex, ctx: RuleContext) => boolean;
}

const has = (index: PlantIndex, ...kinds: DeviceKind[]): boolean => kinds.some((k) => index.devicesOfKind(k).length > 0);

export const MODEL_SIGNATURES: readonly ModelSignature[] = [
  {
    // §2.3: IoT networks added inside the factory and joined to the control network (information side).
    // With an on-site analysis server, over any route. Cabled in on site (no WAN, vendor, cloud or other
    // factory on the way), it is model 1's addition even before an analysis server is drawn, unless the
    // plant shows model 2 or 3, whose tables carry the IoT threats themselves (D1-D3, F1-F3).
    model: 1,
    shows: 'an IoT network joined to a control network (information side) on site, or with an on-site analysis server',
    test: (index, ctx) => {
      const iot = ctx.sides.roots(['iot-network']).flatMap((z) => [...ctx.sides.side(z.id)]);
      const isControl = (z: string): boolean => ctx.sides.counts(z, ['control-info']);
      if (has(index, 'analysis-server')) return [...ctx.routes.reach('model-1-any', iot, { stop: isControl })].some(isControl);
      if (has(index, 'analysis-service', 'cloud-analysis-server', 'remote-terminal')) return false;
      const onSite = ctx.routes.reach('model-1-on-site', iot, { stop: isControl, passable: (z) => !ctx.sides.counts(z, EXTERNAL_ZONE_KINDS) });
      return [...onSite].some(isControl);
    },
  },
  { model: 2, shows: 'a data analysis service on a WAN', test: (index) => has(index, 'analysis-service') },
  {
    model: 3,
    shows: 'a cloud analysis server or a remote monitoring/control terminal',
    test: (index) => has(index, 'cloud-analysis-server', 'remote-terminal'),
  },
  {
    model: 4,
    shows: 'a vendor zone or vendor maintenance terminal',
    test: (index) => has(index, 'vendor-terminal') || index.zonesOfKind('vendor').length > 0,
  },
  { model: 5, shows: 'a patch distribution server', test: (index) => has(index, 'patch-server') },
  {
    model: 6,
    shows: 'robots, a robot server, a robot network or a maintenance PC',
    test: (index) => has(index, 'robot', 'robot-server', 'maintenance-pc') || index.zonesOfKind('robot-network').length > 0,
  },
  { model: 7, shows: 'drones', test: (index) => has(index, 'drone') },
];

export function inferModels(ctx: RuleContext): number[] {
  return MODEL_SIGNATURES.filter((s) => s.test(ctx.index, ctx)).map((s) => s.model);
}

/** Declared and inferred models, plus "model-mismatch" findings where they disagree. */
export function reconcileModels(plant: Plant, inferred: readonly number[]): { models: number[]; findings: Problem[] } {
  const declared = plant.models ?? [];
  const findings: Problem[] = [];
  for (const m of declared) {
    if (inferred.includes(m.value)) continue;
    const sig = MODEL_SIGNATURES.find((s) => s.model === m.value);
    findings.push({
      code: 'model-mismatch',
      severity: 'warning',
      message: `Model ${m.value} is declared but the topology does not show ${sig?.shows ?? 'such elements'}.`,
      span: m.span,
      data: { model: m.value, declared: true, inferred: false },
    });
  }
  const first = declared[0];
  if (first) {
    for (const m of inferred) {
      if (declared.some((d) => d.value === m)) continue;
      const sig = MODEL_SIGNATURES.find((s) => s.model === m)!;
      findings.push({
        code: 'model-mismatch',
        severity: 'info',
        message: `The topology shows model ${m} (${sig.shows}) but models: does not declare it.`,
        span: { start: first.span.start, end: declared[declared.length - 1].span.end },
        data: { model: m, declared: false, inferred: true },
      });
    }
  }
  const models = [...new Set([...declared.map((d) => d.value), ...inferred])].filter((m) => m >= 1 && m <= 7).sort((a, b) => a - b);
  return { models, findings };
}
