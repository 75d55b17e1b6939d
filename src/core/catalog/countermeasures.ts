// The 71 countermeasure IDs of tables 5-10: each kind applied to one target, mapped to the plant
// vocabulary of src/core/model/kinds.ts. The threats an ID counters (and so its models) are derived
// from the table rows in index.ts.
import { WAN_ZONE_KINDS, type DeviceKind, type ZoneKind } from '../model/kinds';
import type { BoundarySide, MeasureTarget, Text } from './types';
import { t } from './text';

export interface CountermeasureDef {
  readonly id: string;
  readonly targetLabel: Text;
  readonly target: MeasureTarget;
  readonly erratum?: Text;
}

const device = (...deviceKinds: DeviceKind[]): MeasureTarget => ({ type: 'device', deviceKinds });
const network = (...zoneKinds: ZoneKind[]): MeasureTarget => ({ type: 'network', zoneKinds });
const boundary = (a: BoundarySide, b: BoundarySide): MeasureTarget => ({ type: 'boundary', between: [a, b] });
const zones = (...zoneKinds: ZoneKind[]): BoundarySide => ({ zoneKinds });
const devices = (...deviceKinds: DeviceKind[]): BoundarySide => ({ deviceKinds });

/** "WAN" (model 3): internet or closed network, so any WAN-like zone. */
const WAN: ZoneKind[] = [...WAN_ZONE_KINDS];
/** "インターネット/イントラネット" (model 2): the report also calls it the WAN (§2.4.6 D4). */
const INTERNET_OR_INTRANET: ZoneKind[] = ['internet', 'intranet', 'wan'];
const INTERNET: ZoneKind[] = ['internet'];

/** The device targets, numbered per kind in the order the tables introduce them. */
const D = {
  iotDevice: { label: t('IoT デバイス', 'IoT device'), target: device('iot-device') },
  iotGateway: { label: t('IoT ゲートウェイ', 'IoT gateway'), target: device('iot-gateway') },
  viewer: { label: t('ビューワ', 'Viewer'), target: device('viewer') },
  analysis1: { label: t('データ分析(1)', 'Data analysis server (1), on site'), target: device('analysis-server') },
  analysis2: { label: t('データ分析(2)', 'Data analysis service (2), on the WAN'), target: device('analysis-service') },
  ras: {
    label: t('社外接続用遠隔操作用サーバ', 'Remote-operation server for external connection'),
    target: device('remote-access-server'),
  },
  cloudAnalysis: {
    label: t('データ解析サーバ', 'Data analysis (predictive) server in the cloud'),
    target: device('cloud-analysis-server'),
  },
  remoteTerminal: { label: t('監視・制御端末', 'Remote monitoring/control terminal'), target: device('remote-terminal') },
  vendorTerminal: {
    label: t('制御・保守端末', 'Control/maintenance terminal (vendor side)'),
    target: device('vendor-terminal'),
  },
  patchServer: { label: t('パッチ配布サーバ', 'Patch distribution server'), target: device('patch-server') },
  maintenancePc: { label: t('保守用 PC(2)', 'Maintenance PC (2)'), target: device('maintenance-pc') },
  robotServer: { label: t('ロボット用サーバ', 'Robot server'), target: device('robot-server') },
} as const;

const def = (id: string, d: { label: Text; target: MeasureTarget }, erratum?: Text): CountermeasureDef =>
  erratum ? { id, targetLabel: d.label, target: d.target, erratum } : { id, targetLabel: d.label, target: d.target };

/** Kinds 1 and 2 (unauthorized intrusion, removable media) cover the same twelve devices. */
const perDevice = (kind: number): CountermeasureDef[] =>
  [
    D.iotDevice,
    D.iotGateway,
    D.viewer,
    D.analysis1,
    D.analysis2,
    D.ras,
    D.cloudAnalysis,
    D.remoteTerminal,
    D.vendorTerminal,
    D.patchServer,
    D.maintenancePc,
    D.robotServer,
  ].map((d, i) => def(`${kind}-${i + 1}`, d));

const IOT_CTRL = { label: t('IoTNW-制御 NW(情報側)間', 'Between the IoT network and the control network (information side)'), target: boundary(zones('iot-network'), zones('control-info')) };
const INFO_CTRL = { label: t('情報 NW-制御 NW(情報側)間', 'Between the information network and the control network (information side)'), target: boundary(zones('information'), zones('control-info')) };

export const ID3_2_ERRATUM = t(
  '表 5 の被害 1 では IoT ゲートウェイの対策 3 を ID3-2 としているが、表 5 の被害 2、表 6、表 7 では IoT デバイスの ID3-1 を IoT ゲートウェイにも用いている。IoT ゲートウェイは一貫して ID3-2 と読む。',
  "Table 5 (damage 1) gives the IoT gateway's measure 3 as ID3-2, but table 5 (damage 2), table 6 and table 7 print ID3-1, the IoT device's ID, for the gateway. This catalogue reads ID3-2 for the IoT gateway everywhere.",
);
export const ID13_3_ERRATUM = t(
  'ID13-3 は表 7 で監視・制御端末（脅威 H2）、表 8 で制御・保守端末（脅威 J2）に用いられている。ID13-4 がパッチ配布サーバであることから、報告書は両端末に一つの ID を与えたものと読み、ID13-3 は両方を対象とする（ID は計 71）。',
  'ID13-3 is used for the monitoring/control terminal in table 7 (threat H2) and for the control/maintenance terminal in table 8 (threat J2). Since ID13-4 is the patch distribution server, the report gives one ID to both terminals; ID13-3 here targets both (71 IDs in all).',
);

