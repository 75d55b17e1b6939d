// The review sections of the plant file format (`risks:`), kept apart from format/schema.ts so the
// format's own blocks and these merge independently. plantSchema spreads REVIEW_SECTIONS into its properties.
import type { DocSchema } from '../format/schema';
import { RISK_STATUSES } from './types';
import { BOUNDARY_CHOICES, GENERAL_STATUSES } from './general';
import { GENERAL_MEASURES } from '../catalog/general-measures';

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

const x = { '^x-': bi(['Extension', 'Free-form data for other tools; ignored by SmartFab.'], ['拡張', '他のツール用の自由なデータ。SmartFab は無視します。'], {}) };

const generalMeasure = bi(['§2.2 measure', 'How a physical or operational measure of §2.2 stands.'], ['§2.2 の対策', '§2.2 の物理的・運用的対策の状況。'], {
  type: 'object',
  additionalProperties: false,
  patternProperties: x,
  properties: {
    status: bi(['Status', 'implemented, planned or not-applicable.'], ['状態', 'implemented (実装済み)、planned (計画中)、not-applicable (適用外)。'], { type: 'string', enum: [...GENERAL_STATUSES] }),
    evidence: bi(['Evidence', 'Where it is documented or verified.'], ['根拠', '実施を示す文書や確認の記録。'], { type: 'string' }),
    reason: bi(['Reason', 'Why it does not apply.'], ['理由', '適用外の理由。'], { type: 'string' }),
  },
});

const choice = (en: [string, string], ja: [string, string], values: readonly string[]) => bi(en, ja, { type: 'string', enum: [...values] });

const boundary = bi(['§2.3.8 choices', 'Implementation choices for this boundary (conduit).'], ['§2.3.8 の選択', 'この境界 (コンジット) での実装の選択。'], {
  type: 'object',
  additionalProperties: false,
  patternProperties: x,
  properties: {
    filtering: choice(['Filtering', 'Measure 8: firewall (example ②), filtering switch (example ①) or none.'], ['フィルタリング', '対策 8: FW (実装例②)、フィルタリング機能のあるスイッチ (実装例①)、なし。'], BOUNDARY_CHOICES.filtering),
    relay: choice(['Relay', 'Measure 9: a relay server in a DMZ, or none.'], ['中継', '対策 9: DMZ に中継サーバを置く、またはなし。'], BOUNDARY_CHOICES.relay),
    detection: choice(['Detection', 'Measure 10: IDS (example ①, no blocking), IPS (example ②, blocking allowed) or none.'], ['侵入検知', '対策 10: IDS (実装例①、遮断なし)、IPS (実装例②、遮断可)、なし。'], BOUNDARY_CHOICES.detection),
    idsSide: choice(['IDS side', 'Where the IDS sits: control (behind the firewall, filtered traffic) or outer (before filtering).'], ['IDS の設置個所', 'control (FW の制御ネットワーク側、フィルタ後) または outer (フィルタ前)。'], BOUNDARY_CHOICES.idsSide),
    note: bi(['Note', 'Why these choices (§2.3.8 conditions).'], ['メモ', '選択の理由 (§2.3.8 の条件)。'], { type: 'string' }),
  },
});

export const REVIEW_SECTIONS: Record<string, DocSchema> = {
  general: bi(
    ['General measures', '§2.2 physical and operational measures, and §2.3.8 choices per boundary.'],
    ['一般的な対策', '§2.2 の物理的・運用的対策と、境界ごとの §2.3.8 の選択。'],
    {
      type: 'object',
      additionalProperties: false,
      patternProperties: x,
      properties: {
        measures: bi(['§2.2 measures', 'Keyed by measure id.'], ['§2.2 の対策', '対策 ID ごと。'], {
          type: 'object',
          propertyNames: { enum: GENERAL_MEASURES.map((g) => g.id) },
          additionalProperties: generalMeasure,
        }),
        boundaries: bi(['Boundaries', 'Keyed by conduit id.'], ['境界', 'コンジット ID ごと。'], { type: 'object', additionalProperties: boundary }),
      },
    },
  ),
  risks: bi(
    ['Risk decisions', 'Review decisions keyed by the threat instance key (threat@element, e.g. A4@iot-nw>ctrl-info).'],
    ['リスク判断', '脅威インスタンスのキー (脅威@要素、例: A4@iot-nw>ctrl-info) ごとのレビューの判断。'],
    { type: 'object', propertyNames: { pattern: RISK_KEY_PATTERN, maxLength: 200 }, additionalProperties: risk },
  ),
};
