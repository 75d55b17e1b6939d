// Implementation examples: §2.3.8 (measures 8 ①②, 9, 10 ①② on the IoT network / control network
// boundary, threat A4, and the same on B3) with the conditions under which each applies, and §2.4.8
// (measure 13 for the data analysis service of model 2).
import type { ImplementationExample } from './types';
import { t } from './text';

const FW_BY_DEFAULT = t(
  'IoT デバイスの台数が少数で通信の種類が明確かつ侵入リスクが低いと考えられる場合を除き、基本的には FW を用いて IoT ネットワークと制御ネットワーク間を隔離することが望ましい。',
  'Unless the IoT devices are few, their kinds of communication clear and the intrusion risk low, the IoT network should basically be isolated from the control network with a firewall.',
);
const DMZ_FOR_CRITICAL = t(
  'そのうえで更に制御ネットワークが重要なシステムを扱う場合、対策 9 に示す DMZ を設置することで IoT ネットワークと制御ネットワークとの間の直接通信を禁止し、より厳重な分離を行うことが求められる。',
  'Where the control network also handles critical systems, a DMZ (measure 9) is required, forbidding direct communication between the IoT network and the control network for stricter separation.',
);
const IDS_FOR_MANY = t(
  'IoT デバイスの台数が特に多く、全体の挙動の把握が困難である場合などは、対策 10 に示すような IDS や IPS などの侵入検知装置による監視の支援を行うことを推奨する。',
  'Where IoT devices are especially numerous and their overall behaviour is hard to grasp, monitoring supported by an intrusion detection device such as an IDS or IPS (measure 10) is recommended.',
);
const IPS_WHEN_ALLOWED = t(
  '一般的に、可用性を重視する制御システムにおいては、通信の遮断を伴う IPS の利用を避けて IDS が導入されることが多い。ただし、本モデルのように、既存の制御システムにスマート工場化機能を後付けで付与するケースにおいては、短時間の通信遮断は運用上許容される場合も考えられる。このような場合は、IPS を導入することにより、万が一被害が発生した場合の範囲を最小限にとどめることが可能となる。IDS や IPS では、誤検知に留意する必要がある。導入前にあらかじめ十分な学習期間やテスト期間を設けることが必要になる。',
  'Control systems that put availability first usually avoid IPSs, which cut traffic, and use IDSs. But where smart-factory functions are added afterwards to an existing control system, as in this model, a short interruption may be acceptable; an IPS then keeps the extent of any damage to a minimum. With both, beware of false detections: allow enough learning and test time before going live.',
);
const IDS_PLACEMENT = t(
  'なお、IDS の設置個所であるが制御システムから見た場合、FW の制御ネットワーク側に置くと FW でフィルタリングされた後の情報ネットワークからの通信パケットを分析することができ、FW の情報ネットワーク側に置いた場合はフィルタリング前の通信パケットの分析ができる。情報ネットワークから制御ネットワークへの不正なパケットを警戒する場合と、制御ネットワークから情報ネットワークへの不正なパケットを警戒する場合のどちらを優先するか、あるいは設置個所によってどちらが分析量として多くなるかなど運用側の負担も考慮して監視ポイントについては決定すべきである。',
  "On where to place the IDS, seen from the control system: on the control-network side of the firewall it analyses packets from the information network after filtering; on the information-network side, before filtering. Choose the monitoring point by which direction of illegitimate packets matters more, and by the operators' load, e.g. which placement yields more to analyse.",
);

export const IMPLEMENTATION_EXAMPLES: readonly ImplementationExample[] = [
  {
    id: '8-①',
    measureKind: 8,
    condition: t('既存のスイッチにてフィルタリングの機能がある場合', 'The existing switch has a filtering function'),
    description: t(
      'スイッチにフィルタリングの設定を行い、IoT ネットワークから制御ネットワーク(情報側)への通信は必要な通信だけを通すようにアクセス制御する。',
      'Configure filtering on the switch so that access control lets only the necessary traffic pass from the IoT network to the control network (information side).',
    ),
    ref: '§2.3.8',
    notes: [FW_BY_DEFAULT],
  },
  {
    id: '8-②',
    measureKind: 8,
    condition: t('IoT ネットワークと制御ネットワーク(情報側)の間に FW が無い場合', 'There is no firewall between the IoT network and the control network (information side)'),
    description: t(
      'IoT ネットワークと制御ネットワーク(情報側)の間に FW を設置し、FW にフィルタリングの設定を行い、IoT ネットワークから制御ネットワーク(情報側)への通信は必要な通信だけを通すようにアクセス制御する。',
      'Install a firewall between the IoT network and the control network (information side) and configure filtering on it so that only the necessary traffic passes from the IoT network to the control network (information side).',
    ),
    ref: '§2.3.8',
    notes: [FW_BY_DEFAULT],
  },
  {
    id: '9',
    measureKind: 9,
    condition: t('重要なシステムと連携する場合', 'The plant links with critical systems'),
    description: t(
      '上記 FW に DMZ を設置し、中継サーバ等を設置することで、外部ネットワークからの通信を制御ネットワークから分離する。',
      'Set up a DMZ on the firewall above and place relay servers or the like in it, separating traffic from the external network from the control network.',
    ),
    ref: '§2.3.8',
    notes: [DMZ_FOR_CRITICAL],
  },
  {
    id: '10-①',
    measureKind: 10,
    condition: t('検知した不正な通信を遮断が許されない場合', 'Blocking detected illegitimate traffic is not allowed'),
    description: t(
      'IoT ネットワークに IDS を設置し、ネットワーク上の通信パケットを収集・解析し、不正な通信の検知を行う。',
      'Install an IDS on the IoT network that collects and analyses packets and detects illegitimate traffic.',
    ),
    ref: '§2.3.8',
    notes: [IDS_FOR_MANY, IDS_PLACEMENT],
  },
  {
    id: '10-②',
    measureKind: 10,
    condition: t('検知した不正な通信を遮断が許される場合', 'Blocking detected illegitimate traffic is allowed'),
    description: t(
      'IoT ネットワークに IDS を設置し、ネットワーク上の通信パケットを収集・解析し、不正な通信の検知及び遮断を行う。',
      'Install an intrusion prevention device (IPS) on the IoT network that collects and analyses packets and detects and blocks illegitimate traffic (the report writes "IDS" here; fig. 6 shows an IPS).',
    ),
    ref: '§2.3.8',
    notes: [IDS_FOR_MANY, IPS_WHEN_ALLOWED],
  },
  {
    id: '13',
    measureKind: 13,
    condition: t(
      '外部サービスを使用したデータ分析(2)の調達時',
      'Procuring the data analysis service (2) as an external service (damage 5, threat D6)',
    ),
    description: t(
      'データ分析(2)のサービスを提供する事業者が必要なセキュリティ対策を実施しているか。特に、自社のセキュリティポリシーに合致した対策が実施されているかという観点で確認を取ることが望ましい。\nデータ分析(2)のサービス品質保証（SLA）が示すサービスの稼働率、障害発生頻度、障害時の回復目標時間などの内容が想定する利用目的と合致するかという観点で確認を取ることが望ましい。',
      "Check whether the provider of the data analysis service (2) takes the security measures needed, in particular whether they match one's own security policy.\nCheck whether the availability, failure frequency, recovery time objective and the like in the service's SLA match the intended use.",
    ),
    ref: '§2.4.8',
  },
];
