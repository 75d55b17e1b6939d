// Titles and help of the problem codes in Japanese, beside the English in src/core/format/codes.ts and
// src/core/analysis/codes.ts (SARIF rules, docs). threat-<ID> codes come from the catalogue.
import { describeAnalysisCode } from '../analysis/codes';
import { threatById } from '../catalog/index';
import { describeCode } from '../format/codes';
import type { Severity } from '../diagnostics';
import type { Lang } from './lang';

export interface CodeText {
  readonly title: string;
  readonly help: string;
}

const JA: Readonly<Record<string, CodeText>> = {
  'yaml-syntax': { title: 'YAML 構文エラー', help: 'この位置のテキストは正しい YAML ではありません。インデント、括弧、引用符を直してください。ファイル内の構文エラーはすべて報告されます。' },
  'yaml-warning': { title: 'YAML の警告', help: 'YAML としては正しいものの疑わしい記述です (未解決のタグなど)。' },
  'yaml-tab-indent': { title: 'タブによるインデント', help: 'YAML ではインデントにタブを使えません。ファイルの残りは各タブを空白 1 つとみなして検査されます。クイックフィックス「タブを空白に変換」はファイルのインデントで書き換えます。' },
  'yaml-merge': { title: '使えないマージキー', help: 'YAML のマージキー (`<<: *defaults`) はマッピングかマッピングのリストを指し、そのマージを含むマッピング自身を指してはなりません。そのエントリは無視されます。' },
  'problems-omitted': { title: '省略された問題', help: 'ファイルに同じコードの問題が SmartFab の表示上限 (ファイル・コードごとに 200 件、同じ行の同じ問題は 1 件) を超えてあります。表示されたものを直してから再検査してください。' },
  'planned-but-shown': { title: '計画中とされているが構成上すでにある', help: '対策の記載は `planned` だが、構成がすでにその対策 (FW、DMZ、IDS、VPN) を示しています。解析は記載に従い計画中と数えます。状態を更新するか、装置が実際にはないならプラントを直してください。' },
  'purdue-bypass': { title: '企業レベルからフィールドレベルへの直接到達', help: 'Purdue レベル 4-5 (企業、WAN) のゾーンが、レベル 3 または 3.5 (サイト運用、産業用 DMZ) のゾーンを通らずにレベル 0-1 (フィールド) のゾーンに到達します (IEC 62443-3-2 のゾーンとコンジット)。報告書は追加機器をすべて制御NW(情報側)に接続します。コンジットを制御NW経由にしてください。' },
  'wireless-in-control': { title: '制御NW内の無線', help: '無線AP や `wireless` のゾーンが制御NWの中にあります。§2.3.7 対策 4: 無線ネットワークは有線より侵入されやすいため、接続点を FW や DMZ の背後の独自ゾーンに置き、監視してください。有線機器は `wireless: none` と書きます。' },
  'field-direct-conduit': { title: 'フィールド側に直結した DMZ またはパッチ配布サーバ', help: 'コンジットが DMZ、またはパッチ配布サーバのあるゾーンを制御NW(フィールド側)に直接結んでいます。§2.7 (図 20) はパッチを DMZ 経由で制御NW(情報側)に配布し、§2.3.8 対策 9 は DMZ で外部と制御NWを分離します。コンジットを情報側経由にしてください。' },
  'yaml-internal': { title: 'YAML パーサーの失敗', help: 'YAML パーサーがテキストを処理できませんでした (極端に深い入れ子など)。ファイルを簡単にしてください。' },
  'duplicate-key': { title: 'キーの重複', help: '同じマッピングに同じキーが 2 回あります。YAML では許されず、後の値が失われます。名前を変えるか統合してください。' },
  'multi-document': { title: '複数の YAML ドキュメント', help: 'プラントファイルは YAML ドキュメントを 1 つだけ持ちます。`---` 以降のドキュメントは別の *.smartfab.yaml ファイルに分けてください。' },
  'empty-document': { title: '空のプラントファイル', help: 'ファイルに YAML の内容がありません。`smartfab: 1` から書き始め、ゾーンと機器を追加してください。' },
  'alias-limit': { title: 'エイリアス展開が多すぎる', help: 'YAML のエイリアス (*name) が許容量を超えて展開されます ("alias bomb")。データを書き下すかエイリアスを減らしてください。' },
  'file-too-large': { title: 'ファイルが大きすぎる', help: 'SmartFab が検査するサイズ (5 MiB) を超えています。プラントを分割するか、同じ機器を `count` でまとめてください。' },
  'binary-content': { title: 'バイナリの内容', help: 'ファイルに NUL 文字が含まれており、YAML のテキストファイルではありません。' },
  'duplicate-id': { title: 'ID の重複', help: 'ゾーン・機器・コンジット・フローの ID は 1 つの名前空間を共有するため、参照は一意に決まります。どちらかの名前を変えてください。' },
  'dangling-ref': { title: '不明な参照', help: 'ID が期待される種類の要素を指していません。コンジットはゾーンを結び、`via` とフローは機器を、対策の対象はゾーン・機器・コンジットを指します。' },
  'unknown-zone': { title: '未定義のゾーンにある機器', help: '機器の `zone` が `zones` で宣言されたゾーンを指していません。ゾーンを宣言するか ID を直してください。' },
  'self-conduit': { title: 'ゾーン自身を結ぶコンジット', help: 'コンジットは異なる 2 つのゾーン間の経路です。ゾーン内の通信にコンジットは要りません。' },
  'parent-cycle': { title: '自身の中に入れ子になったゾーン', help: 'ゾーンの `parent` をたどると同じゾーンに戻ります。入れ子は木構造でなければなりません。' },
  'unknown-measure': { title: '不明な対策 ID', help: '報告書の対策 ID (ID1-1 … ID18-1、表 5-10) にない ID です。' },
  'measure-target-kind': { title: '対策の対象の種類が違う', help: '対策 ID はそれぞれ報告書の表で 1 つの対象に適用されます: 機器の種類、ネットワーク (ゾーン種別)、または境界 (2 つのゾーン種別間のコンジット)。そのような要素に適用するか、この対象に対して報告書が示す ID を使ってください。' },
  'missing-reason': { title: '理由のない「適用外」', help: '`status: not-applicable` とした対策には `reason` に理由を書き、レビュー担当者が判断できるようにしてください。' },
  'ignored-property': { title: 'この機器では効果のないキー', help: '分析は `monitors` を IDS/IPS でのみ (対策 10)、`filtering` をスイッチ/ルータでのみ (対策 8 実装例①) 読みます。FW と IPS は種類によりフィルタリング装置です。このキーは無視され、示す対策は数えられません。機器の種類を変えるか、キーを削除してください。' },
  'duplicate-measure': { title: '対策の重複記載', help: '同じ対象に同じ対策 ID が 2 回記載されています。1 つにしてください。' },
  'internal-error': { title: '内部エラー', help: 'ファイルの検査中に SmartFab が失敗しました。ファイルを添えて報告してください。' },
  'model-mismatch': { title: '宣言した実装モデルと構成の不一致', help: '`models:` に挙げた実装モデルが構成に現れない (警告)、または構成に現れる実装モデルが挙げられていない (情報)。脅威は両方の和集合に従います。' },
  'model-7-no-threats': { title: '実装モデル 7 には報告書に脅威がない', help: '報告書は実装モデル 7 (ドローン、§2.9.4) の被害・脅威・対策を記載していません。クラウドから画像を取得するのみで、制御システムとの直接のやり取りが少ないためです。' },
  suppressed: { title: '適用外として抑止された脅威', help: 'この脅威の不足している対策がすべて理由付きで `not-applicable` とされています。レビューのため情報レベルで表示を残します。' },
  'dmz-bypassed': { title: 'DMZ の迂回', help: '2 つのゾーン間に DMZ (対策 9) が宣言または配置されていますが、DMZ を通らずに両者を結ぶ経路があり、DMZ が禁じる直接通信が可能なままです。迂回するコンジットを削除するか DMZ 経由にしてください。' },
  'filtering-without-device': { title: 'フィルタリング装置のないフィルタリング宣言', help: '対策 8 が実装済みとされたコンジットの `via` に FW、IPS、フィルタリング機能付きスイッチ/ルータがありません。装置を `via` に追加するか状態を直してください。' },
  'wan-unfiltered': { title: 'WAN からフィルタリングなしで制御NWに到達', help: 'WAN やインターネットのゾーンから、フィルタリング装置 (対策 8) のないコンジットだけで制御NWに到達します。経路上に FW を設置してください。' },
  'flow-without-conduit': { title: 'コンジットのないデータフロー', help: 'フローが結ぶ機器のゾーン間をつなぐコンジットの連なりがありません。実際の通信経路のコンジットを追加するか、フローを直してください。' },
  'conduit-unused': { title: 'どのフローも使わないコンジット', help: '宣言されたデータフローがこのコンジットを通りません (対策 6、通信内容の整理)。運ぶ通信を記載するか、コンジットを削除してください。' },
  'ips-availability': { title: '重要な制御NW上の IPS', help: 'IPS は悪性と判断した通信を遮断します。§2.3.8 は、短時間の停止が許容される場所に限って推奨しています。重要な制御NWでは IDS を選んでください。' },
  'wireless-lorawan': { title: 'LoRaWAN の指針 (§3.2.2)', help: '通信方向をセンサ → ゲートウェイに限定し、未登録機器をフィルタリングし、筐体を施錠し、管理者アカウントと脆弱性を管理し、LoRaWAN 機器を既存設備から DMZ で分離する。制御NWとの間に DMZ がない場合は警告。' },
  'wireless-local-5g': { title: 'ローカル5G の指針 (§3.2.3)', help: 'コアの認証 (SIM と IMEI) を使い、SIM カードを保護し、基地局とコアを堅牢化し、ローカル5G 機器を既存設備から DMZ で分離する。制御NWとの間に DMZ がない場合は警告。' },
  'general-measures': { title: '物理的対策と運用的対策 (§2.2)', help: 'どの実装モデルでも、スマート工場には物理的対策 (物理的アクセスの防止、検知・記録、抑止) と運用的対策 (セキュリティ体制、資産管理、攻撃の検知、ログ収集、対応、復旧訓練) が必要です。' },
};

