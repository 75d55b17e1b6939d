// The review sections of the plant file format (`risks:`), kept apart from format/schema.ts so the
// format's own blocks and these merge independently. plantSchema spreads REVIEW_SECTIONS into its properties.
import type { DocSchema } from '../format/schema';
import { RISK_STATUSES } from './types';

const bi = (en: [string, string], ja: [string, string], s: DocSchema): DocSchema => ({
  title: `${en[0]} / ${ja[0]}`,
  description: `${en[1]}\n\n${ja[1]}`,
  markdownDescription: `${en[1]}\n\n${ja[1]}`,
  ...s,
});

/** ISO calendar date, as YAML 1.2 keeps it: a string (quote it or not). */
export const ISO_DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
/** Instance keys: a threat id, "@", element ids joined by ">" (ThreatInstance.key). */
export const RISK_KEY_PATTERN = '^[A-L][1-9]@[^@>\\s]+(>[^@>\\s]+)*$';

const STATUS_DOC: Record<(typeof RISK_STATUSES)[number], string> = {
  accepted: 'The risk is knowingly carried (justification required). / リスクを受容する (根拠が必要)。',
  mitigating: 'Countermeasures are being put in place (justification required). / 対策を実施中 (根拠が必要)。',
  mitigated: 'Countermeasures are in place. / 対策済み。',
  'false-positive': 'The threat does not apply as modelled (justification required). / 誤検知 (根拠が必要)。',
};

const date = (en: [string, string], ja: [string, string]) => bi(en, ja, { type: 'string', pattern: ISO_DATE_PATTERN });

const risk = bi(['Risk decision', 'The review decision on one threat instance.'], ['リスク判断', '1 つの脅威インスタンスに対するレビューの判断。'], {
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  patternProperties: { '^x-': bi(['Extension', 'Free-form data for other tools; ignored by SmartFab.'], ['拡張', '他のツール用の自由なデータ。SmartFab は無視します。'], {}) },
  properties: {
    status: bi(['Status', 'accepted, mitigating, mitigated or false-positive.'], ['状態', 'accepted (受容)、mitigating (対策中)、mitigated (対策済み)、false-positive (誤検知)。'], {
      type: 'string',
      enum: [...RISK_STATUSES],
      enumDescriptions: RISK_STATUSES.map((s) => STATUS_DOC[s]),
    }),
    justification: bi(['Justification', 'Why the decision was taken; required unless mitigated.'], ['根拠', '判断の理由。mitigated 以外では必須。'], { type: 'string', minLength: 1 }),
    owner: bi(['Owner', 'Who owns the decision.'], ['責任者', '判断の責任者。'], { type: 'string' }),
    date: date(['Date', 'When the decision was taken (YYYY-MM-DD).'], ['日付', '判断した日 (YYYY-MM-DD)。']),
    ticket: bi(['Ticket', 'Issue or change ticket tracking the decision.'], ['チケット', '判断を追跡するチケット。'], { type: 'string' }),
    expires: date(['Expires', 'Last day the decision holds (YYYY-MM-DD); afterwards it is reported for review.'], ['有効期限', '判断が有効な最終日 (YYYY-MM-DD)。過ぎると再レビューを促す。']),
  },
});

export const REVIEW_SECTIONS: Record<string, DocSchema> = {
  risks: bi(
    ['Risk decisions', 'Review decisions keyed by the threat instance key (threat@element, e.g. A4@iot-nw>ctrl-info).'],
    ['リスク判断', '脅威インスタンスのキー (脅威@要素、例: A4@iot-nw>ctrl-info) ごとのレビューの判断。'],
    { type: 'object', propertyNames: { pattern: RISK_KEY_PATTERN, maxLength: 200 }, additionalProperties: risk },
  ),
};
