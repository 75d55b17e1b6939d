// Reference plants for models 1-7, after the report's figures 2, 8, 12, 17, 20, 22 and 24, WITHOUT
// countermeasures; and the report's tables 5-10 (threat -> countermeasure IDs), typed in by hand so
// the analysis is checked against the report, not against the catalogue it reads.
import type { PlantSpec } from './builder';

export const TABLES: Record<number, Record<string, string[]>> = {
  1: {
    A1: ['1-1', '2-1', '3-1'],
    A2: ['4-1'],
    A3: ['1-2', '2-2', '3-2'],
    A4: ['5-1', '6-1', '7-1', '8-1', '9-1', '10-1'],
    B1: ['1-3', '2-3'],
    B2: ['1-4', '2-4'],
    B3: ['5-2', '6-2', '7-2', '8-2', '9-2', '10-2'],
  },
  2: {
    C1: ['1-3', '2-3'],
    C2: ['1-5', '2-5'],
    C3: ['5-2', '6-2', '7-2', '8-2', '9-2', '10-2'],
    D1: ['1-1', '2-1', '3-1'],
    D2: ['4-1'],
    D3: ['1-2', '2-2', '3-2'],
    D4: ['11-1'],
    D5: ['12-1'],
    D6: ['8-3', '13-1'],
    D7: ['1-5', '2-5', '14-1', '15-1'],
  },
  3: {
    E1: ['11-2'],
    E2: ['8-4'],
    E3: ['1-6', '2-6'],
    E4: ['8-5'],
    F1: ['1-1', '2-1', '3-1'],
    F2: ['4-1'],
    F3: ['1-2', '2-2', '3-2'],
    G1: ['11-2'],
    G2: ['12-1'],
    G3: ['8-6', '13-2', '16-1'],
    G4: ['1-7', '2-7', '14-2', '15-2'],
    H1: ['11-2'],
    H2: ['8-7', '13-3'],
    H3: ['1-8', '2-8', '14-3', '15-3'],
  },
  4: {
    I1: ['11-3'],
    I2: ['8-8'],
    I3: ['1-6', '2-6'],
    I4: ['8-5'],
    J1: ['11-3'],
    J2: ['8-9', '13-3'],
    J3: ['1-9', '2-9', '14-4', '15-4'],
  },
  5: {
    K1: ['11-3'],
    K2: ['8-10', '13-4'],
    K3: ['1-10', '2-10', '14-5', '15-5'],
  },
  6: {
    L1: ['1-11', '2-11', '3-3', '17-1'],
    L2: ['4-2'],
    L3: ['1-12', '2-12', '3-4', '18-1'],
  },
  7: {},
};

