// Threats A1-L3: titles and descriptions from §2.x.6 (tables 5-10, table 17). Where a section says
// "same as model n [threat X]" the referenced text is used. Kind, damages and measures come from
// the table rows (tables.ts).
import type { ModelId, Text, ThreatKind } from './types';
import { t } from './text';

export interface ThreatText {
  readonly id: string;
  readonly model: ModelId;
  readonly title: Text;
  readonly description: Text;
  readonly refs: readonly string[];
}

const PHYSICAL_OR_SUPPLY = (ja: string, en: string): Text =>
  t(
    `悪意ある第三者が物理的にシステムの設置された敷地内に侵入し、${ja}に不正ログインする。あるいは、不正な侵入用プログラムが格納された外部媒体を接続して侵入を試みる。製造時点やソフトウェアのアップデートにより、バックドア等の不正なプログラムを埋め込まれたり、脆弱性を含む機能を悪用し侵入されたりするサプライチェーン攻撃の場合もある。`,
    `A malicious third party physically enters the premises where the system is installed and logs in to ${en} without authorization, or connects removable media carrying an intrusion program to try to get in. It may also be a supply-chain attack: a backdoor or other malicious program is embedded at manufacture or through a software update, or a vulnerable function is exploited to get in.`,
  );

const A1_DESC = PHYSICAL_OR_SUPPLY('IoT デバイス', 'an IoT device');
const A2_DESC = t(
  '不正な接続用装置を持ち込み IoT ネットワーク上にある IoT ゲートウェイに無線機能の脆弱性を悪用して不正接続を行い、IoT ネットワークに侵入する。',
  'An attacker brings in a rogue connecting device, exploits a vulnerability in the wireless function of an IoT gateway on the IoT network to connect without authorization, and enters the IoT network.',
);
const A3_DESC = t(
  '悪意ある第三者が物理的にシステムの設置された敷地内に侵入し、IoT ゲートウェイに不正ログインする。あるいは、不正な接続用装置を持ち込み IoT ネットワーク上にある IoT ゲートウェイに不正接続を行う。製造時点やソフトウェアのアップデートにより、IoT ゲートウェイに埋め込まれた不正なプログラムや脆弱性含む機能を悪用し侵入される場合もある。',
  'A malicious third party physically enters the premises and logs in to an IoT gateway without authorization, or brings in a rogue connecting device and connects to an IoT gateway on the IoT network. The intrusion may also exploit a malicious program embedded in the gateway at manufacture or through a software update, or a vulnerable function.',
);
const INFO_NW_TERMINAL = t(
  '他の端末やインターネットが接続されている情報ネットワークからのマルウェア感染や、内部関係者の過失による、不正な侵入用プログラムが格納された外部媒体を接続することにより侵入される。',
  'Intrusion through malware infection from the information network, to which other terminals and the internet are connected, or through an insider carelessly connecting removable media carrying an intrusion program.',
);
const B3_DESC = t(
  '情報ネットワークから制御ネットワーク(情報側)への侵入を試みる。情報ネットワークにビューワやデータ分析(1)等の制御ネットワーク(情報側)と通信を行う機器が増えることにより、脅威が増える。',
  'An attempt to intrude from the information network into the control network (information side). The threat grows as more devices that talk to the control network (information side), such as viewers and the data analysis server (1), are added to the information network.',
);
const VIA_INTERNET_OR_INTRANET = t(
  'インターネットもしくはイントラネット経由の不正侵入や、悪意のある第三者による不正な侵入用プログラムが格納された外部媒体を接続することにより侵入される。',
  'Intrusion through unauthorized access over the internet or the intranet, or by a malicious third party connecting removable media carrying an intrusion program.',
);
const OTHER_FACTORY = t(
  'WAN に接続された他の工場や拠点の装置が、マルウェア感染や、内部関係者の過失による、不正な侵入用プログラムが格納された外部媒体を接続することにより侵入される。',
  "Devices of another factory or site on the WAN are compromised through malware infection or an insider carelessly connecting removable media carrying an intrusion program, and the intrusion comes from there.",
);
const WAN_ENTRY = t(
  'WAN はインターネットの場合はオープンなネットワークであり、悪意のある第三者が容易に接続することが可能である。閉域網の場合は一般的に直接侵入ができないが、接続された他拠点に不正侵入し、WAN に侵入する。',
  'If the WAN is the internet, it is an open network that a malicious third party can easily connect to. A closed network generally cannot be entered directly, but an attacker can break into another site connected to it and enter the WAN from there.',
);
const VIA_WAN = t(
  'WAN 経由の不正侵入や、悪意のある第三者による不正な侵入用プログラムが格納された外部媒体を接続することにより侵入される。',
  'Intrusion through unauthorized access over the WAN, or by a malicious third party connecting removable media carrying an intrusion program.',
);
const FROM_WAN_TO = (ja: string, en: string): Text =>
  t(
    `WAN から${ja}への侵入を試みる。WAN がインターネットの場合はオープンなネットワークであるため、閉域網より脅威である。`,
    `An attempt to intrude from the WAN into ${en}. If the WAN is the internet, an open network, the threat is greater than with a closed network.`,
  );
