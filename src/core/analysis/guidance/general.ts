// §2.2: physical and operational measures apply to every plant, whatever its models. Once per plant.
import type { GuidanceRule } from './context';

export const generalMeasures: GuidanceRule = (ctx) => {
  const plant = ctx.index.plant;
  const first = plant.models?.[0]?.span ?? plant.zones[0]?.idSpan ?? plant.devices[0]?.idSpan;
  if (!first) return [];
  const ids = ctx.catalog.generalMeasures.map((g) => g.id);
  return [
    {
      code: 'general-measures',
      severity: 'info',
      message:
        '§2.2: besides system measures, every smart-factory plant needs physical measures (prevent, detect and record, deter physical access) and operational measures (security organisation, asset inventory and labelling, attack detection, log collection, response and recovery drills).',
      span: first,
      data: { measures: ids, ref: '§2.2' },
    },
  ];
};
