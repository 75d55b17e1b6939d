// The plant file format as a JSON Schema (draft-07): the single source of truth.
// schemas/smartfab.schema.json is generated from this object (`npm run schema`); a test fails on drift.
// Every property carries English and Japanese docs so schema-aware YAML editors give bilingual hover/completion.
import type { JSONSchema7, JSONSchema7TypeName } from 'json-schema';
import { DEVICE_KINDS, DIRECTIONS, MEASURE_STATUSES, WIRELESS_TECHS, ZONE_KINDS, type KindInfo } from '../model/kinds';
// Review sections (risks, general): src/core/review/schema.ts.
import { REVIEW_SECTIONS } from '../review/schema';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

export { ID_PATTERN, MAX_ID_LENGTH } from './ids';

/** JSON Schema draft-07 plus the editor annotations VS Code / yaml-language-server understand. */
export interface DocSchema extends JSONSchema7 {
  markdownDescription?: string;
  markdownEnumDescriptions?: string[];
  enumDescriptions?: string[];
  defaultSnippets?: { label: string; description?: string; body: unknown }[];
  properties?: Record<string, DocSchema>;
  patternProperties?: Record<string, DocSchema>;
  additionalProperties?: DocSchema | boolean;
  propertyNames?: DocSchema;
  items?: DocSchema;
  definitions?: Record<string, DocSchema>;
}

export const SCHEMA_ID = 'https://smartfab.dev/schemas/smartfab.schema.json';
export const FORMAT_VERSION = 1;
/** Upper bound on `count` so consumers that expand groups stay bounded. */
export const MAX_DEVICE_COUNT = 100_000;
export const MEASURE_ID_PATTERN = '^(?:[Ii][Dd])?[0-9]{1,2}-[0-9]{1,2}$';

interface Doc {
  /** English title, Japanese title, English description, Japanese description. */
  readonly t: readonly [string, string, string, string];
}

/** Adds bilingual title/description/markdownDescription to a schema. */
function doc(d: Doc['t'], s: DocSchema): DocSchema {
  const [titleEn, titleJa, en, ja] = d;
  return { title: `${titleEn} / ${titleJa}`, description: `${en}\n\n${ja}`, markdownDescription: `${en}\n\n${ja}`, ...s };
}

function kindEnum(kinds: Record<string, KindInfo>): DocSchema {
  const entries = Object.entries(kinds);
  return {
    type: 'string',
    enum: entries.map(([k]) => k),
    enumDescriptions: entries.map(([, v]) => `${v.en} (${v.ja}): ${v.doc}`),
    markdownEnumDescriptions: entries.map(([, v]) => `**${v.en}** (${v.ja})\n\n${v.doc}`),
  };
}

const str = (type: JSONSchema7TypeName = 'string'): DocSchema => ({ type });
/** Extension keys (`x-…`) are allowed everywhere so tools can keep their own notes. */
const extensions: Record<string, DocSchema> = {
  '^x-': doc(['Extension', '拡張', 'Free-form data for other tools; ignored by SmartFab.', '他のツール用の自由なデータ。SmartFab は無視します。'], {}),
};

const idRef = (t: Doc['t']): DocSchema => doc(t, { type: 'string', minLength: 1 });

const common = {
  name: doc(['Name', '名称', 'Human-readable name shown in diagrams and reports.', '図やレポートに表示する名称。'], { type: 'string' }),
  description: doc(['Description', '説明', 'Free text describing the element.', '要素の説明 (自由記述)。'], { type: 'string' }),
};

const wireless = doc(
  ['Wireless technology', '無線方式', 'The element communicates wirelessly with this technology (§3.2).', 'この無線方式で通信する (§3.2)。'],
  kindEnum(WIRELESS_TECHS),
);

/** A device may say `wireless: none`: wired, although its zone is wireless. */
const deviceWireless = doc(
  ['Wireless technology', '無線方式', 'The device communicates wirelessly with this technology (§3.2); `none` for a wired device inside a wireless zone.', 'この無線方式で通信する (§3.2)。無線ゾーン内の有線機器は `none`。'],
  kindEnum({ ...WIRELESS_TECHS, none: { en: 'None (wired)', ja: 'なし (有線)', doc: 'A wired device: it does not share its zone\'s wireless.' } }),
);

const direction = (en: string, ja: string): DocSchema =>
  doc(['Direction', '通信方向', en, ja], { ...kindEnum(DIRECTIONS), default: 'both' });