const E4_DESC = t(
  '社外接続用遠隔操作用サーバから制御ネットワーク(情報側)への侵入を試みる。',
  'An attempt to intrude from the remote-operation server for external connection into the control network (information side).',
);
const INTERNET_ENTRY = t(
  'インターネットはオープンなネットワークであり、悪意のある第三者が容易に接続することが可能である。',
  'The internet is an open network that a malicious third party can easily connect to.',
);

const title = (ja: string, en: string): Text => t(ja, en);
const T_IOT_DEVICE = title('IoT デバイスからの侵入', 'Intrusion from an IoT device');
const T_WIRELESS = title('無線ネットワークからの侵入', 'Intrusion from the wireless network');
const T_IOT_GATEWAY = title('IoT ゲートウェイからの侵入', 'Intrusion from an IoT gateway');
const T_ANALYSIS2 = title('データ分析(2)からの侵入', 'Intrusion from the data analysis service (2)');
const T_INFO_TO_CTRL = title(
  '情報 NW から制御 NW(情報側)への侵入拡大',
  'Intrusion spreading from the information network to the control network (information side)',
);
const T_WAN = title('WAN からの侵入', 'Intrusion from the WAN');
const T_FACTORY_B = title('工場 B からの侵入', 'Intrusion from factory B (another factory)');
const T_INTERNET = title('インターネットからの侵入', 'Intrusion from the internet');
const T_INTO_RAS = title(
  '社外接続用遠隔操作用サーバへの侵入',
  'Intrusion into the remote-operation server for external connection',
);
const T_RAS_TO_CTRL = title(
  '社外接続用遠隔操作用サーバから制御 NW(情報側)への侵入拡大',
  'Intrusion spreading from the remote-operation server for external connection to the control network (information side)',
);

const m1 = ['table 5', '§2.3.6', 'table 17'];
const m2 = ['table 6', '§2.4.6', 'table 17'];
const m3 = ['table 7', '§2.5.6', 'table 17'];
const m4 = ['table 8', '§2.6.6', 'table 17'];
const m5 = ['table 9', '§2.7.6', 'table 17'];
const m6 = ['table 10', '§2.8.6', 'table 17'];

