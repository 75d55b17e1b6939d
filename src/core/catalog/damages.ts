// Damages 1-13 (appendix ③ table 16, §2.x.5), with the priority footnote ※1 of tables 5-8.
import type { Damage, ModelId, Text } from './types';
import { t } from './text';

const INTRUSION = t('既存の制御システムへの侵入、停止', 'Intrusion into, or stop of, the existing control system');
const INTRUSION_DESC = t(
  'スマート工場化により追加された装置がサイバー攻撃の侵入口、経路となり、既存の制御システムへ侵入、停止される被害。',
  'Equipment added for the smart factory becomes the entry point or path of a cyber attack, through which the existing control system is intruded into or stopped.',
);
const LOSS = t('追加した IoTNW、IoT デバイスの停止による機能喪失', 'Loss of function through a stop of the added IoT network or IoT devices');
const LOSS_DESC = t(
  'スマート工場化により追加された装置自体がサイバー攻撃により停止し、IoT 機器からの収集が行えず、データの活用による業務最適化等のスマート工場化の目的が達成できない被害。',
  'The equipment added for the smart factory is itself stopped by a cyber attack, so data can no longer be collected from IoT equipment and the aims of the smart factory, such as optimizing operations with the data, cannot be met.',
);

const priorityNote = (first: number, others: string, othersEn: string): Text =>
  t(
    `被害 ${first} は被害 ${others} と比較して事業影響が大きいと考えられるため、優先的に対策を検討することを推奨する。`,
    `Damage ${first} is considered to have a larger business impact than damage ${othersEn}, so countermeasures against it should be considered first.`,
  );
const NOTE: Partial<Record<ModelId, Text>> = {
  1: priorityNote(1, '2', '2'),
  2: priorityNote(3, '4、5', '4 and 5'),
  3: priorityNote(6, '7、8、9', '7, 8 and 9'),
  4: priorityNote(10, '11', '11'),
};

const damage = (id: number, model: ModelId, title: Text, description: Text, priority = false): Damage => {
  const note = NOTE[model];
  return note ? { id, model, title, description, priority, priorityNote: note } : { id, model, title, description, priority };
};

export const DAMAGES: readonly Damage[] = [
  damage(1, 1, INTRUSION, INTRUSION_DESC, true),
  damage(2, 1, LOSS, LOSS_DESC),
  damage(3, 2, INTRUSION, INTRUSION_DESC, true),
  damage(4, 2, LOSS, LOSS_DESC),
  damage(
    5,
    2,
    t('IoT デバイスから収集したデータの改ざん、制御システムへの誤った指示', 'Tampering with data collected from IoT devices, or wrong instructions to the control system'),
    t(
      'スマート工場化により追加された装置から収集したデータが改ざんや、データ分析(2)から制御システムへの誤った指示により、既存の制御システムが不適切に動作を引き起こす被害。',
      'Data collected from the equipment added for the smart factory is tampered with, or the data analysis service (2) gives the control system wrong instructions, so that the existing control system behaves improperly.',
    ),
  ),
  damage(6, 3, INTRUSION, INTRUSION_DESC, true),
  damage(7, 3, LOSS, LOSS_DESC),
  damage(
    8,
    3,
    t('データ解析サーバへの侵入、停止', 'Intrusion into, or stop of, the data analysis server'),
    t(
      'データ解析サーバがサイバー攻撃により停止し、IoT 機器からの収集したデータの解析ができず、データの活用による予兆検知等のスマート工場化の目的が達成できない被害。',
      'The data analysis server is stopped by a cyber attack, so the data collected from IoT equipment cannot be analysed and the aims of the smart factory, such as predictive detection from the data, cannot be met.',
    ),
  ),
  damage(
    9,
    3,
    t('監視・制御端末への侵入、停止', 'Intrusion into, or stop of, the monitoring/control terminal'),
    t(
      '監視・制御端末がサイバー攻撃により停止し、IoT 機器からの収集したデータの解析による予兆データの受信や制御操作ができず、データの活用による予兆検知等のスマート工場化の目的が達成できない被害。',
      'The monitoring/control terminal is stopped by a cyber attack, so predictive data from the analysis of IoT data cannot be received and control operations cannot be made, and the aims of the smart factory, such as predictive detection, cannot be met.',
    ),
  ),
  damage(10, 4, INTRUSION, INTRUSION_DESC, true),
  damage(
    11,
    4,
    t('制御・保守端末への侵入、停止', 'Intrusion into, or stop of, the control/maintenance terminal'),
    t(
      '制御・保守端末がサイバー攻撃により停止し、保守操作ができず、設備の遠隔保守を行うスマート工場化の目的が達成できない被害。',
      'The control/maintenance terminal is stopped by a cyber attack, so maintenance operations cannot be made and the smart-factory aim of maintaining equipment remotely cannot be met.',
    ),
  ),
  damage(
    12,
    5,
    t('パッチ配布サーバへの侵入、停止', 'Intrusion into, or stop of, the patch distribution server'),
    t(
      'パッチ配布サーバがサイバー攻撃により侵入され、スマート工場化により追加した IoTNW、IoT デバイスにパッチの正常な適用ができない被害。',
      'The patch distribution server is intruded into by a cyber attack, so patches can no longer be applied correctly to the IoT network and IoT devices added for the smart factory.',
    ),
  ),
  damage(
    13,
    6,
    t('ロボットへの侵入、停止', 'Intrusion into, or stop of, robots'),
    t(
      'ロボットアームや搬送機などを利用した業務効率の改善ができなくなる、ロボットアームや搬送機などの誤動作により生産設備が破壊され、製造が停止し、損害が発生する被害。',
      'Operations can no longer be made more efficient with robot arms, conveyors and the like, or their malfunction destroys production equipment, stops manufacturing and causes losses.',
    ),
  ),
];
