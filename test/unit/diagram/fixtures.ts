// Plants for the diagram tests, written as YAML and parsed with the project's parser.
import { checkText } from '../../../src/core/check';
import type { Plant } from '../../../src/core/model/plant';

export function plantFromYaml(text: string): Plant {
  const plant = checkText(text).plant;
  if (!plant) throw new Error('fixture does not parse');
  return plant;
}

/** A small plant: model 1 (IoT network into the control network) plus remote maintenance through a DMZ. */
export const SMALL = `smartfab: 1
plant:
  name: Small plant
zones:
  internet:
    kind: internet
  vendor:
    kind: vendor
    name: 装置ベンダー
  dmz:
    kind: dmz
  office:
    kind: information
  ctrl-info:
    kind: control-info
    critical: true
  iot-nw:
    kind: iot-network
    wireless: wifi
  field:
    kind: control-field
devices:
  sensors:
    kind: iot-device
    zone: iot-nw
    count: 200
  gw:
    kind: iot-gateway
    zone: iot-nw
  fw1:
    kind: firewall
    zone: ctrl-info
  fw-ext:
    kind: firewall
    zone: dmz
  relay:
    kind: relay-server
    zone: dmz
  analysis:
    kind: analysis-server
    zone: ctrl-info
  scada:
    kind: hmi
    zone: ctrl-info
    name: SCADA <main> & "backup"
  viewer:
    kind: viewer
    zone: office
  plc1:
    kind: controller
    zone: field
  plc2:
    kind: controller
    zone: field
  vendor-pc:
    kind: vendor-terminal
    zone: vendor
conduits:
  iot-ctrl:
    between: [iot-nw, ctrl-info]
    via: [fw1]
  ctrl-field:
    between: [ctrl-info, field]
  office-ctrl:
    between: [office, ctrl-info]
  inet-dmz:
    between: [internet, dmz]
    via: [fw-ext]
    vpn: true
  vendor-inet:
    between: [vendor, internet]
  dmz-ctrl:
    between: [dmz, ctrl-info]
flows:
  - from: sensors
    to: gw
    protocol: mqtt
  - from: gw
    to: analysis
    protocol: mqtt
  - from: analysis
    to: viewer
    protocol: https
  - from: vendor-pc
    to: relay
  - from: scada
    to: plc1
    protocol: modbus
`;