export const COUNTERMEASURE_DEFS: readonly CountermeasureDef[] = [
  ...perDevice(1),
  ...perDevice(2),
  def('3-1', D.iotDevice),
  def('3-2', D.iotGateway, ID3_2_ERRATUM),
  def('3-3', D.maintenancePc),
  def('3-4', D.robotServer),
  def('4-1', D.iotGateway),
  def('4-2', { label: t('無線 AP', 'Wireless access point'), target: device('wireless-ap') }),
  def('5-1', { label: t('IoTNW、制御 NW(情報側)', 'IoT network and control network (information side)'), target: network('iot-network', 'control-info') }),
  def('5-2', { label: t('情報 NW、制御 NW(情報側)', 'Information network and control network (information side)'), target: network('information', 'control-info') }),
  def('6-1', IOT_CTRL),
  def('6-2', INFO_CTRL),
  def('7-1', { label: t('IoTNW', 'IoT network'), target: network('iot-network') }),
  def('7-2', { label: t('情報 NW', 'Information network'), target: network('information') }),
  def('8-1', IOT_CTRL),
  def('8-2', INFO_CTRL),
  def('8-3', {
    label: t('インターネット/イントラネット-データ分析(2)間', 'Between the internet/intranet and the data analysis service (2)'),
    target: boundary(zones(...INTERNET_OR_INTRANET), devices('analysis-service')),
  }),
  def('8-4', {
    label: t('WAN-社外接続用遠隔操作用サーバ間', 'Between the WAN and the remote-operation server for external connection'),
    target: boundary(zones(...WAN), devices('remote-access-server')),
  }),
  def('8-5', {
    label: t('社外接続用遠隔操作用サーバ-制御 NW(情報側)間', 'Between the remote-operation server for external connection and the control network (information side)'),
    target: boundary(devices('remote-access-server'), zones('control-info')),
  }),
  def('8-6', {
    label: t('WAN-データ解析サーバ間', 'Between the WAN and the data analysis server'),
    target: boundary(zones(...WAN), devices('cloud-analysis-server')),
  }),
  def('8-7', {
    label: t('WAN-監視・制御端末間', 'Between the WAN and the monitoring/control terminal'),
    target: boundary(zones(...WAN), devices('remote-terminal')),
  }),
  def('8-8', {
    label: t('インターネット-社外接続用遠隔操作用サーバ間', 'Between the internet and the remote-operation server for external connection'),
    target: boundary(zones(...INTERNET), devices('remote-access-server')),
  }),
  def('8-9', {
    label: t('インターネット-制御・保守端末間', 'Between the internet and the control/maintenance terminal'),
    target: boundary(zones(...INTERNET), devices('vendor-terminal')),
  }),
  def('8-10', {
    label: t('インターネット-パッチ配布サーバ間', 'Between the internet and the patch distribution server'),
    target: boundary(zones(...INTERNET), devices('patch-server')),
  }),
  def('9-1', IOT_CTRL),
  def('9-2', INFO_CTRL),
  def('10-1', IOT_CTRL),
  def('10-2', INFO_CTRL),
  // Measure 11 is implemented by a closed network, so a closed-network zone is a valid target too.
  def('11-1', { label: t('インターネット/イントラネット', 'Internet/intranet'), target: network(...INTERNET_OR_INTRANET, 'closed-network') }),
  def('11-2', { label: t('WAN', 'WAN'), target: network(...WAN) }),
  def('11-3', { label: t('インターネット', 'Internet'), target: network(...INTERNET, 'closed-network') }),
  def('12-1', { label: t('工場 B', 'Factory B (another factory)'), target: network('other-factory') }),
  def('13-1', D.analysis2),
  def('13-2', D.cloudAnalysis),
  def(
    '13-3',
    {
      label: t('監視・制御端末(表 7)、制御・保守端末(表 8)', 'Monitoring/control terminal (table 7), control/maintenance terminal (table 8)'),
      target: device('remote-terminal', 'vendor-terminal'),
    },
    ID13_3_ERRATUM,
  ),
  def('13-4', D.patchServer),
  def('14-1', D.analysis2),
  def('14-2', D.cloudAnalysis),
  def('14-3', D.remoteTerminal),
  def('14-4', D.vendorTerminal),
  def('14-5', D.patchServer),
  def('15-1', D.analysis2),
  def('15-2', D.cloudAnalysis),
  def('15-3', D.remoteTerminal),
  def('15-4', D.vendorTerminal),
  def('15-5', D.patchServer),
  def('16-1', D.cloudAnalysis),
  def('17-1', D.maintenancePc),
  def('18-1', D.robotServer),
];
