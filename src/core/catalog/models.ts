// The seven implementation models (§1.1, §2.1.3 table 4, §2.3-§2.9): overview, added operations
// (§2.x.2) and main data flows (§2.x.3). Damages per model come from the table rows.
import type { ImplementationModel, ModelId, Text } from './types';
import { TABLE_ROWS } from './tables';
import { t } from './text';

const op = (ja: string, en: string, dja: string, den: string) => ({ name: t(ja, en), description: t(dja, den) });

const IN_SENSING = t('①センシング/読み取り', '① Sensing / reading');
const IN_IOT_REMOTE = t(
  '②IoT デバイス(フィジカルからの入力)、⑤クラウド・リモート(からの入力)',
  '② IoT devices (input from the physical world), ⑤ cloud / remote (input from)',
);
const OUT_CONTROL = t('③制御・操作/設定', '③ Control / operation / settings');
const OUT_ROBOT = t('④ロボット・ドローン(フィジカルへの出力)', '④ Robots / drones (output to the physical world)');
const OUT_REMOTE = t('⑤クラウド・リモート(への出力)', '⑤ Cloud / remote (output to)');
const OUT_UTILITY = t('⑥ユーティリティ(アップデートや廃棄)', '⑥ Utilities (updates, disposal)');

const M1_OPERATIONS = [
  op(
    '進捗管理',
    'Progress management',
    'RFID タグで加工品を工程ごとにスキャンし、工場での各作業状況の進捗状況を管理し、どの工程が進んでいるあるいは遅れているかを見える化することで、改善ポイントを見つけ出す。',
    'Work pieces are scanned with RFID tags at each process step to track the progress of the work in the factory; showing which steps are ahead or behind reveals points to improve.',
  ),
  op(
    '人の作業の最適化',
    'Optimization of human work',
    '各工程に従事する人の様子をカメラで撮影し、遅延の起こりやすい工程でどのような作業上の無駄があるかを見える化することで、改善ポイントを見つけ出す。',
    'Cameras film the people working at each step; showing the waste in steps prone to delay reveals points to improve.',
  ),
  op(
    '予兆監視',
    'Predictive monitoring',
    '設備の情報(音、熱など)を収集し、設備故障の予兆をとらえることで、保守作業の実施タイミングを最適化する。',
    'Equipment data (sound, heat and so on) is collected to catch signs of failure and optimize when maintenance is done.',
  ),
  op(
    '消費電力の最適化',
    'Optimization of power consumption',
    '工場内の設備が消費する電力情報を収集し、特定の時間に消費電力のピークが集中しないように稼働計画を最適化する。',
    'Power consumed by the equipment in the factory is collected and the operating plan optimized so that consumption peaks do not concentrate at particular times.',
  ),
];

const OPTIMIZATION_INSTRUCTIONS_JA =
  '分析サーバから得られた最適化情報をもとに指示を行う。指示は、ビューワを人が見て人手で実施するものの他に、生産計画や制御(リアルタイムな制御ではなく、ある纏まった制御単位)に対して反映を行う場合も想定する。';
const OPTIMIZATION_INSTRUCTIONS_EN =
  'Instructions are given from the optimization results of the analysis server: by people reading the viewer and acting by hand, and also by feeding them into production planning or control (not real-time control, but control in larger units).';

const damagesOf = (m: ModelId): number[] => [...new Set(TABLE_ROWS.filter((d) => d.model === m).map((d) => d.damage))];

interface ModelDef extends Omit<ImplementationModel, 'damages'> {
  readonly typology: { readonly input: Text; readonly output: Text };
}

