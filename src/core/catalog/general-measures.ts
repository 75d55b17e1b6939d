// §2.2: physical and operational measures every smart factory needs whatever its model, with the
// CPSF requirement IDs the report cites for each aspect.
import type { GeneralMeasure } from './types';
import { t } from './text';

const PHYSICAL_CPSF = ['CPS.AC-2'];
const OPERATIONAL_CPSF = ['CPS.AM', 'CPS.GV-1', 'CPS.AE', 'CPS.CM', 'CPS.DP', 'CPS.RP'];

const physical = (n: number, ja: string, en: string, dja: string, den: string): GeneralMeasure => ({
  id: `physical-${n}`,
  aspect: 'physical',
  title: t(ja, en),
  description: t(dja, den),
  cpsf: PHYSICAL_CPSF,
  ref: '§2.2.1',
});
const operational = (id: string, ja: string, en: string, dja: string, den: string): GeneralMeasure => ({
  id: `operational-${id}`,
  aspect: 'operational',
  title: t(ja, en),
  description: t(dja, den),
  cpsf: OPERATIONAL_CPSF,
  ref: '§2.2.2',
});

export const GENERAL_MEASURES: readonly GeneralMeasure[] = [
  physical(
    1,
    '物理的な接近の防止',
    'Preventing physical approach',
    'システムの装置を建屋内に格納することはもちろん、設置部屋をセキュリティ区画として一般の区画から明示的に区別したうえで施錠管理することが必要となる。また、システムが利用する通信ケーブルにもフリーアクセスの床などで物理的な接触ができないように、ケーブル類の保護具を設置することなどが必要となる。',
    "Besides housing the system's equipment inside buildings, the rooms must be security areas explicitly set apart from general areas and kept locked. The system's communication cables also need protection, e.g. under raised access floors, so that they cannot be physically touched.",
  ),
  physical(
    2,
    '接近の検知、記録',
    'Detecting and recording approach',
    'ID カードや生態認証などによる設置部屋への入退室管理のほか、カメラによる撮影などが必要となる。フィールドデバイスを格納する筐体には、筐体を開けた際にセンサーでそれを検知しアラートを上げることなども有効となる。',
    'Entry to and exit from the rooms must be controlled with ID cards, biometrics or the like, and filmed by cameras. Enclosures of field devices can usefully have sensors that raise an alert when opened.',
  ),
  physical(
    3,
    '接近の抑止',
    'Deterring approach',
    'セキュリティ区画である旨を示す警告看板、警備員による監視などにより、悪意ある第三者が心理的に行動を起こすことを抑制することも効果的である。',
    'Warning signs marking security areas and watch by guards are also effective in psychologically deterring malicious third parties.',
  ),
  operational(
    '1',
    'セキュリティ対応組織の設置',
    'Setting up a security organization',
    'セキュリティの対応方針の検討や実施の推進を行う部門、サイバー攻撃発生時の対処を実施する部門などを、経営責任者と協力して設置することが必要である。',
    'Together with top management, set up units that draw up and drive the security policy and that respond when a cyber attack occurs.',
  ),
  operational(
    '2',
    '資産の把握、情報のラベリング',
    'Asset inventory and information labelling',
    'システムがどのようなハードウェア、ソフトウェア、情報などといった資産を保有しているかを漏れなく把握することや、それ等の資産がどのような重要度を持つかを事前に整理することで、必要となるセキュリティ対策の程度を明らかにすることが必要である。',
    'Know every asset the system holds (hardware, software, information) and classify beforehand how important each is, to make clear how much security is needed.',
  ),
  operational(
    '3',
    'サイバー攻撃への対処',
    'Responding to cyber attacks',
    'サイバー攻撃に対処するためには、システム的な対策を実施するだけではなく、実際にそれらがうまく機能するような仕組みを作ることが重要である。具体的には、サイバー攻撃の検知、ログの収集、サイバー攻撃へのレスポンス体制の確立、復旧のための準備などである。',
    'Responding to cyber attacks needs not only system measures but arrangements that make them actually work: detecting attacks, collecting logs, establishing a response organization and preparing for recovery.',
  ),
  operational(
    '3-1',
    'サイバー攻撃の検知',
    'Detecting cyber attacks',
    'サイバー攻撃への対処は、サイバー攻撃の発生を組織が検知したときから始まる。スマート工場に対するサイバー攻撃の検知の仕組みは、既存の設備に対するサイバー攻撃の検知の仕組みと統合することで、サイバー攻撃の兆候を見落とすことが無いよう配慮が必要となる。',
    "Response starts when the organization detects an attack. Integrate the smart factory's attack detection with that of the existing equipment so that no sign of an attack is missed.",
  ),
  operational(
    '3-2',
    'ログの収集',
    'Collecting logs',
    'サイバー攻撃の検知には、攻撃を判断するためのログの収集が必要不可欠である。スマート工場において特に課題となりえるのは、セキュリティ設定が十分ではない IoT デバイスが大量に設置されているケースである。サイバー攻撃の検知ができるだけの十分な情報がログとして収集されるかを考慮するとともに、多数のログからサイバー攻撃の兆候を発見するための支援システムなどの導入も検討すべきである。',
    'Detecting attacks requires logs to judge them by. A particular problem in smart factories is large numbers of IoT devices with weak security settings. Check that the logs hold enough to detect attacks, and consider support systems that find signs of attack among many logs.',
  ),
  operational(
    '3-3',
    'サイバー攻撃へのレスポンス体制の確立',
    'Establishing the response organization',
    'サイバー攻撃への対処においては、運転員による異常の切り分け、専門組織によるサイバー攻撃の詳細調査、経営層による組織の対応方針の決定など、各人員の役割の応じた行動のルール、連絡の方法などといった体制の整備を予め実施しておく必要がある。特にスマート工場の場合、関連システムが多岐にわたるため、初動を早めて影響範囲を限定するうえでも体制の整備は重要となる。',
    "Prepare beforehand the rules of action for each role (operators isolating anomalies, specialists investigating the attack, management deciding the organization's response) and the means of contact. With the many related systems of a smart factory, this matters for a fast first response that limits the impact.",
  ),
  operational(
    '3-4',
    '復旧のための準備',
    'Preparing for recovery',
    'セキュリティ対策がシステム面・運用面で実際に機能しうることを検証するために、定期的に訓練を実施することも必要となる。この際、重要なことは訓練を計画的に実施することである。どのような目的で行うか、どのような方式で訓練を行か、目標達成の成否をどのように判定するか、実際の結果はどうであったか、未達であった場合どのような点が課題であったかを整理し、組織にフィードバックすることで、継続的にサイバー攻撃への対処能力を高めていくことが求められる。',
    'Regular exercises are needed to verify that the system and operational measures actually work, and they must be planned: set the purpose, the method and how success is judged, record the actual result and, where goals were missed, the issues, and feed this back to the organization to keep improving its ability to respond.',
  ),
];
