// Measure kinds 11-18: introduced in §2.4.7 (11-15), §2.5.7 (16) and §2.8.7 (17, 18), with the
// additions of §2.5.7 (supervisor approval), §2.6.7 (remote connection, vendor SLA) and §3.2.1.
import { t } from './text';
import { GUIDE, type MeasureKindDef } from './measure-kind-def';

export const LATER_DEFS: readonly MeasureKindDef[] = [
  {
    id: 11,
    title: t('閉域網、VPN の使用', 'Use of a closed network or VPN'),
    description: t(
      'インターネットからの侵入や、通信路上の盗聴・改ざんによる被害を最小化するために、電気通信事業者が提供する特定の顧客専用に設置された回線を利用する。また、暗号技術を用いてルータ等のネットワーク機器間でデータを暗号化し、仮に通信路上のデータ漏えいが発生しても、「無価値化する（攻撃者にとって無意味なものとする）」。',
      'To minimize damage from intrusion from the internet and from eavesdropping or tampering on the line, use a line a carrier provides dedicated to the customer. Also encrypt data between routers and other network equipment, so that data leaked on the line is "made worthless" (meaningless to the attacker).',
    ),
    models: [2, 3, 4, 5],
    references: [GUIDE('専用線」、「通信路暗号化', 'Dedicated lines", "Channel encryption')],
    notes: [
      {
        ref: '§2.6.7',
        text: t(
          'リモート接続は工場側からのアクセス許可によってのみ成立する仕組みの構築などが有効である。',
          'It is effective to build a mechanism by which a remote connection can only be established with access permission given from the factory side.',
        ),
      },
      {
        ref: '§3.2.1',
        text: t(
          'なお、InternetVPN 利用の場合は、機器の脆弱性への対応や設定上の不備がない事の確認等が必要である。',
          'When an internet VPN is used, the equipment’s vulnerabilities must be dealt with and its settings checked for flaws.',
        ),
      },
    ],
  },
  {
    id: 12,
    title: t('セキュリティガバナンス', 'Security governance'),
    description: t(
      '他の工場のセキュリティ対策が不十分である場合、その工場から侵入される恐れがある。企業グループにおいては、工場間を接続する場合に求められるセキュリティ要件(必要なシステム的対策だけでなく、非常時の工場間通信の切断などの運用的対策も含む)を定め、各工場でセキュリティ要件が満たされていることを確実とするための横断的な情報セキュリティガバナンスを確立する。',
      'If another factory’s security is insufficient, intrusion may come from it. A corporate group should define the security requirements for connecting factories (not only the system measures needed but also operational ones, such as cutting inter-factory communication in an emergency) and establish cross-organizational information security governance that makes sure every factory meets them.',
    ),
    models: [2, 3, 4],
    summary: t(
      '他の工場のセキュリティ対策が不十分である場合、その工場から侵入される恐れがある。自工場のセキュリティ対策だけでは不十分であるため、企業グループにおいては、横断的な情報セキュリティガバナンスを確立する。',
      'Intrusion may come from a less secure factory; a corporate group should establish cross-organizational information security governance.',
    ),
  },
  {
    id: 13,
    title: t('外部サービス調達時の確認', 'Verification at external-service procurement'),
    description: t(
      '外部サービスはその提供形態により利用者側が行える対策が限られている。そのため、外部サービス調達時に、サービスに付帯するセキュリティ対策、サービスの品質保証を確認する。',
      'With external services, what the user can do is limited by how the service is provided. So when procuring one, check the security measures that come with it and its quality assurance.',
    ),
    models: [2, 3, 4, 5],
    references: [t('クラウドサービス安全利用の手引き', 'Guide to the safe use of cloud services')],
    notes: [
      {
        ref: '§2.6.7',
        text: t(
          '監査を含むベンダー側のセキュリティ管理の把握や、ベンダー側の内部ネットワークから分離独立した当該契約ユーザ専用の保守端末によるサービス契約（SLA）の確保などが有効である。',
          "It is effective to understand the vendor's security management, audits included, and to secure a service agreement (SLA) with a maintenance terminal dedicated to the contracting user and separated from the vendor's internal network.",
        ),
      },
    ],
    summary: t(
      '外部サービスはその提供形態により利用者側が行える対策が限られている。そのため、外部サービス調達時に、サービス事業者の信頼性、サービスの品質保証、サービスに付帯するセキュリティ対策を確認する。',
      "When procuring an external service, check the provider's reliability, the service's quality assurance and the security measures that come with it.",
    ),
  },
  {
    id: 14,
    title: t('権限管理', 'Privilege management'),
    description: t(
      '不正行為、主に不正アクセス（例：無許可の重要コマンド発行や重要データ読み書き）を防止するために、ユーザの権限及び関連する属性を適切に管理する。ここでは、権限管理に従って、ユーザに権限（例：アクセス権）を与える「認可」を含むこととする。最低限必要なユーザに対して、必要最小限の権限を与える。',
      'To prevent misconduct, mainly unauthorized access (e.g. issuing critical commands or reading/writing critical data without permission), manage user privileges and related attributes properly. This includes "authorization": granting users privileges (e.g. access rights) according to the privilege management. Give only the users who need them the least privileges needed.',
    ),
    models: [2, 3, 4, 5],
    references: [GUIDE('権限管理', 'Privilege management')],
    notes: [
      {
        ref: '§2.5.7',
        text: t(
          'ただし、[脅威 G2]工場 B からの侵入の対策追加として、監視制御端末から、制御設備へ制御アクセスする際にスーパーバイザ（システム運用上の上位管理者）の許可取得を必須とする運用も有効である（常時は監視のみの運用として必要時のみスーパーバイザの許可でアクセスを可能とする）。',
          'As an additional measure against [threat G2] intrusion from factory B, requiring a supervisor’s (the senior operations manager’s) approval before the monitoring/control terminal makes control access to plant equipment is also effective (monitoring only in normal operation; control access only when needed, with the supervisor’s approval).',
        ),
      },
    ],
  },
  {
    id: 15,
    title: t('アクセス制御', 'Access control'),
    description: t(
      '不正アクセス（例：無許可の重要コマンド発行や重要データ読み書き）を防止するために、権限管理の中で実施した認可に基づいて、アクセス（読み／書き／実行）の許可または拒否を行う。',
      'To prevent unauthorized access (e.g. issuing critical commands or reading/writing critical data without permission), allow or deny access (read/write/execute) based on the authorization given under privilege management.',
    ),
    models: [2, 3, 4, 5],
    references: [GUIDE('アクセス制御', 'Access control')],
  },
  {
    id: 16,
    title: t('システム間の分離', 'Separation between systems'),
    description: t(
      '多数のシステムが WAN 上にある共通のサーバを利用する場合、サーバが踏み台にされ、あるシステムから別のシステムへの侵入に悪用されてしまうことが想定される。このような事態を防止する対策として、サーバ自体をシステムごとに用意するか、各システムが使用するネットワークのセグメント分割を行うことが考えられる。どちらの方法を利用するかは、システム間をどの程度分離すべきかや、対象となるシステムの総数に依存する。なお、前者の対策については、サーバがクラウド上に配置されている場合にはマルチテナントとして実装することが可能である。\nまた、データ解析サーバを提供するサービスの接続環境の分離も有効である。各工場からのデータ解析サーバへの各接続環境は基本的に分離を原則とする。分離の手法であるが、各工場からデータ解析サーバへの侵入リスクが少しでもある場合は、データ解析サーバ内のアクセスインターフェースと解析ロジックを契約工場毎にセグメント分割することが望ましい。',
      'When many systems use a common server on the WAN, the server may be used as a stepping stone from one system into another. To prevent this, provide a server per system or segment the network each system uses; which depends on how strongly the systems must be separated and how many there are. The former can be implemented as multi-tenancy when the server is in the cloud.\nSeparating the connection environments of the data analysis service is also effective: in principle each factory’s connection to the data analysis server is kept separate, and if there is any risk of intrusion from a factory into the server, the server’s access interface and analysis logic should be segmented per contracting factory.',
    ),
    models: [3],
    summary: t(
      '多数のシステムが WAN 上にある共通サーバを踏み台にされる防止対策として、サーバをシステムごとに用意するか、各システムが使用するネットワークのセグメント分割を行う。共通サーバを提供するサービスの接続環境については、各工場からの共通サーバへの各接続環境は基本的に分離を原則とし、分離手法は、各工場からの共通サーバ内へのアクセスインターフェースと解析ロジックを契約工場毎にセグメント分割することが望ましい。',
      'Provide a server per system or segment each system’s network; keep each factory’s connection to a common server separate, segmenting its access interface and analysis logic per contracting factory.',
    ),
  },
  {
    id: 17,
    title: t('アップデートの検証', 'Update verification'),
    description: t(
      'ファームウェアや動作プログラムの更新などを行う際には、ダウンロード先が意図した更新先であることを確認する。更新元が正規であることを証明書により検証する仕組みを持つとなお望ましい。',
      'When updating firmware or operating programs, confirm that the download source is the intended one. A mechanism that verifies the legitimacy of the source with a certificate is even better.',
    ),
    models: [6],
  },
  {
    id: 18,
    title: t('制御コマンドの検証', 'Control-command verification'),
    description: t(
      'ロボットの動作指示など、制御コマンドを受信した際には、制御コマンドが意図した相手から送信されたものであることを検証する。可能であれば、自組織が発行する自己署名証明書などにより発行元が正規であることを検証する仕組みを持つことが望ましい。',
      'On receiving a control command, such as a robot motion instruction, verify that it was sent by the intended party. If possible, have a mechanism that verifies the legitimacy of the issuer, for example with a self-signed certificate issued by one’s own organization.',
    ),
    models: [6],
    summary: t(
      'ロボットの動作指示など、制御コマンドの発行を行う際には、その制御コマンドに不正な埋め込みや品質上の問題がないことを検証する。また、発行元が正規であることを証明書により検証する仕組みを持つ。',
      'When issuing control commands such as robot motion instructions, verify they carry no malicious embedding or quality problem, and verify the issuer with a certificate.',
    ),
  },
];