export const MODEL_PLANTS: Record<number, PlantSpec> = {
  1: {
    zones: { 'iot-nw': 'iot-network', 'ctrl-info': 'control-info', 'ctrl-field': 'control-field', office: 'information' },
    devices: {
      sensors: { kind: 'iot-device', zone: 'iot-nw', count: 200 },
      cameras: { kind: 'iot-device', zone: 'iot-nw', count: 12, wireless: 'wifi' },
      gw: { kind: 'iot-gateway', zone: 'iot-nw', wireless: 'wifi' },
      scada: ['hmi', 'ctrl-info'],
      plc: ['controller', 'ctrl-field'],
      analysis: ['analysis-server', 'office'],
      viewer: ['viewer', 'office'],
    },
    conduits: { 'iot-ctrl': ['iot-nw', 'ctrl-info'], 'office-ctrl': ['office', 'ctrl-info'], 'ctrl-field': ['ctrl-info', 'ctrl-field'] },
    flows: [['sensors', 'analysis'], ['cameras', 'analysis'], ['analysis', 'viewer'], ['analysis', 'scada'], ['scada', 'plc']],
  },
  2: {
    zones: {
      'iot-nw': 'iot-network',
      'ctrl-info': 'control-info',
      office: 'information',
      wan: 'intranet',
      dc: 'cloud',
      'factory-b': 'other-factory',
    },
    devices: {
      sensors: { kind: 'iot-device', zone: 'iot-nw', count: 300 },
      gw: { kind: 'iot-gateway', zone: 'iot-nw', wireless: 'wifi' },
      scada: ['hmi', 'ctrl-info'],
      viewer: ['viewer', 'office'],
      analysis: ['analysis-service', 'dc'],
    },
    conduits: {
      'iot-ctrl': ['iot-nw', 'ctrl-info'],
      'office-ctrl': ['office', 'ctrl-info'],
      'office-wan': ['office', 'wan'],
      'wan-dc': ['wan', 'dc'],
      'wan-b': ['wan', 'factory-b'],
    },
  },
  3: {
    zones: {
      'iot-nw': 'iot-network',
      'ctrl-info': 'control-info',
      'remote-dmz': 'dmz',
      wan: 'wan',
      aws: 'cloud',
      'remote-site': 'generic',
      'factory-b': 'other-factory',
    },
    devices: {
      sensors: { kind: 'iot-device', zone: 'iot-nw', count: 100 },
      gw: { kind: 'iot-gateway', zone: 'iot-nw', wireless: 'lte' },
      scada: ['hmi', 'ctrl-info'],
      ras: ['remote-access-server', 'remote-dmz'],
      predictor: ['cloud-analysis-server', 'aws'],
      terminal: ['remote-terminal', 'remote-site'],
    },
    conduits: {
      'iot-ctrl': ['iot-nw', 'ctrl-info'],
      'ras-ctrl': ['remote-dmz', 'ctrl-info'],
      'wan-ras': ['wan', 'remote-dmz'],
      'wan-aws': ['wan', 'aws'],
      'wan-site': ['wan', 'remote-site'],
      'wan-b': ['wan', 'factory-b'],
    },
  },
  4: {
    zones: { vendor: 'vendor', internet: 'internet', 'remote-dmz': 'dmz', 'ctrl-info': 'control-info' },
    devices: {
      'vendor-pc': ['vendor-terminal', 'vendor'],
      ras: ['remote-access-server', 'remote-dmz'],
      scada: ['hmi', 'ctrl-info'],
    },
    conduits: { 'vendor-inet': ['vendor', 'internet'], 'inet-ras': ['internet', 'remote-dmz'], 'ras-ctrl': ['remote-dmz', 'ctrl-info'] },
  },
  5: {
    // A plain LAN between the DMZ and the control network (an IoT network there would add model 1).
    zones: { internet: 'internet', 'patch-dmz': 'dmz', lan: 'generic', 'ctrl-info': 'control-info' },
    devices: {
      patch: ['patch-server', 'patch-dmz'],
      printers: { kind: 'generic', zone: 'lan', count: 40 },
      scada: ['hmi', 'ctrl-info'],
    },
    conduits: { 'inet-patch': ['internet', 'patch-dmz'], 'patch-lan': ['patch-dmz', 'lan'], 'lan-ctrl': ['lan', 'ctrl-info'] },
  },
  6: {
    zones: { robots: 'robot-network', 'ctrl-info': 'control-info' },
    devices: {
      arm: { kind: 'robot', zone: 'robots', count: 4 },
      agv: { kind: 'robot', zone: 'robots', count: 2, wireless: 'wifi' },
      ap: { kind: 'wireless-ap', zone: 'robots', wireless: 'wifi' },
      'robot-srv': ['robot-server', 'robots'],
      'maint-pc': ['maintenance-pc', 'robots'],
      scada: ['hmi', 'ctrl-info'],
    },
    conduits: { 'robots-ctrl': ['robots', 'ctrl-info'] },
  },
  7: {
    zones: { field: 'generic', carrier: 'closed-network', cloud: 'cloud', office: 'information' },
    devices: {
      drone: { kind: 'drone', zone: 'field', wireless: 'wifi' },
      storage: ['generic', 'cloud'],
      pc: ['viewer', 'office'],
    },
    conduits: { 'field-carrier': ['field', 'carrier'], 'carrier-cloud': ['carrier', 'cloud'], 'office-cloud': ['office', 'cloud'] },
  },
};
