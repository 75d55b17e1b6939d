// A small plant used across the language-service tests, and helpers to analyse it.
import { checkText } from '../../../src/core/check';
import { PlantIndex } from '../../../src/core/lsp/plant-index';

export const PLANT = `smartfab: 1
zones:
  iot-nw:
    kind: iot-network
  ctrl-info:
    kind: control-info
devices:
  sensors:
    kind: iot-device
    zone: iot-nw
    count: 200
  fw1:
    kind: firewall
    zone: ctrl-info
  scada:
    kind: hmi
    zone: ctrl-info
conduits:
  iot-ctrl:
    between: [iot-nw, ctrl-info]
    via: [fw1]
flows:
  - from: sensors
    to: scada
    protocol: mqtt
countermeasures:
  - measure: ID8-1
    target: iot-ctrl
    status: implemented
`;

export function load(text = PLANT) {
  const r = checkText(text, { uri: 'file:///p.smartfab.yaml' });
  return { ...r, text, index: r.plant ? new PlantIndex(r.plant) : undefined };
}

/** Offset of the n-th (0-based) occurrence of `needle`, plus `delta`. */
export function offsetOf(text: string, needle: string, nth = 0, delta = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle} #${nth}`);
  }
  return at + delta;
}