export const THREAT_TEXTS: readonly ThreatText[] = [
  { id: 'A1', model: 1, title: T_IOT_DEVICE, description: A1_DESC, refs: m1 },
  { id: 'A2', model: 1, title: T_WIRELESS, description: A2_DESC, refs: m1 },
  { id: 'A3', model: 1, title: T_IOT_GATEWAY, description: A3_DESC, refs: m1 },
  {
    id: 'A4',
    model: 1,
    title: t(
      'IoTNW から制御 NW(情報側)への侵入拡大',
      'Intrusion spreading from the IoT network to the control network (information side)',
    ),
    description: t(
      'IoT ネットワークから制御ネットワーク(情報側)への侵入を試みる。制御ネットワーク(情報側)と物理的に接続している IoT ネットワークに、IoT デバイスや IoT ゲートウェイ等の機器が増えることにより、脅威が増える。',
      'An attempt to intrude from the IoT network into the control network (information side). The threat grows as more IoT devices, IoT gateways and other equipment are added to the IoT network physically connected to the control network (information side).',
    ),
    refs: [...m1, '§2.3.8'],
  },
  { id: 'B1', model: 1, title: title('ビューワからの侵入', 'Intrusion from a viewer'), description: INFO_NW_TERMINAL, refs: m1 },
  {
    id: 'B2',
    model: 1,
    title: title('データ分析(1)からの侵入', 'Intrusion from the data analysis server (1)'),
    description: INFO_NW_TERMINAL,
    refs: m1,
  },
  { id: 'B3', model: 1, title: T_INFO_TO_CTRL, description: B3_DESC, refs: [...m1, '§2.3.8'] },
  { id: 'C1', model: 2, title: title('ビューワからの侵入', 'Intrusion from a viewer'), description: INFO_NW_TERMINAL, refs: [...m2, '§2.3.6'] },
  { id: 'C2', model: 2, title: T_ANALYSIS2, description: VIA_INTERNET_OR_INTRANET, refs: m2 },
  { id: 'C3', model: 2, title: T_INFO_TO_CTRL, description: B3_DESC, refs: [...m2, '§2.3.6'] },
  { id: 'D1', model: 2, title: T_IOT_DEVICE, description: A1_DESC, refs: [...m2, '§2.3.6'] },
  { id: 'D2', model: 2, title: T_WIRELESS, description: A2_DESC, refs: [...m2, '§2.3.6'] },
  { id: 'D3', model: 2, title: T_IOT_GATEWAY, description: A3_DESC, refs: [...m2, '§2.3.6'] },
  {
    id: 'D4',
    model: 2,
    title: T_WAN,
    description: t(
      'WAN はインターネットあるいはイントラネットの場合が考えられる。インターネットはオープンなネットワークであり、悪意のある第三者が容易に接続することが可能である。イントラネットは一般的に侵入が難しいが、接続された他拠点に不正侵入し、イントラネットに侵入する可能性を考慮しておく必要がある。',
      'The WAN may be the internet or an intranet. The internet is an open network that a malicious third party can easily connect to. An intranet is generally hard to enter, but the possibility of an attacker breaking into another connected site and entering the intranet from there must be considered.',
    ),
    refs: m2,
  },
  { id: 'D5', model: 2, title: T_FACTORY_B, description: OTHER_FACTORY, refs: m2 },
  {
    id: 'D6',
    model: 2,
    title: title('WAN からデータ分析(2)への侵入拡大', 'Intrusion spreading from the WAN to the data analysis service (2)'),
    description: t(
      'WAN からデータ分析(2)への侵入を試みる。インターネットはオープンなネットワークであるため、イントラネットより脅威である。',
      'An attempt to intrude from the WAN into the data analysis service (2). The internet, being an open network, is a greater threat than an intranet.',
    ),
    refs: [...m2, '§2.4.8'],
  },
  { id: 'D7', model: 2, title: T_ANALYSIS2, description: VIA_INTERNET_OR_INTRANET, refs: m2 },
  { id: 'E1', model: 3, title: T_WAN, description: WAN_ENTRY, refs: m3 },
  {
    id: 'E2',
    model: 3,
    title: title(
      'WAN から社外接続用遠隔操作用サーバへの侵入拡大',
      'Intrusion spreading from the WAN to the remote-operation server for external connection',
    ),
    description: FROM_WAN_TO('社外接続用遠隔操作用サーバ', 'the remote-operation server for external connection'),
    refs: m3,
  },
  { id: 'E3', model: 3, title: T_INTO_RAS, description: VIA_WAN, refs: m3 },
  { id: 'E4', model: 3, title: T_RAS_TO_CTRL, description: E4_DESC, refs: m3 },
  { id: 'F1', model: 3, title: T_IOT_DEVICE, description: A1_DESC, refs: [...m3, '§2.3.6'] },
  { id: 'F2', model: 3, title: T_WIRELESS, description: A2_DESC, refs: [...m3, '§2.3.6'] },
  { id: 'F3', model: 3, title: T_IOT_GATEWAY, description: A3_DESC, refs: [...m3, '§2.3.6'] },
  { id: 'G1', model: 3, title: T_WAN, description: WAN_ENTRY, refs: m3 },
  { id: 'G2', model: 3, title: T_FACTORY_B, description: OTHER_FACTORY, refs: [...m3, '§2.5.7'] },
  {
    id: 'G3',
    model: 3,
    title: title('WAN からデータ解析サーバへの侵入拡大', 'Intrusion spreading from the WAN to the data analysis server'),
    description: FROM_WAN_TO('データ解析サーバ', 'the data analysis server'),
    refs: m3,
  },
  { id: 'G4', model: 3, title: title('データ解析サーバからの侵入', 'Intrusion from the data analysis server'), description: VIA_WAN, refs: m3 },
  { id: 'H1', model: 3, title: T_WAN, description: WAN_ENTRY, refs: m3 },
  {
    id: 'H2',
    model: 3,
    title: title('WAN から監視・制御端末への侵入拡大', 'Intrusion spreading from the WAN to the monitoring/control terminal'),
    description: FROM_WAN_TO('監視・制御端末', 'the monitoring/control terminal'),
    refs: m3,
  },
  { id: 'H3', model: 3, title: title('監視・制御端末からの侵入', 'Intrusion from the monitoring/control terminal'), description: VIA_WAN, refs: m3 },
  { id: 'I1', model: 4, title: T_INTERNET, description: INTERNET_ENTRY, refs: m4 },
  {
    id: 'I2',
    model: 4,
    title: title(
      'インターネットから社外接続用遠隔操作用サーバへの侵入拡大',
      'Intrusion spreading from the internet to the remote-operation server for external connection',
    ),
    description: t(
      'インターネットから社外接続用遠隔操作用サーバへの侵入を試みる。インターネットはオープンなネットワークであるため、閉域網より脅威である。',
      'An attempt to intrude from the internet into the remote-operation server for external connection. The internet, being an open network, is a greater threat than a closed network.',
    ),
    refs: m4,
  },
  { id: 'I3', model: 4, title: T_INTO_RAS, description: VIA_WAN, refs: [...m4, '§2.5.6'] },
  { id: 'I4', model: 4, title: T_RAS_TO_CTRL, description: E4_DESC, refs: [...m4, '§2.5.6'] },
  { id: 'J1', model: 4, title: T_INTERNET, description: INTERNET_ENTRY, refs: m4 },
  {
    id: 'J2',
    model: 4,
    title: title('インターネットから制御・保守端末への侵入拡大', 'Intrusion spreading from the internet to the control/maintenance terminal'),
    description: t(
      'インターネットから監視・制御端末への侵入を試みる。インターネットはオープンなネットワークであるため、閉域網より脅威である。',
      "An attempt to intrude from the internet into the control/maintenance terminal (the report's text says 'monitoring/control terminal'). The internet, being an open network, is a greater threat than a closed network.",
    ),
    refs: m4,
  },
  {
    id: 'J3',
    model: 4,
    title: title('制御・保守端末からの侵入', 'Intrusion from the control/maintenance terminal'),
    description: t(
      'インターネット経由による端末への不正侵入や、悪意のある第三者によるリモートアクセスによる接続あるいは不正な侵入用プログラムが格納された外部媒体を端末に接続することなどにより侵入される。（なお、遠隔地のリモート接続にはインターネットを構築できない地域も含まれる場合があると考えられるが、本モデルではその部分については割愛した。）',
      'Intrusion through unauthorized access to the terminal over the internet, a remote-access connection by a malicious third party, or removable media carrying an intrusion program connected to the terminal. (Remote connections may include regions where no internet connection can be built; this model leaves them out.)',
    ),
    refs: m4,
  },
  { id: 'K1', model: 5, title: T_INTERNET, description: INTERNET_ENTRY, refs: [...m5, '§2.6.6'] },
  {
    id: 'K2',
    model: 5,
    title: title('インターネットからパッチ配布サーバへの侵入拡大', 'Intrusion spreading from the internet to the patch distribution server'),
    description: t(
      'インターネットから監視・制御端末への侵入を試みる。インターネットはオープンなネットワークであるため脅威である。',
      "An attempt to intrude from the internet into the patch distribution server (the report's text says 'monitoring/control terminal'). The internet, being an open network, is a threat.",
    ),
    refs: m5,
  },
  {
    id: 'K3',
    model: 5,
    title: title('パッチ配布サーバからの侵入', 'Intrusion from the patch distribution server'),
    description: t(
      'インターネット経由の不正侵入や、悪意のある第三者による不正な侵入用プログラムが格納された外部媒体を接続することにより侵入される。',
      'Intrusion through unauthorized access over the internet, or by a malicious third party connecting removable media carrying an intrusion program.',
    ),
    refs: m5,
  },
  {
    id: 'L1',
    model: 6,
    title: title('保守用 PC(2)からの侵入', 'Intrusion from the maintenance PC (2)'),
    description: PHYSICAL_OR_SUPPLY('保守用 PC(2)', 'the maintenance PC (2)'),
    refs: m6,
  },
  {
    id: 'L2',
    model: 6,
    title: T_WIRELESS,
    description: t(
      '不正な接続用装置を持ち込み IoT ネットワーク上にある無線 AP に無線機能の脆弱性の悪用やパスワードの不正使用により不正接続を行い、IoT ネットワークに侵入する。',
      'An attacker brings in a rogue connecting device, connects without authorization to a wireless access point on the IoT network by exploiting a vulnerability of its wireless function or misusing a password, and enters the IoT network.',
    ),
    refs: m6,
  },
  {
    id: 'L3',
    model: 6,
    title: title('ロボット用サーバからの侵入', 'Intrusion from the robot server'),
    description: PHYSICAL_OR_SUPPLY('ロボット用サーバ', 'the robot server'),
    refs: m6,
  },
];

/** Footnote ※2 of tables 5-10. */
export const THREAT_KINDS: Readonly<Record<ThreatKind, Text>> = {
  entry: t(
    '侵入口については複数考えられるが、いずれかの脅威により被害になる可能性がある（OR 条件）。',
    'Entry point (侵入口): there may be several; any one of them can lead to the damage (OR).',
  ),
  path: t(
    '侵入経路の脅威は侵入口の脅威と合わさることで被害になる可能性がある（AND 条件）。',
    'Intrusion path (侵入経路): leads to the damage together with an entry-point threat (AND).',
  ),
};
