// Wireless guidance: §3.2 (closed network + cloud, LPWA/LoRaWAN, Local 5G), appendix ① and
// tables 13 (speed, range) and 14 (security policy per technology). Appendix ①: no technology fits
// every use; WirelessHART and ISA100.11a did not appear in the interviews.
import type { WirelessGuidance } from './types';
import { t } from './text';

export const WIRELESS: readonly WirelessGuidance[] = [
  {
    id: 'closed-network-cloud',
    technology: t('閉域網とクラウドを利用した安全な接続', 'Secure connection through a closed carrier network and the cloud'),
    techs: ['lte'],
    guidance: [
      t(
        'キャリア回線を利用した閉域網を用いて制御システムから情報を送信し、クラウド上のフロントエンドから情報・解析結果をユーザに提供するという方式がベンダーのヒアリングにて多く見られた。',
        "Vendors often send information from the control system over a closed network on a carrier line and give users the information and analysis results through a front end in the cloud.",
      ),
      t(
        'インターネットを経由せずにクラウド上に情報を送信できるため、第三者による情報窃取のリスクを低減できる',
        'Information reaches the cloud without crossing the internet, which reduces the risk of theft by third parties.',
      ),
      t('サービス利用者はインターネットから容易に情報にアクセスできる。', 'Service users can easily reach the information from the internet.'),
      t(
        'サービス提供者はフロントエンドでのアクセス権限を適切に設定することでサービス利用者間で情報が混入するリスクを低減できる。',
        "By setting access rights properly at the front end, the provider reduces the risk of information mixing between users.",
      ),
      t(
        'なお、InternetVPN 利用の場合は、機器の脆弱性への対応や設定上の不備がない事の確認等が必要である。',
        'With an internet VPN instead, the equipment’s vulnerabilities must be dealt with and its settings checked for flaws.',
      ),
    ],
    ref: '§3.2.1',
  },
  {
    id: 'lorawan',
    technology: t('LPWA(LoRaWAN)', 'LPWA (LoRaWAN)'),
    techs: ['lorawan', 'lpwa-other'],
    speed: t('数百 bps～数十 kbps', 'A few hundred bps to a few tens of kbps'),
    range: t('数 km～数十 km', 'A few km to a few tens of km'),
    guidance: [
      t(
        'LPWA は従来の無線技術と比較して、低消費電力、広いカバーエリア、低コストを実現可能とされる',
        'Compared with earlier wireless technologies, LPWA is said to offer low power consumption, wide coverage and low cost.',
      ),
      t(
        '利用可能台数は数百台～千台程度となる。同時接続するチャネルを切り替えながら多数のセンサーと接続するため、通信頻度が低い程多数のデバイスを接続可能となる。',
        'Several hundred to about a thousand devices can be used. Channels are switched to reach many sensors, so the lower the communication frequency, the more devices can connect.',
      ),
      t(
        'LPWA では、大量の無線 IoT デバイス(センサー)から情報を吸い上げる一方向の通信を行うことが一般的であるため、すべての情報が集約される LoRaWAN ゲートウェイ以上の箇所において、通信方向の限定、フィルタリングなどを行うとともに、既存の設備との間に DMZ などを設置することで LoRaWAN 設備と既存設備を分離することが望ましい。',
        'LPWA usually carries one-way traffic up from many wireless IoT sensors, so at the LoRaWAN gateway and above, where everything converges, restrict the direction of communication and filter, and separate the LoRaWAN equipment from the existing equipment with a DMZ or similar.',
      ),
      t(
        '無線 IoT デバイス(センサー):各種センサーとして導入される。一般に、処理能力よりもコストや低消費電力に優れるデバイスであることが多く、負荷の高いセキュリティ機能を組み込むことが困難な場合もある。LoRaWAN ゲートウェイ等上位側のシステムも含めたシステムとしてセキュアなデータフローとなるよう検討する必要がある。',
        'Wireless IoT devices (sensors) favour cost and low power over processing capacity and may not be able to carry heavy security functions; design a secure data flow for the system as a whole, LoRaWAN gateway and upper systems included.',
      ),
      t(
        'LoRaWAN ゲートウェイ、ネットワークサーバ:LoRaWAN 設備として導入される。運用上支障がない場合に無線 IoT デバイス(センサー)側から LoRaWAN ゲートウェイ側への一方向の通信となるような制限を設定する、未登録のデバイスとの通信をフィルタリングで拒否するなど、ユーザ側でも設定可能なセキュリティ機能を有効化するほか、装置の格納容器の施錠による物理的な対策、装置自身の設定を書き換えるための管理用アカウントの管理や、既知の脆弱性への対応管理などのハードニング対策を合わせて実施することが望ましい。',
        'LoRaWAN gateway and network server: enable the security functions users can set, such as one-way traffic from the sensors to the gateway where operations allow and filtering out unregistered devices, together with locked enclosures, management of the administrative accounts that can change settings, and hardening such as handling known vulnerabilities.',
      ),
      t(
        '既存の設備:LoRaWAN 設備と直接接続されるユーザ側の設備となる。LoRaWAN 設備側にセキュリティ対策を導入することが困難である場合、この界面で DMZ などによるセグメンテーション対策を導入し、既存の設備側を保護する必要がある。',
        'Existing equipment directly connected to the LoRaWAN equipment: if security cannot be added on the LoRaWAN side, segment at this interface, e.g. with a DMZ, to protect the existing equipment.',
      ),
      t(
        '各種デバイスからの情報を集約するゲートウェイやサーバでのフィルタリングを実施。デバイスは容器などに格納し保護。',
        'Filter at the gateways and servers that aggregate the devices’ information; protect devices in enclosures.',
      ),
    ],
    ref: '§3.2.2, appendix ①, tables 13-14',
  },
  {
    id: 'local-5g',
    technology: t('Local 5G', 'Local 5G'),
    techs: ['local-5g'],
    speed: t('最大 10Gbps', 'Up to 10 Gbps'),
    range: t('100m 程度', 'About 100 m'),
    guidance: [
      t(
        'Wi-Fi と比較して、電波の利用に免許や必要となる点やコストが高くなる点などがデメリットである一方、外部回線を必ずしも必要としないため第三者が容易に侵入できない点がセキュリティ上のメリットとされている。',
        'Compared with Wi-Fi, a radio licence is needed and costs are higher, but since no external line is necessarily needed, third parties cannot easily get in: a security advantage.',
      ),
      t(
        'Local5G はキャリア 5G と比較して先行して構築可能、必要となる性能を柔軟に設定可能、他の場所の通信障害や災害などの影響を受けにくい。',
        'Compared with carrier 5G, Local 5G can be built ahead of carrier coverage, its performance can be set flexibly, and it is less affected by outages or disasters elsewhere.',
      ),
      t(
        'Local5G は Wi-Fi と比較して無線局免許に基づく安定的な利用が可能',
        'Compared with Wi-Fi, Local 5G allows stable use based on a radio station licence.',
      ),
      t(
        'Local5G では、コア装置の持つ認証機能を利用して不正な装置の接続を排除するとともに、LPWA の場合と同様に、既存の設備との間に DMZ などを設置することで Local5G 設備と既存設備を分離することが望ましい。',
        "Use the core equipment's authentication to keep rogue devices out and, as with LPWA, separate the Local 5G equipment from the existing equipment with a DMZ or similar.",
      ),
      t(
        'SIM カード:後述の通り、認証機能に利用されるものであるので、物理的な盗難などへの対策が必要となる。',
        'SIM cards are used for authentication and need protection against physical theft.',
      ),
      t(
        '無線 IoT デバイス(センサー):LoRaWAN の場合と同様、上位側のシステムも含めたシステムとしてセキュアなデータフローとなるよう検討する必要がある。',
        'Wireless IoT devices (sensors): as with LoRaWAN, design a secure data flow for the system as a whole, upper systems included.',
      ),
      t(
        'Local 5G では、デバイスに接続された SIM カードを利用した認証と、デバイス自体に割り当てられた ID(IMEI)を利用した認証の 2 つがコア装置で行われる。SIM カードの認証のみを有効化する場合などもあるが、運用上の支障がないのであれば IMEI を利用した認証など複数の認証を有効化することが望ましい。',
        'The core equipment authenticates both the SIM card and the device ID (IMEI). Some enable only SIM authentication; where operations allow, enable several, e.g. IMEI authentication too.',
      ),
      t(
        '既存の設備:Local5G 設備と直接接続されるユーザ側の設備となる。LoRaWAN の場合と同様、Local5G 設備側にセキュリティ対策を導入することが困難である場合、この界面でセグメンテーションをすることなどにより、既存の設備側を保護する必要がある。',
        'Existing equipment directly connected to the Local 5G equipment: if security cannot be added on the Local 5G side, segment at this interface to protect the existing equipment.',
      ),
      t(
        '認証機能を活用した通信の制限を実施。デバイスは容器などに格納し保護するほか、移動体は盗難発覚時に無効化する手段を検討。',
        'Restrict communication using authentication; protect devices in enclosures and have a way to disable mobile ones when a theft is found.',
      ),
      t(
        '一般社団法人 ICT-ISAC から、ローカル 5G の利用におけるセキュリティ課題の存在を周知すること、および具体的な解決策を提示することを目的として「ローカル 5G セキュリティガイドライン」が公開されている。',
        'ICT-ISAC Japan has published the "Local 5G Security Guideline" to make the security issues of Local 5G known and to present concrete solutions.',
      ),
    ],
    ref: '§3.2.3, appendix ①, tables 13-14',
  },
  {
    id: 'wifi',
    technology: t('Wi-Fi', 'Wi-Fi'),
    techs: ['wifi'],
    speed: t('数十 Mbps～数 Gbps', 'A few tens of Mbps to a few Gbps'),
    range: t('100m 程度', 'About 100 m'),
    guidance: [
      t('SSID、キーを推測しにくい値に定期的に変更やユーザ認証の導入等。', 'Regularly change the SSID and keys to hard-to-guess values, introduce user authentication, and so on.'),
      t(
        '盗聴や侵入される危険性を考慮し、セグメントの分割及び通信の暗号化。',
        'Given the risk of eavesdropping and intrusion, segment the network and encrypt communication.',
      ),
    ],
    ref: 'appendix ①, tables 13-14',
  },
  {
    id: 'carrier',
    technology: t('キャリア回線', 'Carrier line'),
    techs: ['lte'],
    speed: t('最大 1Gbps', 'Up to 1 Gbps'),
    range: t('広域', 'Wide area'),
    guidance: [
      t(
        'デバイスの盗難や紛失を想定し、端末ロックやファイル暗号化を実施。',
        'Assume devices will be stolen or lost: lock terminals and encrypt files.',
      ),
    ],
    ref: 'appendix ①, tables 13-14',
  },
];
