// JSON Schema of smartfab.config.yaml (draft-07), the one configuration read by the CLI and the language
// server. schemas/smartfab-config.schema.json is generated from it (`npm run schema`); a test fails on drift.
import type { DocSchema } from '../format/schema';

export const CONFIG_FILE_NAME = 'smartfab.config.yaml';
export const CONFIG_SCHEMA_ID = 'https://smartfab.dev/schemas/smartfab-config.schema.json';
export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;

const bi = (en: [string, string], ja: [string, string], s: DocSchema): DocSchema => ({
  title: `${en[0]} / ${ja[0]}`,
  description: `${en[1]}\n\n${ja[1]}`,
  markdownDescription: `${en[1]}\n\n${ja[1]}`,
  ...s,
});

const count = (en: [string, string], ja: [string, string]) => bi(en, ja, { type: 'integer', minimum: 0, maximum: 1_000_000 });

export const configSchema: DocSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: CONFIG_SCHEMA_ID,
  ...bi(
    ['SmartFab configuration', 'Settings shared by the CLI and the editor for the plant files in this folder and below.'],
    ['SmartFab 設定', 'このフォルダ以下の工場ファイルに対して CLI とエディタが共有する設定。'],
    {},
  ),
  type: 'object',
  additionalProperties: false,
  patternProperties: { '^x-': bi(['Extension', 'Free-form data for other tools.'], ['拡張', '他のツール用の自由なデータ。'], {}) },
  properties: {
    severity: bi(
      ['Severity overrides', 'Per problem code ("threat-A4"; "threat-*" matches a prefix, the longest key wins): error, warning, info, hint or off.'],
      ['重大度の上書き', '問題コードごと ("threat-A4"、"threat-*" は前方一致、最長のキーが優先): error、warning、info、hint、off。'],
      { type: 'object', additionalProperties: { type: 'string', enum: [...SEVERITY_SETTINGS] } },
    ),
    thresholds: bi(
      ['§2.3.8 thresholds', 'How many IoT devices behind a boundary count as few (filtering optional) or very many (IDS/IPS expected).'],
      ['§2.3.8 のしきい値', '境界の内側の IoT 機器が少数 (フィルタリング任意)、非常に多数 (IDS/IPS が望まれる) とみなす台数。'],
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          fewIotDevices: count(['Few IoT devices', 'At most this many count as few (default 10).'], ['少数の IoT 機器', 'この台数以下を少数とみなす (既定値 10)。']),
          manyIotDevices: count(['Very many IoT devices', 'At least this many count as very many (default 1000).'], ['非常に多数の IoT 機器', 'この台数以上を非常に多数とみなす (既定値 1000)。']),
        },
      },
    ),
    language: bi(['Language', 'Language of CLI output and exported reports: en or ja.'], ['言語', 'CLI の出力とレポートの言語: en または ja。'], { type: 'string', enum: ['en', 'ja'] }),
    docsBaseUrl: bi(
      ['Docs base URL', 'Where problem codes link to (a copy of the docs folder), ending in "/". Ignored in untrusted workspaces.'],
      ['ドキュメントのベース URL', '問題コードのリンク先 (docs フォルダの複製)。"/" で終わる。信頼されていないワークスペースでは無視。'],
      { type: 'string', format: 'uri' },
    ),
    ignore: bi(
      ['Ignored files', 'Globs, relative to this file, of plant files neither the CLI nor the editor checks.'],
      ['除外するファイル', 'CLI もエディタも検査しない工場ファイルの glob (このファイルからの相対パス)。'],
      { type: 'array', items: { type: 'string', minLength: 1 } },
    ),
    review: bi(['Review', 'Review workflow options.'], ['レビュー', 'レビューの設定。'], {
      type: 'object',
      additionalProperties: false,
      properties: {
        hideDecided: bi(
          ['Hide decided findings', 'Drop findings accepted or marked false positive under risks: instead of showing them as info.'],
          ['判断済みの指摘を非表示', 'risks: で受容または誤検知とされた指摘を情報として表示せずに除外する。'],
          { type: 'boolean' },
        ),
      },
    }),
  },
};

export function configSchemaJson(): string {
  return JSON.stringify(configSchema, null, 2) + '\n';
}
