// The vocabulary shared by the file format, the catalogue and the analysis.
// Each kind maps to the report's term (Japanese) and the English this project uses (see glossary.md).

export interface KindInfo {
  readonly en: string;
  readonly ja: string;
  /** What it means in the report, for hover docs. */
  readonly doc: string;
}

export const ZONE_KINDS = {
  'iot-network': { en: 'IoT network', ja: 'IoTNW', doc: 'Network added for IoT devices and gateways (models 1-3, 6).' },
  'control-info': { en: 'Control network (information side)', ja: '制御NW(情報側)', doc: "The existing control system's upper network, where the smart-factory additions attach." },
  'control-field': { en: 'Control network (field side)', ja: '制御NW(フィールド側)', doc: 'The field-level control network (controllers, field devices).' },
  information: { en: 'Information network', ja: '情報NW', doc: 'Office / IT network (viewers, on-site analysis).' },
  internet: { en: 'Internet', ja: 'インターネット', doc: 'Open WAN: anyone can connect (models 2, 4, 5).' },
  intranet: { en: 'Intranet', ja: 'イントラネット', doc: 'Corporate WAN: not directly reachable, but other sites on it can be compromised (model 2).' },
  'closed-network': { en: 'Closed carrier network', ja: '閉域網', doc: "A carrier's dedicated closed network (measure 11)." },
  wan: { en: 'WAN', ja: 'WAN', doc: 'A wide-area network of unspecified type (model 3).' },
  dmz: { en: 'DMZ', ja: 'DMZ', doc: 'Segment between an external and the control network for relay/public servers (measure 9).' },
  vendor: { en: 'Vendor zone', ja: '装置ベンダー', doc: "The equipment vendor's zone from which remote maintenance is done (model 4)." },
  cloud: { en: 'Cloud', ja: 'クラウド', doc: 'Cloud service zone (models 3, 7).' },
  'other-factory': { en: 'Another factory', ja: '工場B', doc: 'Another factory or site on the same WAN (models 2, 3).' },
  'robot-network': { en: 'Robot network', ja: 'ロボットNW', doc: 'Network of robots, robot server and wireless AP (model 6).' },
  generic: { en: 'Generic zone', ja: '汎用ゾーン', doc: 'Any other network or zone.' },
} as const satisfies Record<string, KindInfo>;

export type ZoneKind = keyof typeof ZONE_KINDS;

/** WAN-like zone kinds: outside the plant boundary, reached over a wide-area link. */
export const WAN_ZONE_KINDS: readonly ZoneKind[] = ['internet', 'intranet', 'closed-network', 'wan'];
/** Zone kinds drawn outside the plant boundary. */
export const EXTERNAL_ZONE_KINDS: readonly ZoneKind[] = [...WAN_ZONE_KINDS, 'vendor', 'cloud', 'other-factory'];

