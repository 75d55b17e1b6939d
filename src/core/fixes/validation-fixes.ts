// Quick-fixes for validation problems, keyed by problem code; each reads problem.data (and the
// problem's span to find the entry it sits on), never the message.
import { t } from '../l10n/lang';
import type { Problem } from '../diagnostics';
import { planAddZone } from '../edit/elements';
import { planReason } from '../edit/measures';
import { measures, normalizeMeasure, type MeasureRow } from '../edit/plant-index';
import type { EditSession } from '../edit/session';
import { buildFix, str } from './build';
import type { Fix } from './types';

type Provider = (p: Problem, text: string) => (Fix | undefined)[];

const createZone: Provider = (p, text) => {
  // unknown-zone: data { id } (or { zone, device }); dangling-ref: data { id, expects: 'zone' }.
  const zone = str(p.data, 'zone') ?? str(p.data, 'id');
  if (!zone || (p.code === 'dangling-ref' && str(p.data, 'expects') !== 'zone')) return [];
  return [buildFix(text, t('Create zone {0}', zone), (s) => planAddZone(s, zone, 'generic'), { preferred: p.code === 'unknown-zone' })];
};

export const VALIDATION_FIXES: Readonly<Record<string, Provider>> = {
  'unknown-zone': createZone,
  'dangling-ref': createZone,
  'missing-reason': (p, text) => [
    buildFix(text, t('Add a reason placeholder'), (s) => withRow(s, p, (row) => planReason(s, row)), { preferred: true }),
  ],
  'duplicate-measure': (p, text) => [
    buildFix(text, t('Remove the duplicate entry'), (s) => withRow(s, p, (row) => s.remove(row.seq, row.index, row.sectionPair))),
  ],
};

/** The countermeasure entry the problem sits on (its span), checked against data.measure/target. */
function withRow(s: EditSession, p: Problem, f: (row: MeasureRow) => void): void {
  const measure = str(p.data, 'measure');
  const target = str(p.data, 'target');
  const row = measures(s.src).find(
    (r) =>
      r.map.range![0] <= p.span.start &&
      p.span.start < r.map.range![2] &&
      (measure === undefined || r.measure === normalizeMeasure(measure)) &&
      (target === undefined || r.target === target),
  );
  if (!row) return s.fail(t('The countermeasure entry was not found.'));
  f(row);
}
