// Measure kinds 1-18: description from the section that introduces each (§2.3.7 for 1-10, §2.4.7
// for 11-15, §2.5.7 for 16, §2.8.7 for 17-18), table 18's shorter wording as summary where it
// differs, the notes later model sections add, the references cited and the models of table 18.
// Kinds 11-18 are in measure-kinds-later.ts to keep files small.
import type { MeasureKind } from './types';
import { t } from './text';
import { GUIDE, type MeasureKindDef as Def } from './measure-kind-def';
import { LATER_DEFS } from './measure-kinds-later';

const DEFS: readonly Def[] = [
  {
    id: 1,
    title: t('不正侵入の防止', 'Prevention of unauthorized intrusion'),
    description: t(
      '操作者へのなりすましによる脅威を防止するために、操作者が本物であるか否か、正当性を確認する。特に、認証に成功した操作者に重要な権限（例：システム全体の停止）が与えられる場合、重要操作の権限分離による運用や複数の認証要素を組み合わせた多要素認証技術を採用することが望ましい。また、脆弱性を悪用した攻撃を防止するために、適切なセキュリティ設定の実施、不要機能の無効化、パッチ適用などの対策を事前に実施しておくことが望ましい。',
      'To prevent threats from impersonating an operator, verify that the operator is genuine. In particular, where an authenticated operator gets critical privileges (e.g. stopping the whole system), separate the privileges of critical operations and use multi-factor authentication. To prevent attacks exploiting vulnerabilities, apply proper security settings, disable unneeded functions and apply patches in advance.',
    ),
    models: [1, 2, 3, 4, 5, 6],
    references: [GUIDE('操作者認証」「パッチ適用', 'Operator authentication", "Patch application')],
    summary: t(
      '操作者へのなりすましによる脅威を防止するために、操作者が本物であるか否か、正当性を確認する。特に、認証に成功した操作者に重要な権限（例：システム全体の停止）が与えられる場合、複数の認証要素を組み合わせた多要素認証技術を採用することが望ましい。また、脆弱性を悪用した攻撃を防止するために、パッチを可能な限り速やかに適用し、脆弱性を解消する。',
      'Verify that operators are genuine; use multi-factor authentication where they get critical privileges; apply patches as soon as possible to remove vulnerabilities.',
    ),
  },
  {
    id: 2,
    title: t('外部媒体の利用防止', 'Prevention of removable-media use'),
    description: t(
      '外部から持ち込まれたウイルスによる感染や機密情報の外部への持ち出しを防止するために、セキュリティ管理がされている以外の許可されていないデバイス（USB 機器 / Blu-ray / DVD / CD の媒体等）の接続・利用（機器への接続、ネットワークへの接続、データの読み書き等）を禁止する。',
      'To prevent infection by viruses brought in from outside and the taking out of confidential information, forbid connecting and using (to equipment or the network, reading or writing data) any unauthorized device other than security-managed ones (USB devices, Blu-ray/DVD/CD media and the like).',
    ),
    models: [1, 2, 3, 4, 5, 6],
    references: [GUIDE('デバイス接続・利用制限', 'Restricting device connection and use')],
    summary: t(
      '外部から持ち込まれたウイルスによる感染や機密情報の外部への持ち出しを防止するために、管理されている以外の許可されていないデバイス（USB 機器・Blu-ray/DVD/CD の媒体等）の接続・利用（機器への接続、ネットワークへの接続、データの読み書き等）を禁止する。',
      'Forbid connecting and using unmanaged, unauthorized devices (USB devices, Blu-ray/DVD/CD media and the like).',
    ),
  },
  {
    id: 3,
    title: t('外部調達時の確認', 'Verification at procurement'),
    description: t(
      '製品の外部調達においては、制御システム向けのセキュリティ規格 IEC 62443 などを参考にセキュリティ要件をベンダーに対して提示し、導入する製品が要求した水準に適合することを確認す。可能であるならば、製品がセキュア開発の過程で設計通りのセキュリティ機能を有していることを確認したエビデンス等をベンダーから入手できるとなお望ましい。設計データや品質データを入手しても必ずしもユーザ自身で管理ができるわけではないが、少なくともそれらがセキュリティ管理されていることを確認するためのサプライチェーン及びベンダーのセキュリティ管理が実施されているかを IEC62443-2-4 などの要求事項を参考にするなどして、不正な埋め込みや品質上の問題がないことの確認を行う。',
      'When procuring products, present security requirements to the vendor, based on standards for control systems such as IEC 62443, and confirm that the products meet the required level. If possible, obtain evidence from the vendor that the product has the designed security functions through secure development. Users cannot always manage design or quality data themselves, but at least confirm, for example against the requirements of IEC 62443-2-4, that supply-chain and vendor security management is in place, so that there is no malicious embedding and no quality problem.',
    ),
    models: [1, 2, 3, 4, 6],
    references: [
      t('IoT セキュリティガイドライン、「内包リスクへの対策」の説明', 'IoT Security Guidelines: "Measures against inherent risks"'),
      t('IEC 62443', 'IEC 62443'),
      t('IEC62443-2-4', 'IEC 62443-2-4'),
    ],
    summary: t(
      '製品の外部調達においては、セキュリティ要件を提示し、導入する製品が要求した水準に適合することを確認するよう留意する。',
      'When procuring products, present security requirements and confirm the products meet the required level.',
    ),
  },
  {
    id: 4,
    title: t('無線機能への不正接続防止', 'Prevention of unauthorized wireless connection'),
    description: t(
      '無線ネットワークからの不正接続を防止するために、認証方式、暗号化方式により接続された端末の正当性を確認する。特に制御システムは稼働期間が長い場合が多いため、認証方式、暗号化方式は導入時期から時間が経過するにつれて危殆化される可能性が高まる。そのため、定期的に最新の情報を参照し、強固なプロトコルへの変更や製品への切り替えを検討するプロセスがあることが望ましい。\nただし上記の検討プロセスの定期的な周期が数年に及ぶ場合や、最新のプロトコルや製品への置き換えが難しい場合には、不要な機能の無効化、可能であれば不要な機器の接続拒否やステルス設定を含めてアクセスポイントのハードニングを行うことを推奨する。\n無線ネットワークは有線ネットワークと比較すると侵入されるリスクが高いと言え、上記の対策だけでなく、万が一無線ネットワーク経由で不正接続された場合でも大きな被害が発生しないよう、無線ネットワークの接続ポイントを検討するとともに、ファイアウォールや DMZ などでネットワークを隔離し、インシデントに備えた監視をしておくことも重要である。',
      'To prevent unauthorized connection from the wireless network, verify connected terminals through authentication and encryption. Control systems often run for a long time, so the authentication and encryption schemes become more likely to be compromised as time passes; there should be a process that regularly checks current information and considers moving to stronger protocols or products.\nWhere that review cycle spans years, or replacing protocols or products is hard, harden the access points: disable unneeded functions and, if possible, refuse unneeded devices and use stealth settings.\nWireless networks are at greater risk of intrusion than wired ones; besides the above, choose the wireless connection points so that an unauthorized connection does no great harm, isolate the network with firewalls or a DMZ, and monitor in preparation for incidents.',
    ),
    models: [1, 2, 3, 4, 6],
    summary: t(
      '無線ネットワークからの不正接続を防止するために、認証方式、暗号化方式により接続された端末の正当性を確認する。認証方式、暗号化方式については最新の情報を参照し、強固なものを採用する。不要な機能の無効化、可能であれば不要な機器の接続拒否の設定を行う。',
      'Verify wireless terminals through strong, current authentication and encryption; disable unneeded functions and, if possible, refuse unneeded devices.',
    ),
  },
  {
    id: 5,
    title: t('業務の整理', 'Inventory of operations'),
    description: t(
      '通信内容の整理を行うために、対象のネットワーク及びそこに接続された資産で実施されている業務の整理を行う。整理した結果により、対策 6 の通信内容の整理に活用する。',
      'To prepare the inventory of communications, list the operations carried out on the target networks and the assets connected to them. The result feeds the inventory of communications (measure 6).',
    ),
    models: [1, 2],
    notes: [
      {
        ref: '§2.3.8',
        text: t(
          'IoT ネットワーク、制御ネットワーク(情報側)にある装置でどのような業務が行われているかを整理する。',
          'List which operations the equipment on the IoT network and the control network (information side) performs.',
        ),
      },
    ],
  },
  {
    id: 6,
    title: t('通信内容の整理', 'Inventory of communications'),
    description: t(
      '正常な通信と不正な通信を区別するために、対象のネットワークを通過する通信の整理を行う。整理した結果により、対策 7～10 のネットワークやセキュリティ機器の設定に反映する。',
      'To tell normal from illegitimate traffic, list the communications that cross the target networks. The result is reflected in the network and security-device settings of measures 7-10.',
    ),
    models: [1, 2],
    notes: [
      {
        ref: '§2.3.8',
        text: t(
          'IoT ネットワーク、制御ネットワーク(情報側)間でどのような通信が行われているかを整理する。',
          'List which communications take place between the IoT network and the control network (information side).',
        ),
      },
    ],
  },
  {
    id: 7,
    title: t('ネットワークセグメント分割', 'Network segmentation'),
    description: t(
      '外部ネットワークから内部ネットワークへの侵入や内部ネットワークにおける侵攻拡散を防止するために、ネットワークを複数のセグメントに分割して運用する。特に、内部のネットワークアドレスが類推できないように、外部とは別のネットワークアドレス体系を割り当てる。',
      'To prevent intrusion from external into internal networks and the spread of an attack inside them, operate the network split into several segments. In particular, assign an address scheme different from the outside so that internal addresses cannot be guessed.',
    ),
    models: [1, 2],
    references: [GUIDE('セグメント分割／ゾーニング', 'Segmentation / zoning')],
    notes: [
      {
        ref: '§2.3.8',
        text: t(
          '制御ネットワーク(情報側)のネットワークアドレスが類推できないように、IoT ネットワークには制御ネットワーク(情報側)とは別のネットワークアドレス体系を割り当てる。',
          'Assign the IoT network an address scheme different from the control network (information side), so that the latter cannot be guessed.',
        ),
      },
    ],
  },
  {
    id: 8,
    title: t('フィルタリング装置の設置', 'Installation of a filtering device'),
    description: t(
      '不正通信を遮断するために、送信元及び宛先の IP アドレス（ネットワーク層）・ポート番号（トランスポート層）を確認して、アクセスコントロールの設定により通信を制限する。適切な通信のみ通過させるフィルタリング対策を行う。FW の設定に関しては IPA 分析ガイド付録 B.4 のファイアウォール設定チェックリストを参照することを推奨する。また、変更時のクロスチェックを徹底する。',
      'To block illegitimate traffic, check source and destination IP addresses (network layer) and port numbers (transport layer) and restrict communication with access-control settings, letting only proper traffic through. For firewall settings, the firewall checklist of appendix B.4 of the IPA analysis guide is recommended; cross-check every change.',
    ),
    models: [1, 2, 3, 4, 5],
    references: [
      GUIDE('FW（パケットフィルタリング型）', 'Firewall (packet filtering)'),
      t('IPA 分析ガイド付録 B.4 のファイアウォール設定チェックリスト', 'IPA analysis guide, appendix B.4: firewall settings checklist'),
    ],
    notes: [
      {
        ref: '§2.3.7',
        text: t(
          '運用上支障が無い箇所においては、通常は通信回線を電気的に遮断しておき、通信が必要な際に電話などで管理者に連絡して通信回線に通電させるという方法をとることが可能な場合もある。リモート回線などで、常用はしないが侵入リスクが高い場合には有効である。',
          'Where operations allow, the line can be kept electrically disconnected and powered only when communication is needed, after calling the administrator. This suits lines such as remote lines that are rarely used but carry a high intrusion risk.',
        ),
      },
    ],
  },
  {
    id: 9,
    title: t('DMZ の配置', 'Placement of a DMZ'),
    description: t(
      '外部ネットワークから内部ネットワークへの侵入や内部ネットワークにおける侵攻拡散を防止するために、ネットワークを複数のセグメントに分割して運用する。特に、外部ネットワークと制御ネットワークとの間に、公開サーバ等を設置するために設けたセグメントを（DMZ）を配置し、外部ネットワークからの通信を制御ネットワークから分離する。',
      'To prevent intrusion from external into internal networks and the spread of an attack inside them, operate the network split into segments; in particular, place a segment for public and relay servers (a DMZ) between the external network and the control network, separating traffic from the external network from the control network.',
    ),
    models: [1, 2],
    references: [GUIDE('セグメント分割／ゾーニング', 'Segmentation / zoning')],
  },
  {
    id: 10,
    title: t('侵入検知装置の設置', 'Installation of an intrusion detection device'),
    description: t(
      '不正アクセスを検知するために、ネットワーク上の通信パケットを収集・解析し、不正な通信の検知を行う（「ネットワーク型 IDS」）。情報ネットワークのように通信量が多い場所や、制御システムと比較して一定の動作が予見できないために正常な通信パターンを把握できない場所に設置する場合や、制御システムの正規の通信が False Positive として検知される可能性があるため、IDS の設置個所についてはベンダーとよく相談するなど注意が必要である。なお、運用上遮断が許される場合は、不正な通信を検出した際にネットワークを遮断する装置の導入も検討するとよい(ネットワーク型 IPS)。また、ベンダーの推奨する IDS/IPS があるか、あるいは性能上の問題などが無いのであれば、監視対象上の入出力データや内部の変化を監視し、不正な通信の検知及び遮断を行うことも有効である（「ホスト型 IDS/IPS」）。特に制御ネットワークに関わる箇所に設置を検討する場合は、制御システムベンダーへの確認は必須である。',
      "To detect unauthorized access, collect and analyse packets on the network and detect illegitimate traffic (network IDS). Placing it where traffic is heavy, as on an information network, or where normal patterns cannot be learnt because behaviour is less predictable than in a control system, and the risk that legitimate control traffic is flagged as a false positive, call for care: agree the IDS location with the vendor. Where blocking is operationally allowed, consider a device that cuts the network on detecting illegitimate traffic (network IPS). If the vendor recommends an IDS/IPS, or there is no performance concern, monitoring the monitored host's input/output data and internal changes to detect and block illegitimate traffic (host IDS/IPS) is also effective. Confirming with the control-system vendor is mandatory before placing one where the control network is involved.",
    ),
    models: [1, 2],
    references: [GUIDE('IPS/IDS', 'IPS/IDS')],
    summary: t(
      '不正アクセスを検知するために、ネットワーク上の通信パケットを収集・解析し、不正な通信の検知を行う（「ネットワーク型 IDS」）。通信量が多い場所や正常な通信パターンを把握できない場所に設置する場合、False Positiveの誤検知が多く発生する可能性があるため注意する。',
      'Collect and analyse packets to detect illegitimate traffic (network IDS); beware of many false positives where traffic is heavy or normal patterns are unknown.',
    ),
  },
  ...LATER_DEFS,
];

export const MEASURE_KINDS: readonly MeasureKind[] = DEFS.map((d) => {
  const kind: MeasureKind = {
    id: d.id,
    title: d.title,
    description: d.description,
    notes: d.notes ?? [],
    references: d.references ?? [],
    models: d.models,
  };
  return d.summary ? { ...kind, summary: d.summary } : kind;
});

