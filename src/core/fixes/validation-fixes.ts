// Quick-fixes for validation problems, keyed by problem code; each reads problem.data (and the
// problem's span to find the entry it sits on), never the message.
import type { Problem } from '../diagnostics';
import { planAddZone } from '../edit/elements';
import { planReason } from '../edit/measures';
import { findElement, measures, normalizeMeasure, type MeasureRow } from '../edit/plant-index';
import { keyText } from '../parse/node-at';
import type { EditSession } from '../edit/session';
import { t } from '../lsp/l10n';
import type { Span } from '../model/plant';
import { indentTabs, indentUnit } from '../parse/prepare';
import { tabIndentSpans } from '../parse/source';
import { buildFix, str } from './build';
import type { Fix } from './types';

type Provider = (p: Problem, text: string) => (Fix | undefined)[];

const createZone: Provider = (p, text) => {
  // unknown-zone: data { id } (or { zone, device }); dangling-ref: data { id, expects: 'zone' }.
  const zone = str(p.data, 'zone') ?? str(p.data, 'id');
  if (!zone || (p.code === 'dangling-ref' && str(p.data, 'expects') !== 'zone')) return [];
  return [buildFix(text, t('Create zone {0}', zone), (s) => planAddZone(s, zone, 'generic'), { preferred: p.code === 'unknown-zone' })];
};

/** Every tab yaml rejects in indentation becomes the file's indent unit in spaces, as the checker read it (parse/prepare.ts). */
const convertTabs: Provider = (_p, text) => {
  const rejected = tabIndentSpans(text);
  if (rejected.length === 0) return [];
  // Comment lines may be tab-indented in YAML; they are converted too, so the file reads the same everywhere.
  const comments = [...text.matchAll(/^[ \t]*\t[ \t]*#/gm)].map((m) => indentTabs(text, m.index)).filter((s): s is Span => s !== undefined);
  const spans = [...new Map([...rejected, ...comments].map((s) => [s.start, s])).values()].sort((a, b) => a.start - b.start);
  const unit = indentUnit(text);
  const edits = spans.map((s) => ({ start: s.start, end: s.end, newText: text.slice(s.start, s.end).replace(/\t/g, ' '.repeat(unit)) }));
  return [{ title: t('Convert tabs to spaces'), kind: 'quickfix', isPreferred: true, edits }];
};

export const VALIDATION_FIXES: Readonly<Record<string, Provider>> = {
  'yaml-tab-indent': convertTabs,
  'unknown-zone': createZone,
  'dangling-ref': createZone,
  'missing-reason': (p, text) => [
    buildFix(text, t('Add a reason placeholder'), (s) => withRow(s, p, (row) => planReason(s, row)), { preferred: true }),
  ],
  // ignored-property: data { device, property }; removing the key changes no verdict (the analysis never read it).
  'ignored-property': (p, text) => {
    const device = str(p.data, 'device');
    const property = str(p.data, 'property');
    if (!device || !property) return [];
    return [buildFix(text, t("Remove '{0}' from {1}", property, device), (s) => {
      const map = findElement(s.src, device, 'device')?.map;
      const index = map?.items.findIndex((pair) => keyText(pair) === property) ?? -1;
      if (!map || index < 0) return s.fail(t('The key was not found.'));
      s.remove(map, index);
    })];
  },
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
