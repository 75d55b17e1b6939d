// §2.2: physical and operational measures apply to every plant, whatever its models. Once per plant.
import type { GuidanceRule } from './context';
import { t } from '../../l10n/lang';

export const generalMeasures: GuidanceRule = (ctx) => {
  const plant = ctx.index.plant;
  // The first element in the text (not in the arrays: their order is not the finding's business).
  const earliest = <T>(xs: readonly T[], span: (x: T) => { start: number; end: number }) =>
    xs.reduce<{ start: number; end: number } | undefined>((m, x) => (!m || span(x).start < m.start ? span(x) : m), undefined);
  const first = earliest(plant.models ?? [], (m) => m.span) ?? earliest(plant.zones, (z) => z.idSpan) ?? earliest(plant.devices, (d) => d.idSpan);
  if (!first) return [];
  const ids = ctx.catalog.generalMeasures.map((g) => g.id);
  return [
    {
      code: 'general-measures',
      severity: 'info',
      // Through t() like the other rules, so `smartfab check` in Japanese says it in Japanese too.
      message: t(
        '§2.2: besides system measures, every smart-factory plant needs physical measures (prevent, detect and record, deter physical access) and operational measures (security organisation, asset inventory and labelling, attack detection, log collection, response and recovery drills).',
      ),
      span: first,
      data: { measures: ids, ref: '§2.2' },
    },
  ];
};