const zone = doc(['Zone', 'ゾーン', 'A network or security zone of the plant or outside it.', '工場内外のネットワーク/セキュリティゾーン。'], {
  type: 'object',
  required: ['kind'],
  additionalProperties: false,
  patternProperties: extensions,
  properties: {
    kind: doc(['Zone kind', 'ゾーン種別', 'What the zone is, in the report\'s terms.', 'レポートの用語でのゾーンの種別。'], kindEnum(ZONE_KINDS)),
    ...common,
    parent: idRef(['Parent zone', '親ゾーン', 'Id of the enclosing zone, for nested zones.', '入れ子のゾーンの場合、外側のゾーンの ID。']),
    wireless,
    level: doc(['Purdue level', 'Purdue レベル', 'Purdue reference model level (0-5; 3.5 for an industrial DMZ).', 'Purdue 参照モデルのレベル (0〜5、産業用 DMZ は 3.5)。'], { type: 'number', minimum: 0, maximum: 5 }),
    sl: doc(['Target security level', '目標セキュリティレベル', 'IEC 62443 target security level (1-4).', 'IEC 62443 の目標セキュリティレベル (1〜4)。'], { type: 'integer', minimum: 1, maximum: 4 }),
    critical: doc(['Critical', '重要', 'The zone carries critical systems; a DMZ is then expected on boundaries into it (§2.3.8).', '重要なシステムを含む。境界に DMZ の配置が望まれる (§2.3.8)。'], { type: 'boolean' }),
  },
});

const device = doc(['Device', '機器', 'A device, or a group of identical devices, placed in a zone.', 'ゾーンに置かれた機器 (同一機器のグループも可)。'], {
  type: 'object',
  required: ['kind', 'zone'],
  additionalProperties: false,
  patternProperties: extensions,
  properties: {
    kind: doc(['Device kind', '機器種別', 'What the device is, in the report\'s terms.', 'レポートの用語での機器の種別。'], kindEnum(DEVICE_KINDS)),
    zone: idRef(['Zone', 'ゾーン', 'Id of the zone the device sits in.', '機器が置かれるゾーンの ID。']),
    ...common,
    count: doc(['Count', '台数', `Number of identical devices this entry stands for (1-${MAX_DEVICE_COUNT}). Default 1.`, `このエントリが表す同一機器の台数 (1〜${MAX_DEVICE_COUNT})。既定値 1。`], { type: 'integer', minimum: 1, maximum: MAX_DEVICE_COUNT, default: 1 }),
    filtering: doc(['Filtering', 'フィルタリング', 'A switch or router that filters traffic (measure 8, example ①).', '通信をフィルタリングするスイッチ/ルータ (対策 8 実装例①)。'], { type: 'boolean' }),
    vpn: doc(['VPN', 'VPN 終端', 'The device terminates a VPN (measure 11).', 'VPN を終端する (対策 11)。'], { type: 'boolean' }),
    wireless: deviceWireless,
    monitors: doc(['Monitors', '監視対象', 'For an IDS/IPS: ids of the zones and conduits it watches as a passive tap (measure 10). One listed in a conduit\'s `via` is inline on that conduit.', 'IDS/IPS の場合: パッシブに監視するゾーンとコンジットの ID (対策 10)。コンジットの `via` に書いた機器はその通信路上 (インライン) にある。'], {
      type: 'array', items: { type: 'string', minLength: 1 },
    }),
  },
});

const conduit = doc(['Conduit', 'コンジット', 'A communication path between two zones.', '2 つのゾーン間の通信路。'], {
  type: 'object',
  required: ['between'],
  additionalProperties: false,
  patternProperties: extensions,
  properties: {
    between: doc(['Between', '接続ゾーン', 'The two zone ids the conduit joins.', 'コンジットが結ぶ 2 つのゾーンの ID。'], {
      type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', minLength: 1 },
    }),
    via: doc(['Via', '経由機器', 'Ids of devices the traffic passes through (firewall, IDS, router…).', '通信が経由する機器 (FW、IDS、ルータ等) の ID。'], {
      type: 'array', items: { type: 'string', minLength: 1 },
    }),
    ...common,
    vpn: doc(['VPN', 'VPN 回線', 'The link is a VPN or closed network (measure 11).', '回線が VPN または閉域網 (対策 11)。'], { type: 'boolean' }),
    wireless,
    direction: direction(
      '`one-way`: traffic passes only from the first zone of `between` to the second (a data diode, the one-way uplink of §3.2.2). Default `both`.',
      '`one-way`: `between` の 1 番目のゾーンから 2 番目へのみ通信できる (データダイオード、§3.2.2 の一方向通信)。既定値 `both`。',
    ),
  },
});