const DEFS: readonly ModelDef[] = [
  {
    id: 1,
    title: t('IoT 機器から収集した情報の利用(単一工場モデル)', 'Use of information collected from IoT equipment (single-factory model)'),
    summary: t(
      '実装モデル 1 は、既存の設備や IoT デバイスから情報を収集し、生産や制御の最適化を実施することを想定したモデルである。実装モデル 1 は、収集したデータの分析を社内で分析する単一工場モデルである。',
      'Model 1 collects information from existing equipment and IoT devices to optimize production and control. It is the single-factory model: the collected data is analysed in-house.',
    ),
    operations: M1_OPERATIONS,
    dataFlows: [
      op(
        'IoT 情報',
        'IoT information',
        '有線の IoT デバイスや、無線の IoT デバイスと IoT ゲートウェイを多数設置し、各種情報を取得する。取得したデータは工場内に設置したデータ分析サーバに集約し、各種最適化のためのデータの蓄積および分析を行う。分析結果は、同じネットワーク上に設置したビューワから参照する。',
        'Many wired IoT devices, and wireless IoT devices with IoT gateways, collect all kinds of information. The data is gathered on a data analysis server in the factory, where it is stored and analysed for the optimizations. The results are viewed on viewers on the same network.',
      ),
      op('最適化指示', 'Optimization instructions', OPTIMIZATION_INSTRUCTIONS_JA, OPTIMIZATION_INSTRUCTIONS_EN),
    ],
    figure: 'fig. 2',
    table: 'table 5',
    refs: ['§1.1', '§2.3'],
    typology: { input: IN_SENSING, output: OUT_CONTROL },
  },
  {
    id: 2,
    title: t('IoT 機器から収集した情報の利用(複数工場モデル)', 'Use of information collected from IoT equipment (multi-factory model)'),
    summary: t(
      '実装モデル 2 は、実装モデル 1 と同様に既存の設備や IoT デバイスから情報を収集し、生産や制御の最適化を実施することを想定したモデルである。実装モデル 2 は、実装モデル 1 と異なり、複数の工場から収集したデータの分析を WAN 上にあるサーバで分析するモデルである。',
      'Like model 1, model 2 collects information from existing equipment and IoT devices to optimize production and control. Unlike model 1, the data collected from several factories is analysed on a server on the WAN.',
    ),
    // §2.4.2: the same operations as model 1.
    operations: M1_OPERATIONS,
    dataFlows: [
      op(
        'IoT 情報',
        'IoT information',
        '有線の IoT デバイスや、無線の IoT デバイスと IoT ゲートウェイを多数設置し、各種情報を取得する。取得したデータは WAN 上に設置したデータ分析サーバ(2)に集約し、各種最適化のためのデータの蓄積および分析を行う。分析結果は、工場内のネットワーク上に設置したビューワから参照する。',
        'Many wired IoT devices, and wireless IoT devices with IoT gateways, collect all kinds of information. The data is gathered on the data analysis server (2) on the WAN, where it is stored and analysed. The results are viewed on viewers on the factory network.',
      ),
      op('最適化指示', 'Optimization instructions', `実装モデル 1 と同様に、${OPTIMIZATION_INSTRUCTIONS_JA}`, `As in model 1: ${OPTIMIZATION_INSTRUCTIONS_EN}`),
    ],
    figure: 'fig. 8',
    table: 'table 6',
    refs: ['§1.1', '§2.4'],
    typology: { input: IN_SENSING, output: OUT_CONTROL },
  },
  {
    id: 3,
    title: t('遠隔からのシステム監視・制御', 'Remote system monitoring and control'),
    summary: t(
      '実装モデル 3 は、WAN を経由して、既設機器のプロセス値や IoT デバイスから情報を収集し、遠隔からシステムの監視や制御を行うことを想定したモデルである。',
      'Model 3 collects process values of existing equipment and information from IoT devices over a WAN, and monitors and controls the system remotely.',
    ),
    operations: [
      op(
        '監視・制御業務の効率化',
        'More efficient monitoring and control work',
        'システムの監視制御のサービスを提供する事業者が多数の顧客のシステムを監視する際、それぞれのシステムに対して現地に人員を派遣することはコストの面で非効率である。遠隔からそれらのシステムをまとめて監視・制御できるようにすることで、監視・制御の業務にあたる人員の効率的な活用を図る。',
        "When a provider of monitoring and control services watches many customers' systems, sending staff to each site is costly. Monitoring and controlling them together from a remote location makes efficient use of the staff.",
      ),
    ],
    dataFlows: [
      op(
        'IoT 情報',
        'IoT information',
        'システム監視に必要な情報を、実装モデル 2 と同様に、有線の IoT デバイスや、無線の IoT デバイスと IoT ゲートウェイを多数設置し、WAN を通じて遠隔地に設置した監視・制御端末にて取得する。',
        'As in model 2, many wired IoT devices, and wireless IoT devices with IoT gateways, collect the information needed for monitoring; the remote monitoring/control terminal receives it over the WAN.',
      ),
      op(
        '制御操作',
        'Control operations',
        '監視情報に基づき、システムの運用を行う上で必要な制御操作を行う。遠隔地に設置した監視・制御端末から WAN を通じて操作対象のシステム・機器に接続する。',
        'Based on the monitoring information, the control operations needed to run the system are made: the remote monitoring/control terminal connects over the WAN to the systems and equipment it operates.',
      ),
    ],
    figure: 'fig. 12',
    table: 'table 7',
    refs: ['§1.1', '§2.5'],
    typology: { input: IN_IOT_REMOTE, output: OUT_CONTROL },
  },
  {
    id: 4,
    title: t('遠隔からの設備の保守', 'Remote maintenance of equipment'),
    summary: t(
      '実装モデル 4 は、リモートアクセスによる接続を経由して、設備の遠隔保守をすることを想定したモデルである。',
      'Model 4 maintains equipment remotely over a remote-access connection.',
    ),
    operations: [
      op(
        '複数工場にまたがる遠隔保守',
        'Remote maintenance across several factories',
        '保守対象となる設備がお互いに離れたか緒にある多数の工場にある場合、直接現地に赴いて保守作業を行うことは、時間・労力の面で大きなコストとなる。遠隔で当該機器にアクセスし・保守作業を行うことで作業の効率化を図る。',
        'When the equipment to maintain is in many factories far apart, travelling to each site costs much time and effort. Accessing the equipment and maintaining it remotely makes the work more efficient.',
      ),
    ],
    dataFlows: [
      op(
        '保守操作',
        'Maintenance operations',
        '保守対象となる装置に対し、装置ベンダーのゾーン内に設置された端末からリモートアクセスによる接続を通じて遠隔から接続し、保守操作を行う。',
        "A terminal in the equipment vendor's zone connects remotely, through a remote-access connection, to the equipment to maintain and performs maintenance operations.",
      ),
    ],
    figure: 'fig. 17',
    table: 'table 8',
    refs: ['§1.1', '§2.6'],
    typology: { input: IN_SENSING, output: OUT_REMOTE },
  },
  {
    id: 5,
    title: t('遠隔からのソフトウェア更新', 'Remote software update'),
    summary: t(
      '実装モデル 5 は、スマート工場化にかかわる機器の内部のソフトウェア構成を収集し、必要に応じて新しいソフトウェア（脆弱性対策のためのパッチを含む）をオンラインで配布することを想定したモデルである。',
      "Model 5 collects the software configuration of the smart factory's equipment and distributes new software (including patches for vulnerabilities) online as needed.",
    ),
    operations: [
      op(
        '脆弱性対策の初動対応迅速化',
        'Faster first response to vulnerabilities',
        'ある脆弱性が広く知られる状態となったとき、脆弱性への対応を迅速に行うことは、被害拡大防止の観点からも重要である。脆弱性対応のためのパッチをいち早く適用すべき箇所に対して、自動的にパッチを適用する仕組みを導入することで、脆弱性を利用したサイバー攻撃が発生するリスクの低減を図る。',
        'When a vulnerability becomes widely known, responding fast matters to stop damage spreading. Applying patches automatically where they should be applied first reduces the risk of cyber attacks exploiting the vulnerability.',
      ),
    ],
    dataFlows: [
      op(
        'パッチ',
        'Patches',
        '脆弱性情報が公開されたソフトウェアを搭載した機器において、いち早いパッチの適用が推奨される箇所に対し、外部から当該パッチを自動的にダウンロードして適用する。',
        'Where equipment runs software with published vulnerabilities and early patching is recommended, the patch is downloaded automatically from outside and applied.',
      ),
    ],
    figure: 'fig. 20',
    table: 'table 9',
    refs: ['§1.1', '§2.7'],
    typology: { input: IN_SENSING, output: OUT_UTILITY },
  },
  {
    id: 6,
    title: t('ロボットの利用', 'Use of robots'),
    summary: t(
      '実装モデル 6 は、既設設備にアドオンする形で、ロボットアームや搬送機などを追加し業務効率の改善を行うことを想定したモデルである。',
      'Model 6 adds robot arms, conveyors and the like to existing equipment to make operations more efficient.',
    ),
    operations: [
      op(
        '人手作業の置換',
        'Replacing manual work',
        '加工設備への部材の設置や搬送作業など、これまで人手で行っていた作業を機械化することにより、作業時間の短縮や作業ミスの低減などどの業務効率化を図る。',
        'Mechanizing work done by hand until now, such as setting parts on processing equipment or carrying them, shortens work time and reduces mistakes.',
      ),
    ],
    dataFlows: [
      op(
        'エンジニアリング設定',
        'Engineering settings',
        'ロボットの動作パターンの登録、設定の更新などのために保守用 PC(2)を通じて接続先のロボット用サーバにデータを登録する。',
        'To register robot motion patterns and update settings, data is registered on the robot server through the maintenance PC (2).',
      ),
      op(
        'ロボット動作指示',
        'Robot motion instructions',
        'ロボットが次にどのような動作をするべきであるかを判断し、ロボットに動作の指示を行う。ロボットの動作指示は、ロボット用動作サーバから有線や、無線のネットワークを通じて行う。',
        'The next motion of each robot is decided and the robot instructed, from the robot server over a wired or wireless network.',
      ),
    ],
    figure: 'fig. 22',
    table: 'table 10',
    refs: ['§1.1', '§2.8'],
    typology: { input: IN_SENSING, output: OUT_ROBOT },
  },
  {
    id: 7,
    title: t('ドローンの利用', 'Use of drones'),
    summary: t(
      '実装モデル 7 は、ドローンでフィールド上の設備の異常がないかをカメラで監視し、監視記録をクラウドを経由して保存することを想定したモデルである。',
      'Model 7 uses drone cameras to watch field equipment for anomalies and stores the records through the cloud.',
    ),
    operations: [
      op(
        '保守点検',
        'Maintenance inspection',
        '保守点検の際に、フィールド上にある巨大な設備などのような、人手で確認するには困難な個所や労力を要する箇所をドローンを用いて空撮することで、保守点検作業の業務効率化や人員の被災リスク低減を図る。',
        'During inspections, drones film from the air places that are hard or laborious to check by hand, such as huge equipment in the field, making inspection more efficient and reducing the risk to staff.',
      ),
    ],
    dataFlows: [
      op('ドローン動作指示', 'Drone instructions', 'Wi-Fi などの無線通信により、ドローンに対する飛行経路の指示を行う。', 'Flight paths are sent to the drone over Wi-Fi or another wireless link.'),
      op(
        '監視記録情報',
        'Monitoring records',
        'ドローンが空撮した映像を、キャリア回線などを通じてクラウド上のサーバに保存する。保守点検の時の確認などの際に、必要に応じて、クラウド上から映像をダウンロードする。',
        "The drone's aerial footage is stored on a cloud server over a carrier line or the like, and downloaded from the cloud when needed, e.g. for checks during inspections.",
      ),
    ],
    figure: 'fig. 24',
    refs: ['§1.1', '§2.9'],
    noThreatsNote: t(
      '実装モデル７に関しては、情報ネットワーク上の機器からクラウド上に保存した画像を取得するのみであり、制御システムとの直接のやり取りが少ないため、被害・脅威・対策は記載しない。',
      'Model 7 only retrieves images stored in the cloud from equipment on the information network and exchanges little directly with the control system, so the report lists no damages, threats or countermeasures for it.',
    ),
    typology: { input: IN_IOT_REMOTE, output: OUT_ROBOT },
  },
];

export const MODELS: readonly ImplementationModel[] = DEFS.map((d) => ({ ...d, damages: damagesOf(d.id) }));