const SCHEMA_JA: Readonly<Record<string, string>> = {
  required: '必須のプロパティがありません (ゾーンには `kind`、機器には `kind` と `zone`、コンジットには `between`、フローには `from` と `to`、対策には `measure` と `target`)。',
  additionalProperties: '形式にないプロパティです (綴りを確認してください)。独自のデータには `x-` 接頭辞を使ってください。',
  enum: '値は列挙された語のいずれかでなければなりません (ゾーン種別、機器種別、無線方式、状態)。',
  propertyNames: 'ID は英字か数字で始まり、英字・数字・`_`・`.`・`-` が続きます (64 文字以内)。',
  type: '値の型が違います (マッピングが必要な所にリストがあるなど)。',
  const: '形式のバージョンは `smartfab: 1` でなければなりません。',
  pattern: 'テキストが期待される形ではありません (対策 ID は ID8-1 または 8-1 と書きます)。',
};

/** Title and help of a code in `lang`, with its default severity. Unknown codes get a generic text. */
export function codeText(code: string, lang: Lang): CodeText & { severity: Severity } {
  const en = describeAnalysisCode(code) ?? describeCode(code);
  if (lang === 'en') return { title: en.title, help: en.help, severity: en.severity };
  const known = JA[code];
  if (known) return { ...known, severity: en.severity };
  if (code.startsWith('schema-')) {
    const kw = code.slice('schema-'.length);
    return { title: `スキーマ違反 (${kw})`, help: SCHEMA_JA[kw] ?? `値が形式の "${kw}" 規則に違反しています。docs/format.md を参照してください。`, severity: en.severity };
  }
  const th = code.startsWith('threat-') ? threatById(code.slice('threat-'.length)) : undefined;
  if (th) {
    const kind = th.kind === 'entry' ? '侵入口 (OR)' : '侵入経路 (侵入口と AND)';
    return {
      title: `${th.id} ${th.title.ja}`,
      help: `${th.description.ja}\n\n脅威 ${th.id}、実装モデル ${th.model}、${kind}、被害 ${th.damages.join('、')}。対策: ${th.measures.map((m) => `ID${m}`).join('、')} (${th.refs.join('、')})。`,
      severity: en.severity,
    };
  }
  return { title: code, help: `SmartFab の問題 ${code}。`, severity: en.severity };
}

/** Codes with Japanese docs written here (the l10n test checks every documented code has one). */
export const JA_DOCUMENTED_CODES: readonly string[] = Object.keys(JA);
export const JA_SCHEMA_KEYWORDS: readonly string[] = Object.keys(SCHEMA_JA);