const flow = doc(['Data flow', 'データフロー', 'Data sent from one device to another.', 'ある機器から別の機器へのデータの流れ。'], {
  type: 'object',
  required: ['from', 'to'],
  additionalProperties: false,
  patternProperties: extensions,
  properties: {
    id: doc(['Id', '識別子', 'Optional id; by default the flow is named "from->to".', '省略可能な ID。既定値は "from->to"。'], { type: 'string', pattern: ID_PATTERN, maxLength: MAX_ID_LENGTH }),
    from: idRef(['From', '送信元', 'Id of the sending device.', '送信元機器の ID。']),
    to: idRef(['To', '送信先', 'Id of the receiving device.', '送信先機器の ID。']),
    protocol: doc(['Protocol', 'プロトコル', 'Protocol, e.g. mqtt, opc-ua, https.', 'プロトコル (例: mqtt、opc-ua、https)。'], { type: 'string' }),
    direction: direction(
      '`one-way`: data goes only from `from` to `to`, no replies (it may cross a one-way conduit). Default `both`.',
      '`one-way`: `from` から `to` への一方向のみで応答はない (一方向のコンジットを通れる)。既定値 `both`。',
    ),
    description: common.description,
  },
});

const measure = doc(['Countermeasure', '対策', 'A countermeasure ID applied to a plant element.', '工場の要素に適用した対策 ID。'], {
  type: 'object',
  required: ['measure', 'target'],
  additionalProperties: false,
  patternProperties: extensions,
  properties: {
    measure: doc(['Countermeasure ID', '対策 ID', 'IPA countermeasure ID, written ID8-1 or 8-1 (tables 5-10).', 'IPA の対策 ID。ID8-1 または 8-1 と書く (表 5〜10)。'], { type: 'string', pattern: MEASURE_ID_PATTERN }),
    target: idRef(['Target', '対象', 'Id of the zone, device or conduit the measure is applied to.', '対策を適用するゾーン、機器またはコンジットの ID。']),
    status: doc(['Status', '状態', 'planned, implemented (default) or not-applicable (then give a reason).', 'planned、implemented (既定値)、not-applicable (理由が必要)。'], {
      type: 'string', enum: [...MEASURE_STATUSES], default: 'implemented',
    }),
    reason: doc(['Reason', '理由', 'Why the measure is not applicable (required with not-applicable).', '対策が不要な理由 (not-applicable の場合は必須)。'], { type: 'string', minLength: 1 }),
    evidence: doc(['Evidence', '根拠', 'Where the implementation is documented or verified.', '実装を示す文書や確認の記録。'], { type: 'string' }),
  },
});

const idMap = (d: Doc['t'], item: DocSchema): DocSchema =>
  doc(d, { type: 'object', propertyNames: { pattern: ID_PATTERN, maxLength: MAX_ID_LENGTH }, additionalProperties: item });

export const plantSchema: DocSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: SCHEMA_ID,
  ...doc(['SmartFab plant', 'SmartFab 工場記述', 'A smart-factory plant description (*.smartfab.yaml).', 'スマート工場の構成記述 (*.smartfab.yaml)。'], {}),
  type: 'object',
  required: ['smartfab'],
  additionalProperties: false,
  patternProperties: extensions,
  properties: {
    smartfab: doc(['Format version', 'フォーマット版', 'Version of this file format; always 1.', 'ファイル形式の版。常に 1。'], { const: FORMAT_VERSION }),
    plant: doc(['Plant', '工場', 'Metadata about the plant.', '工場のメタデータ。'], {
      type: 'object',
      additionalProperties: false,
      patternProperties: extensions,
      properties: {
        name: doc(['Plant name', '工場名', 'Name of the plant.', '工場の名称。'], str()),
        site: doc(['Site', '所在地', 'Where the plant is.', '工場の所在地。'], str()),
        owner: doc(['Owner', '責任者', 'Who owns this description.', 'この記述の責任者。'], str()),
        description: common.description,
      },
    }),
    models: doc(['Implementation models', '実装モデル', 'IPA implementation models (1-7) the plant combines.', '工場が組み合わせる IPA 実装モデル (1〜7)。'], {
      type: 'array', uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 7 },
    }),
    zones: idMap(['Zones', 'ゾーン', 'Map of zone id to zone.', 'ゾーン ID からゾーンへの対応。'], zone),
    devices: idMap(['Devices', '機器', 'Map of device id to device.', '機器 ID から機器への対応。'], device),
    conduits: idMap(['Conduits', 'コンジット', 'Map of conduit id to conduit between two zones.', 'コンジット ID から 2 ゾーン間のコンジットへの対応。'], conduit),
    flows: doc(['Data flows', 'データフロー', 'List of data flows between devices.', '機器間のデータフローの一覧。'], { type: 'array', items: flow }),
    countermeasures: doc(['Countermeasures', '対策', 'List of countermeasure IDs applied to plant elements.', '工場の要素に適用した対策 ID の一覧。'], { type: 'array', items: measure }),
    // Review sections
    ...REVIEW_SECTIONS,
  },
};

/** The committed JSON text of the schema (stable key order, trailing newline). */
export function schemaJson(): string {
  return JSON.stringify(plantSchema, null, 2) + '\n';
}
