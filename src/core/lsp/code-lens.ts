// Code lenses: per damage (top of the file) and per zone, the attack scenarios still open.
import type { CodeLens } from 'vscode-languageserver-types';
import type { Analysis, DamageReport } from '../analysis/types';
import type { Problem } from '../diagnostics';
import type { LineIndex } from '../text/line-index';
import { t } from './l10n';
import type { PlantIndex } from './plant-index';

export interface CodeLensInput {
  readonly index: PlantIndex;
  readonly lineIndex: LineIndex;
  /** The analysis, when the checker ran it (its `damages` drive the lenses). */
  readonly analysis?: unknown;
  readonly problems: readonly Problem[];
}

function damagesOf(analysis: unknown): readonly DamageReport[] | undefined {
  const d = (analysis as Partial<Analysis> | undefined)?.damages;
  return Array.isArray(d) ? d : undefined;
}

const lens = (range: CodeLens['range'], title: string): CodeLens => ({ range, command: { title, command: '' } });

export function codeLenses(input: CodeLensInput): CodeLens[] {
  const { index, lineIndex: li } = input;
  const plant = index.plant;
  const out: CodeLens[] = [];
  const damages = damagesOf(input.analysis);
  const zoneOf = new Map<string, string>();
  for (const z of plant.zones) zoneOf.set(z.id, z.id);
  for (const d of plant.devices) zoneOf.set(d.id, d.zone.value);

  if (damages) {
    const top = li.range({ start: 0, end: 0 });
    for (const d of damages) {
      const open = d.scenarios.filter((s) => s.status === 'open').length;
      const mark = d.priority ? '⚑ ' : '';
      out.push(lens(top, `${mark}${t('Damage {0}', d.damage)}: ${t('{0} open of {1} scenarios', open, d.scenarios.length)}`));
    }
  }
  for (const z of plant.zones) {
    const range = li.range(z.idSpan);
    if (damages) {
      const open = damages.flatMap((d) => d.scenarios).filter((s) => s.status === 'open' && zoneOf.get(s.target) === z.id).length;
      out.push(lens(range, open === 1 ? t('1 open attack scenario ends here') : open ? t('{0} open attack scenarios end here', open) : t('No open attack scenario ends here')));
    } else {
      const n = input.problems.filter((p) => typeof p.data?.target === 'string' && zoneOf.get(p.data.target) === z.id).length;
      if (n) out.push(lens(range, n === 1 ? t('1 finding in this zone') : t('{0} findings in this zone', n)));
    }
  }
  return out;
}
