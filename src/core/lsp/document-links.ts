// Document links from countermeasure IDs (in `measure:` values) to their documentation, shown by the
// extension's `smartfab.showMeasure` command (a command URI; other clients may ignore it).
import type { DocumentLink } from 'vscode-languageserver-types';
import { countermeasureById } from '../catalog';
import type { LineIndex } from '../text/line-index';
import type { PlantIndex } from './plant-index';

export const SHOW_MEASURE_COMMAND = 'smartfab.showMeasure';

export function measureCommandUri(id: string): string {
  return `command:${SHOW_MEASURE_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;
}

export interface DocumentLinkInput {
  readonly text: string;
  readonly lineIndex: LineIndex;
  readonly index?: PlantIndex;
}

export function documentLinks(input: DocumentLinkInput): DocumentLink[] {
  const plant = input.index?.plant;
  if (!plant) return [];
  const out: DocumentLink[] = [];
  for (const m of plant.measures) {
    const cm = countermeasureById(m.measure.value);
    if (!cm || m.measure.span.end <= m.measure.span.start) continue;
    out.push({ range: input.lineIndex.range(m.measure.span), target: measureCommandUri(cm.id), tooltip: `ID${cm.id}` });
  }
  return out;
}
