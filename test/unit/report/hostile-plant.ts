// A plant whose every free text and several references carry one hostile value, for the output-safety tests.

/** YAML double-quoted scalar for any string: JSON escapes, and non-ASCII controls written as \u escapes. */
export function yamlString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return JSON.stringify(s).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufff9-\ufffb]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Model 1 with `value` in the plant's name, site, owner and description, two zone names, a device name, a
 * not-applicable reason and an evidence text, as a device's kind, and as a device's zone and a conduit's via
 * (dangling references, whose messages quote it). The plant still has findings, damages, coverage and a diagram.
 */
export function hostilePlant(value: string): string {
  const v = yamlString(value);
  return `smartfab: 1
plant:
  name: ${v}
  site: ${v}
  owner: ${v}
  description: ${v}
zones:
  iot-nw: { kind: iot-network, name: ${v}, wireless: wifi }
  ctrl-info: { kind: control-info, name: ${v} }
  info-nw: { kind: information }
devices:
  sensors: { kind: iot-device, zone: iot-nw, count: 20, name: ${v} }
  iot-gw: { kind: iot-gateway, zone: iot-nw, wireless: wifi }
  analysis: { kind: analysis-server, zone: info-nw }
  stray: { kind: viewer, zone: ${v} }
  odd: { kind: ${v}, zone: iot-nw }
conduits:
  iot-to-ctrl: { between: [iot-nw, ctrl-info], via: [${v}] }
  info-to-ctrl: { between: [info-nw, ctrl-info] }
flows:
  - { from: sensors, to: iot-gw }
  - { from: iot-gw, to: analysis, protocol: mqtt }
countermeasures:
  - { measure: ID1-1, target: sensors, status: not-applicable, reason: ${v} }
  - { measure: ID5-1, target: iot-to-ctrl, status: implemented, evidence: ${v} }
`;
}