export const DEVICE_KINDS = {
  'iot-device': { en: 'IoT device', ja: 'IoTデバイス', doc: 'Sensor, camera, RFID reader and the like; use count for a group.' },
  'iot-gateway': { en: 'IoT gateway', ja: 'IoTゲートウェイ', doc: 'Gateway collecting wired/wireless IoT devices.' },
  'wireless-ap': { en: 'Wireless access point', ja: '無線AP', doc: 'Wireless access point (model 6).' },
  viewer: { en: 'Viewer', ja: 'ビューワ', doc: 'Terminal showing analysis results (models 1, 2).' },
  'analysis-server': { en: 'Data analysis server (on-site)', ja: 'データ分析(1)', doc: 'On-site data analysis server (model 1).' },
  'analysis-service': { en: 'Data analysis service (WAN)', ja: 'データ分析(2)', doc: 'Data analysis server on the WAN shared by several factories (model 2).' },
  'cloud-analysis-server': { en: 'Data analysis (predictive) server in the cloud', ja: 'データ解析サーバ(予兆解析サーバ(AWS))', doc: 'Predictive analysis server in the cloud (model 3).' },
  'remote-access-server': { en: 'Remote-operation server for external connection', ja: '社外接続用遠隔操作用サーバ', doc: 'Server through which external parties operate the plant remotely (models 3, 4).' },
  'remote-terminal': { en: 'Remote monitoring/control terminal', ja: '監視・制御端末', doc: 'Terminal outside the plant that monitors and controls over the WAN (model 3).' },
  'vendor-terminal': { en: 'Control/maintenance terminal (vendor side)', ja: '制御・保守端末', doc: "Vendor's terminal for remote maintenance (model 4)." },
  'patch-server': { en: 'Patch distribution server', ja: 'パッチ配布サーバ', doc: 'Server distributing software updates (model 5).' },
  'maintenance-pc': { en: 'Maintenance PC', ja: '保守用PC', doc: 'PC used for maintenance, e.g. of robots (maintenance PC (2), model 6).' },
  'robot-server': { en: 'Robot server', ja: 'ロボット用サーバ', doc: 'Server issuing commands to robots (model 6).' },
  robot: { en: 'Robot', ja: 'ロボット', doc: 'Robot arm, AGV or conveyor robot (model 6).' },
  drone: { en: 'Drone', ja: 'ドローン', doc: 'Drone for inspection (model 7).' },
  firewall: { en: 'Firewall', ja: 'FW', doc: 'Filtering device (measure 8).' },
  ids: { en: 'IDS', ja: 'IDS', doc: 'Intrusion detection system (measure 10).' },
  ips: { en: 'IPS', ja: 'IPS', doc: 'Intrusion prevention system (measure 10); blocks traffic, so only where a short interruption is acceptable.' },
  switch: { en: 'Switch', ja: 'スイッチ', doc: 'Network switch; with filtering it implements measure 8 (example 1).' },
  router: { en: 'Router', ja: 'ルータ', doc: 'Router; with vpn it terminates a VPN (measure 11).' },
  'relay-server': { en: 'Relay server', ja: '中継サーバ', doc: 'Relay server placed in a DMZ (measure 9 example).' },
  controller: { en: 'PLC / controller', ja: 'PLC・コントローラ', doc: 'PLC, DCS controller or other field controller.' },
  hmi: { en: 'HMI / SCADA', ja: 'HMI・SCADA', doc: 'Operator station, HMI or SCADA server.' },
  generic: { en: 'Generic device', ja: '汎用機器', doc: 'Any other device.' },
} as const satisfies Record<string, KindInfo>;

export type DeviceKind = keyof typeof DEVICE_KINDS;

/** Device kinds that filter traffic when placed on a conduit (measure 8). */
export const FILTERING_DEVICE_KINDS: readonly DeviceKind[] = ['firewall', 'switch', 'router', 'ips'];
/** Device kinds that detect intrusions on a boundary (measure 10). */
export const DETECTION_DEVICE_KINDS: readonly DeviceKind[] = ['ids', 'ips'];

export const WIRELESS_TECHS = {
  wifi: { en: 'Wi-Fi', ja: 'Wi-Fi', doc: 'IEEE 802.11 wireless LAN.' },
  lorawan: { en: 'LPWA (LoRaWAN)', ja: 'LPWA(LoRaWAN)', doc: 'Low-power wide-area network (§3.2.2).' },
  'lpwa-other': { en: 'LPWA (other)', ja: 'LPWA(その他)', doc: 'Sigfox, NB-IoT, LTE-M and other LPWA.' },
  'local-5g': { en: 'Local 5G', ja: 'ローカル5G', doc: 'Private 5G network (§3.2.3).' },
  lte: { en: 'Carrier line (LTE/5G)', ja: 'キャリア回線', doc: "Carrier's public mobile network." },
  bluetooth: { en: 'Bluetooth', ja: 'Bluetooth', doc: 'Short-range wireless.' },
  zigbee: { en: 'ZigBee', ja: 'ZigBee', doc: 'IEEE 802.15.4 mesh.' },
  other: { en: 'Other wireless', ja: 'その他の無線', doc: 'Any other wireless technology.' },
} as const satisfies Record<string, KindInfo>;

export type WirelessTech = keyof typeof WIRELESS_TECHS;

/** Values of `direction` on a conduit or flow. */
export const DIRECTIONS = {
  both: { en: 'Both ways', ja: '双方向', doc: 'Traffic may pass in both directions (default).' },
  'one-way': { en: 'One way', ja: '一方向', doc: 'Traffic passes only one way: a conduit from the first zone of `between` to the second (data diode, LoRaWAN uplink §3.2.2); a flow from `from` to `to` with no replies.' },
} as const satisfies Record<string, KindInfo>;

/** Purdue level a zone kind stands at when the zone declares none (IEC 62443-3-2 zones, Purdue reference model). */
export const DEFAULT_PURDUE_LEVEL: Partial<Record<ZoneKind, number>> = {
  'control-field': 1,
  'control-info': 3,
  dmz: 3.5,
  information: 4,
  internet: 5,
  intranet: 5,
  'closed-network': 5,
  wan: 5,
  vendor: 5,
  cloud: 5,
  'other-factory': 5,
};

export const MEASURE_STATUSES = ['planned', 'implemented', 'not-applicable'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
