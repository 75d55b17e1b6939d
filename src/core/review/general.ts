// The `general:` section: the report's model-independent measures of §2.2 recorded with status and evidence,
// and the §2.3.8 implementation choices per boundary (conduit). Read from the YAML document like `risks:`;
// applied in the review stage, where recorded measures replace the single "general-measures" note with one
// finding per measure not yet recorded.
import { isMap, isNode, isScalar, type Document, type Pair } from 'yaml';
import { GENERAL_MEASURES } from '../catalog/general-measures';
import type { Problem } from '../diagnostics';
import { bilingual, t } from '../lsp/l10n';
import type { Span } from '../model/plant';
import { keyText, nodeSpan } from '../parse/node-at';

export const GENERAL_STATUSES = ['implemented', 'planned', 'not-applicable'] as const;
/** §2.3.8 choices: measure 8 example ① filtering switch / ② firewall; 9 relay server in a DMZ; 10 ① IDS / ② IPS. */
export const BOUNDARY_CHOICES = {
  filtering: ['firewall', 'filtering-switch', 'none'],
  relay: ['dmz', 'none'],
  detection: ['ids', 'ips', 'none'],
  /** Where the IDS sits seen from the control system: behind the firewall (filtered traffic) or before it. */
  idsSide: ['control', 'outer'],
} as const;
export type BoundaryChoiceKey = keyof typeof BOUNDARY_CHOICES;

export interface GeneralMeasureRecord {
  readonly id: string;
  readonly idSpan: Span;
  readonly status?: (typeof GENERAL_STATUSES)[number];
  readonly evidence?: string;
  readonly reason?: string;
}

export interface BoundaryChoices {
  readonly conduit: string;
  readonly conduitSpan: Span;
  readonly choices: Partial<Record<BoundaryChoiceKey, string>>;
  readonly note?: string;
}

export interface GeneralSection {
  readonly span: Span;
  /** Undefined when the file has no `measures:` (then the single general-measures note stays). */
  readonly measures?: readonly GeneralMeasureRecord[];
  readonly measuresSpan?: Span;
  readonly boundaries: readonly BoundaryChoices[];
}

const pairOf = (m: unknown, key: string) => (isMap(m) ? (m.items as Pair[]).find((p) => keyText(p) === key) : undefined);
const scalar = (m: unknown, key: string): string | undefined => {
  const v = pairOf(m, key)?.value;
  return isScalar(v) && v.value !== null && typeof v.value !== 'object' ? String(v.value) : undefined;
};

export function readGeneral(doc: Document, text?: string): GeneralSection | undefined {
  const section = pairOf(doc.contents, 'general');
  if (!section || !isNode(section.key)) return undefined;
  const m = section.value;
  const mp = pairOf(m, 'measures');
  const measures = mp && isMap(mp.value)
    ? (mp.value.items as Pair[]).flatMap((p) => {
        const id = keyText(p);
        if (id === undefined || !isNode(p.key)) return [];
        const status = scalar(p.value, 'status');
        const rec: GeneralMeasureRecord = {
          id,
          idSpan: nodeSpan(p.key, text),
          ...((GENERAL_STATUSES as readonly string[]).includes(status ?? '') ? { status: status as GeneralMeasureRecord['status'] } : {}),
          ...(scalar(p.value, 'evidence') ? { evidence: scalar(p.value, 'evidence') } : {}),
          ...(scalar(p.value, 'reason') ? { reason: scalar(p.value, 'reason') } : {}),
        };
        return [rec];
      })
    : undefined;
  const bp = pairOf(m, 'boundaries');
  const boundaries = bp && isMap(bp.value)
    ? (bp.value.items as Pair[]).flatMap((p) => {
        const conduit = keyText(p);
        if (conduit === undefined || !isNode(p.key)) return [];
        const choices: Partial<Record<BoundaryChoiceKey, string>> = {};
        for (const k of Object.keys(BOUNDARY_CHOICES) as BoundaryChoiceKey[]) {
          const v = scalar(p.value, k);
          if (v !== undefined) choices[k] = v;
        }
        const note = scalar(p.value, 'note');
        return [{ conduit, conduitSpan: nodeSpan(p.key, text), choices, ...(note ? { note } : {}) }];
      })
    : [];
  return {
    span: nodeSpan(section.key, text),
    ...(measures ? { measures, ...(mp && isNode(mp.key) ? { measuresSpan: nodeSpan(mp.key, text) } : {}) } : {}),
    boundaries,
  };
}

/**
 * With `general.measures` recorded: drops the single "general-measures" note and reports each §2.2 measure not
 * recorded (general-measure-unrecorded, info). Boundary
 * choices on a conduit that does not exist are reported too (general-unknown-boundary, warning).
 */
export function applyGeneral(general: GeneralSection | undefined, conduits: ReadonlySet<string>, findings: readonly Problem[]): { findings: Problem[]; problems: Problem[] } {
  if (!general) return { findings: [...findings], problems: [] };
  const problems: Problem[] = [];
  let out = [...findings];
  if (general.measures) {
    out = out.filter((f) => f.code !== 'general-measures');
    // Unknown ids are schema problems (propertyNames); only the unrecorded ones are reported here.
    const recorded = new Set(general.measures.map((r) => r.id));
    for (const g of GENERAL_MEASURES) {
      if (recorded.has(g.id)) continue;
      problems.push({
        code: 'general-measure-unrecorded',
        severity: 'info',
        message: t('§2.2 measure {0} "{1}" is not recorded under general.measures ({2}).', g.id, bilingual(g.title)[0], g.cpsf.join(', ')),
        span: general.measuresSpan ?? general.span,
        data: { measure: g.id, aspect: g.aspect, ref: g.ref, cpsf: g.cpsf },
      });
    }
  }
  for (const b of general.boundaries) {
    if (!conduits.has(b.conduit)) {
      problems.push({ code: 'general-unknown-boundary', severity: 'warning', message: t('general.boundaries names {0}, which is no conduit.', b.conduit), span: b.conduitSpan, data: { id: b.conduit } });
    }
  }
  return { findings: out, problems };
}
