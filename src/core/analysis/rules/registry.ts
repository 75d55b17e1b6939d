// Table of the 44 threats (report tables 5-10): which plant elements each one lands on.
// The catalogue says what a threat is (damages, measures); this table says where it is.
import { deviceEntry, isWirelessReachable } from './device-entry';
import { deviceToZone, wanToDevice, zonePath } from './path';
import type { RuleFn } from './rule';
import { wanEntry, zoneEntry } from './zone-entry';

const iotDevice = deviceEntry(['iot-device']);
const iotGateway = deviceEntry(['iot-gateway']);
const wirelessGateway = deviceEntry(['iot-gateway'], isWirelessReachable);
const viewer = deviceEntry(['viewer']);
const infoToControl = zonePath(['information'], ['control-info']);
const otherFactory = zoneEntry(['other-factory']);
const ras = deviceEntry(['remote-access-server']);
const rasToControl = deviceToZone(['remote-access-server'], ['control-info']);

export const THREAT_RULES: Readonly<Record<string, RuleFn>> = {
  // Model 1 (table 5)
  A1: iotDevice,
  A2: wirelessGateway,
  A3: iotGateway,
  A4: zonePath(['iot-network'], ['control-info']),
  B1: viewer,
  B2: deviceEntry(['analysis-server']),
  B3: infoToControl,
  // Model 2 (table 6)
  C1: viewer,
  C2: deviceEntry(['analysis-service']),
  C3: infoToControl,
  D1: iotDevice,
  D2: wirelessGateway,
  D3: iotGateway,
  D4: wanEntry(['analysis-service']),
  D5: otherFactory,
  D6: wanToDevice(['analysis-service']),
  D7: deviceEntry(['analysis-service']),
  // Model 3 (table 7)
  E1: wanEntry(['remote-access-server']),
  E2: wanToDevice(['remote-access-server']),
  E3: ras,
  E4: rasToControl,
  F1: iotDevice,
  F2: wirelessGateway,
  F3: iotGateway,
  G1: wanEntry(['cloud-analysis-server']),
  G2: otherFactory,
  G3: wanToDevice(['cloud-analysis-server']),
  G4: deviceEntry(['cloud-analysis-server']),
  H1: wanEntry(['remote-terminal']),
  H2: wanToDevice(['remote-terminal']),
  H3: deviceEntry(['remote-terminal']),
  // Model 4 (table 8). The report says internet; any WAN kind is accepted (a plant may say `wan`).
  I1: wanEntry(['remote-access-server']),
  I2: wanToDevice(['remote-access-server']),
  I3: ras,
  I4: rasToControl,
  J1: wanEntry(['vendor-terminal']),
  J2: wanToDevice(['vendor-terminal']),
  J3: deviceEntry(['vendor-terminal']),
  // Model 5 (table 9)
  K1: wanEntry(['patch-server']),
  K2: wanToDevice(['patch-server']),
  K3: deviceEntry(['patch-server']),
  // Model 6 (table 10)
  L1: deviceEntry(['maintenance-pc']),
  L2: deviceEntry(['wireless-ap']),
  L3: deviceEntry(['robot-server']),
};
