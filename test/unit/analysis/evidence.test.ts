// Countermeasure evidence: declarations on the right element and what the topology shows
// (firewall, DMZ, IDS/IPS, closed network / VPN), planned and not-applicable.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/index';
import type { Problem } from '../../../src/core/diagnostics';
import { buildPlant, type PlantSpec } from './builder';

const base = (): PlantSpec => ({
  zones: { iot: 'iot-network', ctrl: { kind: 'control-info', critical: true }, office: 'information' },
  devices: {
    sensors: { kind: 'iot-device', zone: 'iot', count: 50 },
    analysis: ['analysis-server', 'office'],
    fw: ['firewall', 'ctrl'],
    sw: { kind: 'switch', zone: 'iot', filtering: true },
    dumb: ['switch', 'iot'],
  },
  conduits: { 'iot-ctrl': ['iot', 'ctrl'], 'office-ctrl': ['office', 'ctrl'] },
});

const finding = (fs: readonly Problem[], code: string, target?: string) =>
  fs.find((f) => f.code === code && (target === undefined || (f.data as { target: string }).target === target));
const missing = (fs: readonly Problem[], code: string) => (finding(fs, code)?.data as { missing: string[] } | undefined)?.missing;

describe('analysis: countermeasure evidence', () => {
  it('a firewall in via counts as measure 8 on that boundary only', () => {
    const spec = base();
    spec.conduits!['iot-ctrl'] = { between: ['iot', 'ctrl'], via: ['fw'] };
    const a = analyze(buildPlant(spec));
    assert.deepEqual(missing(a.findings, 'threat-A4'), ['5-1', '6-1', '7-1', '9-1', '10-1']);
    assert.ok(missing(a.findings, 'threat-B3')!.includes('8-2'));
    const inst = a.instances.find((i) => i.threat === 'A4')!;
    assert.match(inst.measures.find((m) => m.id === '8-1')!.evidence!, /iot-ctrl \(fw\)/);
  });

  it('a switch filters only when it says filtering: true', () => {
    const spec = base();
    spec.conduits!['iot-ctrl'] = { between: ['iot', 'ctrl'], via: ['dumb'] };
    assert.ok(missing(analyze(buildPlant(spec)).findings, 'threat-A4')!.includes('8-1'));
    spec.conduits!['iot-ctrl'] = { between: ['iot', 'ctrl'], via: ['sw'] };
    assert.ok(!missing(analyze(buildPlant(spec)).findings, 'threat-A4')!.includes('8-1'));
  });

  it('filtering must cut every route: a second unfiltered conduit voids it', () => {
    const spec = base();
    spec.conduits!['iot-ctrl'] = { between: ['iot', 'ctrl'], via: ['fw'] };
    spec.conduits!['iot-ctrl-2'] = ['iot', 'ctrl'];
    assert.ok(missing(analyze(buildPlant(spec)).findings, 'threat-A4')!.includes('8-1'));
  });

  it('a DMZ every route crosses counts as measure 9; a route through another zone still carries A4', () => {
    const spec = base();
    spec.zones.dmz = 'dmz';
    spec.conduits = { 'iot-dmz': ['iot', 'dmz'], 'dmz-ctrl': { between: ['dmz', 'ctrl'], via: ['fw'] }, 'office-ctrl': ['office', 'ctrl'] };
    const a = analyze(buildPlant(spec));
    const f = finding(a.findings, 'threat-A4')!;
    const d = f.data as { target: string; route: string[]; routeZones: string[]; missing: string[] };
    assert.equal(d.target, 'dmz-ctrl');
    assert.deepEqual(d.route, ['iot-dmz', 'dmz-ctrl']);
    assert.deepEqual(d.routeZones, ['iot', 'dmz', 'ctrl']);
    assert.deepEqual(d.missing, ['5-1', '6-1', '7-1', '10-1']);
    assert.ok(f.related!.some((r) => r.message.includes('iot-dmz')));
    assert.equal(finding(a.findings, 'dmz-bypassed'), undefined);
  });

  it('dmz-bypassed: a direct conduit around the DMZ is an error, and 9 is not shown', () => {
    const spec = base();
    spec.zones.dmz = 'dmz';
    spec.conduits = { 'iot-dmz': ['iot', 'dmz'], 'dmz-ctrl': ['dmz', 'ctrl'], shortcut: ['iot', 'ctrl'], 'office-ctrl': ['office', 'ctrl'] };
    const a = analyze(buildPlant(spec));
    const f = finding(a.findings, 'dmz-bypassed')!;
    assert.equal(f.severity, 'error');
    assert.deepEqual((f.data as { route: string[]; dmz: string }).route, ['shortcut']);
    assert.equal((f.data as { dmz: string }).dmz, 'dmz');
    assert.ok(missing(a.findings, 'threat-A4')!.includes('9-1'));
  });

  it('dmz-bypassed: a DMZ declared implemented while the topology shows none is a warning', () => {
    const spec = base();
    spec.measures = [['9-1', 'iot-ctrl']];
    const a = analyze(buildPlant(spec));
    assert.equal(finding(a.findings, 'dmz-bypassed')!.severity, 'warning');
    assert.ok(!missing(a.findings, 'threat-A4')!.includes('9-1'));
  });

  it('an IDS counts as measure 10 inline in via or monitoring the route as a passive tap, not merely sitting in a zone', () => {
    const spec = base();
    spec.devices!.ids = ['ids', 'office'];
    spec.conduits!['iot-ctrl'] = { between: ['iot', 'ctrl'], via: ['ids'] };
    let a = analyze(buildPlant(spec));
    assert.ok(missing(a.findings, 'threat-A4')!.includes('8-1'), 'an IDS does not filter');
    assert.ok(!missing(a.findings, 'threat-A4')!.includes('10-1'));
    assert.ok(missing(a.findings, 'threat-B3')!.includes('10-2'), 'an IDS in the office zone sees no conduit');
    assert.match(finding(a.findings, 'threat-B3')!.message, /ids sits in office/, 'the message says why the IDS does not count');
    spec.devices!.ids = { kind: 'ids', zone: 'office', monitors: ['office'] };
    a = analyze(buildPlant(spec));
    assert.ok(!missing(a.findings, 'threat-B3')!.includes('10-2'), 'a tap on the office zone sees every route from it');
    spec.devices!.ids = { kind: 'ids', zone: 'office', monitors: ['office-ctrl'] };
    assert.ok(!missing(analyze(buildPlant(spec)).findings, 'threat-B3')!.includes('10-2'), 'a tap on the conduit');
  });

  it('measure 11: a closed carrier network, or every route from the WAN to the anchor over a VPN', () => {
    const spec: PlantSpec = {
      zones: { inet: 'internet', vendor: 'vendor', dmz: 'dmz', ctrl: 'control-info' },
      devices: { vpc: ['vendor-terminal', 'vendor'], ras: ['remote-access-server', 'dmz'], rt: { kind: 'router', zone: 'dmz', vpn: true } },
      conduits: { a: { between: ['vendor', 'inet'], vpn: true }, b: { between: ['inet', 'dmz'], via: ['rt'] }, c: ['dmz', 'ctrl'] },
    };
    let a = analyze(buildPlant(spec));
    assert.equal(finding(a.findings, 'threat-I1'), undefined);
    assert.equal(finding(a.findings, 'threat-J1'), undefined);
    // The vendor's own link is plain: the internet reaches the vendor terminal outside any VPN (J1), while
    // the remote-access server is still reached only through the VPN router (I1 stays covered).
    spec.conduits!.a = ['vendor', 'inet'];
    a = analyze(buildPlant(spec));
    assert.deepEqual(missing(a.findings, 'threat-J1'), ['11-3']);
    assert.equal(finding(a.findings, 'threat-I1'), undefined);
    spec.conduits!.b = ['inet', 'dmz'];
    a = analyze(buildPlant(spec));
    assert.deepEqual(missing(a.findings, 'threat-I1'), ['11-3']);
    spec.zones.inet = 'closed-network';
    a = analyze(buildPlant(spec));
    assert.equal(finding(a.findings, 'threat-I1'), undefined);
  });

  it('device IDs count only on the device; boundary IDs on the route or either zone', () => {
    const spec = base();
    spec.measures = [
      ['1-1', 'iot'],
      ['2-1', 'sensors'],
      ['5-1', 'ctrl'],
      ['6-1', 'iot-ctrl'],
    ];
    const a = analyze(buildPlant(spec));
    assert.deepEqual(missing(a.findings, 'threat-A1'), ['1-1', '3-1']);
    assert.deepEqual(missing(a.findings, 'threat-A4'), ['7-1', '8-1', '9-1', '10-1']);
  });

  it('devices of one zone weigh alike, but a device\'s own mark counts for that device only', () => {
    const spec = base();
    spec.devices = { ...spec.devices, s2: { kind: 'iot-device', zone: 'iot' }, s3: { kind: 'iot-device', zone: 'iot' }, s4: { kind: 'iot-device', zone: 'office' } };
    spec.measures = [['2-1', 's3'], ['3-1', 's2', 'planned']];
    const a = analyze(buildPlant(spec));
    const on = (d: string) => a.instances.find((i) => i.key === `A1@${d}`)!.measures.map((m) => `${m.id}:${m.state}`);
    assert.deepEqual(on('sensors'), ['1-1:missing', '2-1:missing', '3-1:missing']);
    assert.deepEqual(on('s2'), ['1-1:missing', '2-1:missing', '3-1:planned']);
    assert.deepEqual(on('s3'), ['1-1:missing', '2-1:present', '3-1:missing']);
    assert.deepEqual(on('s4'), on('sensors'), 'another zone with no marks weighs the same here');
    assert.deepEqual(a.instances.find((i) => i.key === 'A1@sensors')!.measures, a.instances.find((i) => i.key === 'A1@s4')!.measures);
  });

  it('planned counts as absent but is shown apart; the finding stays', () => {
    const spec = base();
    spec.measures = [['1-1', 'sensors', 'planned'], ['2-1', 'sensors'], ['3-1', 'sensors', 'planned']];
    const f = finding(analyze(buildPlant(spec)).findings, 'threat-A1')!;
    assert.deepEqual((f.data as { missing: string[]; planned: string[] }).missing, []);
    assert.deepEqual((f.data as { planned: string[] }).planned, ['1-1', '3-1']);
    assert.match(f.message, /planned ID1-1, ID3-1/);
  });

  it('not-applicable with a reason suppresses visibly; without a reason it does not', () => {
    const spec = base();
    spec.measures = [['1-4', 'analysis'], ['2-4', 'analysis', 'not-applicable', 'No removable media ports (sealed)']];
    let a = analyze(buildPlant(spec));
    assert.equal(finding(a.findings, 'threat-B2'), undefined);
    const s = finding(a.findings, 'suppressed', 'analysis')!;
    assert.equal(s.severity, 'info');
    assert.match(s.message, /sealed/);
    spec.measures[1] = ['2-4', 'analysis', 'not-applicable'];
    a = analyze(buildPlant(spec));
    assert.deepEqual(missing(a.findings, 'threat-B2'), ['2-4']);
  });

  it('a declared filtering entry on a conduit without a filtering device is a contradiction', () => {
    const spec = base();
    spec.measures = [['8-1', 'iot-ctrl']];
    const f = finding(analyze(buildPlant(spec)).findings, 'filtering-without-device')!;
    assert.equal(f.severity, 'warning');
    assert.deepEqual((f.data as { conduit: string }).conduit, 'iot-ctrl');
  });
});
