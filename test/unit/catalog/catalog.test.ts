// The catalogue's content, stated independently of the data files: counts, every threat's kind,
// damages and IDs (tables 5-10), every ID's kind, target and threats, and the relations both ways.
import * as assert from 'node:assert/strict';
import { catalog, countermeasureById, damageById, measureKindById, threatById } from '../../../src/core/catalog/index';
import { WAN_ZONE_KINDS } from '../../../src/core/model/kinds';

/** "id kind damages IDs…" per threat, as read from tables 5-10 (IoT gateway measure 3 = ID3-2). */
const THREATS = `
A1 entry 1,2 1-1 2-1 3-1 | A2 entry 1,2 4-1 | A3 entry 1,2 1-2 2-2 3-2 | A4 path 1 5-1 6-1 7-1 8-1 9-1 10-1
B1 entry 1 1-3 2-3 | B2 entry 1 1-4 2-4 | B3 path 1 5-2 6-2 7-2 8-2 9-2 10-2
C1 entry 3 1-3 2-3 | C2 entry 3 1-5 2-5 | C3 path 3 5-2 6-2 7-2 8-2 9-2 10-2
D1 entry 4,5 1-1 2-1 3-1 | D2 entry 4,5 4-1 | D3 entry 4,5 1-2 2-2 3-2 | D4 entry 5 11-1 | D5 entry 5 12-1
D6 path 5 8-3 13-1 | D7 entry 5 1-5 2-5 14-1 15-1
E1 entry 6 11-2 | E2 path 6 8-4 | E3 entry 6 1-6 2-6 | E4 path 6 8-5
F1 entry 7 1-1 2-1 3-1 | F2 entry 7 4-1 | F3 entry 7 1-2 2-2 3-2
G1 entry 8 11-2 | G2 entry 8 12-1 | G3 path 8 8-6 13-2 16-1 | G4 entry 8 1-7 2-7 14-2 15-2
H1 entry 9 11-2 | H2 path 9 8-7 13-3 | H3 entry 9 1-8 2-8 14-3 15-3
I1 entry 10 11-3 | I2 path 10 8-8 | I3 entry 10 1-6 2-6 | I4 path 10 8-5
J1 entry 11 11-3 | J2 path 11 8-9 13-3 | J3 entry 11 1-9 2-9 14-4 15-4
K1 entry 12 11-3 | K2 path 12 8-10 13-4 | K3 entry 12 1-10 2-10 14-5 15-5
L1 entry 13 1-11 2-11 3-3 17-1 | L2 entry 13 4-2 | L3 entry 13 1-12 2-12 3-4 18-1`
  .split(/[|\n]/)
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => {
    const [id, kind, damages, ...measures] = s.split(/\s+/);
    return { id: id!, kind: kind!, damages: damages!.split(',').map(Number), measures };
  });

const d = (...k: string[]) => ({ type: 'device', deviceKinds: k });
const n = (...k: string[]) => ({ type: 'network', zoneKinds: k });
const b = (a: object, c: object) => ({ type: 'boundary', between: [a, c] });
const WAN = [...WAN_ZONE_KINDS];
const IOT_CTRL = b({ zoneKinds: ['iot-network'] }, { zoneKinds: ['control-info'] });
const INFO_CTRL = b({ zoneKinds: ['information'] }, { zoneKinds: ['control-info'] });
const DEVICES = ['iot-device', 'iot-gateway', 'viewer', 'analysis-server', 'analysis-service', 'remote-access-server',
  'cloud-analysis-server', 'remote-terminal', 'vendor-terminal', 'patch-server', 'maintenance-pc', 'robot-server'];

/** Expected target and threats of all 71 IDs. */
const IDS: Record<string, [object, string]> = {
  ...Object.fromEntries(
    [1, 2].flatMap((k) =>
      DEVICES.map((dev, i) => [
        `${k}-${i + 1}`,
        [d(dev), ['A1 D1 F1', 'A3 D3 F3', 'B1 C1', 'B2', 'C2 D7', 'E3 I3', 'G4', 'H3', 'J3', 'K3', 'L1', 'L3'][i]!],
      ]),
    ),
  ),
  '3-1': [d('iot-device'), 'A1 D1 F1'],
  '3-2': [d('iot-gateway'), 'A3 D3 F3'],
  '3-3': [d('maintenance-pc'), 'L1'],
  '3-4': [d('robot-server'), 'L3'],
  '4-1': [d('iot-gateway'), 'A2 D2 F2'],
  '4-2': [d('wireless-ap'), 'L2'],
  '5-1': [n('iot-network', 'control-info'), 'A4'],
  '5-2': [n('information', 'control-info'), 'B3 C3'],
  '6-1': [IOT_CTRL, 'A4'],
  '6-2': [INFO_CTRL, 'B3 C3'],
  '7-1': [n('iot-network'), 'A4'],
  '7-2': [n('information'), 'B3 C3'],
  '8-1': [IOT_CTRL, 'A4'],
  '8-2': [INFO_CTRL, 'B3 C3'],
  '8-3': [b({ zoneKinds: ['internet', 'intranet', 'wan'] }, { deviceKinds: ['analysis-service'] }), 'D6'],
  '8-4': [b({ zoneKinds: WAN }, { deviceKinds: ['remote-access-server'] }), 'E2'],
  '8-5': [b({ deviceKinds: ['remote-access-server'] }, { zoneKinds: ['control-info'] }), 'E4 I4'],
  '8-6': [b({ zoneKinds: WAN }, { deviceKinds: ['cloud-analysis-server'] }), 'G3'],
  '8-7': [b({ zoneKinds: WAN }, { deviceKinds: ['remote-terminal'] }), 'H2'],
  '8-8': [b({ zoneKinds: ['internet'] }, { deviceKinds: ['remote-access-server'] }), 'I2'],
  '8-9': [b({ zoneKinds: ['internet'] }, { deviceKinds: ['vendor-terminal'] }), 'J2'],
  '8-10': [b({ zoneKinds: ['internet'] }, { deviceKinds: ['patch-server'] }), 'K2'],
  '9-1': [IOT_CTRL, 'A4'],
  '9-2': [INFO_CTRL, 'B3 C3'],
  '10-1': [IOT_CTRL, 'A4'],
  '10-2': [INFO_CTRL, 'B3 C3'],
  '11-1': [n('internet', 'intranet', 'wan', 'closed-network'), 'D4'],
  '11-2': [n(...WAN), 'E1 G1 H1'],
  '11-3': [n('internet', 'closed-network'), 'I1 J1 K1'],
  '12-1': [n('other-factory'), 'D5 G2'],
  '13-1': [d('analysis-service'), 'D6'],
  '13-2': [d('cloud-analysis-server'), 'G3'],
  '13-3': [d('remote-terminal', 'vendor-terminal'), 'H2 J2'],
  '13-4': [d('patch-server'), 'K2'],
  '14-1': [d('analysis-service'), 'D7'],
  '14-2': [d('cloud-analysis-server'), 'G4'],
  '14-3': [d('remote-terminal'), 'H3'],
  '14-4': [d('vendor-terminal'), 'J3'],
  '14-5': [d('patch-server'), 'K3'],
  '15-1': [d('analysis-service'), 'D7'],
  '15-2': [d('cloud-analysis-server'), 'G4'],
  '15-3': [d('remote-terminal'), 'H3'],
  '15-4': [d('vendor-terminal'), 'J3'],
  '15-5': [d('patch-server'), 'K3'],
  '16-1': [d('cloud-analysis-server'), 'G3'],
  '17-1': [d('maintenance-pc'), 'L1'],
  '18-1': [d('robot-server'), 'L3'],
};

describe('catalogue content', () => {
  it('has 7 models, 13 damages, 44 threats, 18 measure kinds and 71 countermeasure IDs', () => {
    assert.equal(catalog.models.length, 7);
    assert.equal(catalog.damages.length, 13);
    assert.equal(catalog.threats.length, 44);
    assert.equal(catalog.measureKinds.length, 18);
    assert.equal(catalog.countermeasures.length, 71);
    assert.equal(Object.keys(IDS).length, 71);
  });

  it('gives A4 exactly the shape of table 5', () => {
    const { id, kind, damages, model, measures } = threatById('A4')!;
    assert.deepEqual(
      { id, kind, damages, model, measures },
      { id: 'A4', kind: 'path', damages: [1], model: 1, measures: ['5-1', '6-1', '7-1', '8-1', '9-1', '10-1'] },
    );
  });

  it("gives every threat its table kind, damages and IDs in table order", () => {
    assert.deepEqual(catalog.threats.map((th) => th.id), THREATS.map((x) => x.id));
    for (const x of THREATS) {
      const th = threatById(x.id)!;
      assert.deepEqual({ kind: th.kind, damages: th.damages, measures: th.measures }, { kind: x.kind, damages: x.damages, measures: x.measures }, x.id);
      assert.equal(th.model, damageById(x.damages[0]!)!.model, x.id);
    }
  });

  it('gives every ID its kind, target and the threats it counters', () => {
    assert.deepEqual(catalog.countermeasures.map((c) => c.id).sort(), Object.keys(IDS).sort());
    for (const [id, [target, threats]] of Object.entries(IDS)) {
      const cm = countermeasureById(id)!;
      assert.equal(cm.kind, Number(id.split('-')[0]), id);
      assert.deepEqual(cm.target, target, id);
      assert.deepEqual(cm.threats, threats.split(' '), id);
      assert.deepEqual(cm.models, [...new Set(cm.threats.map((t) => threatById(t)!.model))].sort(), id);
    }
  });

  it('keeps relations consistent both ways', () => {
    for (const th of catalog.threats)
      for (const m of th.measures) assert.ok(countermeasureById(m)?.threats.includes(th.id), `${th.id} -> ${m}`);
    for (const cm of catalog.countermeasures) {
      assert.ok(cm.threats.length > 0, cm.id);
      for (const t of cm.threats) assert.ok(threatById(t)?.measures.includes(cm.id), `${cm.id} -> ${t}`);
      const kind = measureKindById(cm.kind)!;
      for (const m of cm.models) assert.ok(kind.models.includes(m), `${cm.id} model ${m} not in table 18 for kind ${cm.kind}`);
    }
    for (const m of catalog.models) {
      for (const dn of m.damages) assert.equal(damageById(dn)?.model, m.id);
      for (const th of catalog.threats.filter((x) => x.model === m.id)) assert.ok(th.damages.every((dn) => m.damages.includes(dn)));
    }
  });

  it('numbers IDs densely from 1 within each kind', () => {
    for (let k = 1; k <= 18; k++) {
      const ns = catalog.countermeasures.filter((c) => c.kind === k).map((c) => Number(c.id.split('-')[1]));
      assert.deepEqual(ns, ns.map((_, i) => i + 1), `kind ${k}`);
    }
  });

  it('marks damages 1, 3, 6 and 10 as priority, with the table footnote', () => {
    assert.deepEqual(catalog.damages.filter((x) => x.priority).map((x) => x.id), [1, 3, 6, 10]);
    assert.match(damageById(1)!.priorityNote!.ja, /被害 1 は被害 2 と比較して/);
    assert.match(damageById(6)!.priorityNote!.ja, /被害 6 は被害 7、8、9/);
    assert.equal(damageById(12)!.priorityNote, undefined);
  });

  it('lists damages per model in table order; model 7 has none and says why', () => {
    assert.deepEqual(catalog.models.map((m) => m.damages), [[1, 2], [3, 4, 5], [6, 7, 8, 9], [10, 11], [12], [13], []]);
    const m7 = catalog.models[6]!;
    assert.equal(m7.table, undefined);
    assert.match(m7.noThreatsNote!.ja, /被害・脅威・対策は記載しない/);
  });

  it('records the errata, on the IDs concerned as well', () => {
    assert.match(countermeasureById('3-2')!.erratum!.ja, /ID3-1/);
    assert.match(countermeasureById('13-3')!.erratum!.ja, /制御・保守端末/);
    assert.ok(catalog.errata.length >= 8);
    for (const e of catalog.errata) assert.ok(e.ja.length > 0 && e.en.length > 0);
  });

  it('keeps the model-section additions as notes of the measure kinds', () => {
    assert.ok(measureKindById(14)!.notes.some((x) => x.ref === '§2.5.7' && x.text.ja.includes('スーパーバイザ')));
    assert.ok(measureKindById(11)!.notes.some((x) => x.ref === '§2.6.7' && x.text.ja.includes('工場側からのアクセス許可')));
    assert.ok(measureKindById(13)!.notes.some((x) => x.ref === '§2.6.7' && x.text.ja.includes('SLA')));
  });

  it('has the §2.2 general measures with their CPSF IDs, the §2.3.8 examples and wireless guidance', () => {
    assert.deepEqual(catalog.generalMeasures.filter((g) => g.aspect === 'physical').map((g) => g.cpsf), [['CPS.AC-2'], ['CPS.AC-2'], ['CPS.AC-2']]);
    assert.ok(catalog.generalMeasures.some((g) => g.cpsf.includes('CPS.RP')));
    assert.deepEqual(catalog.implementationExamples.map((x) => x.id), ['8-①', '8-②', '9', '10-①', '10-②', '13']);
    assert.deepEqual(catalog.wireless.map((w) => w.id), ['closed-network-cloud', 'lorawan', 'local-5g', 'wifi', 'carrier']);
  });

  it('has both languages filled for every text', () => {
    const walk = (v: unknown, at: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.ja === 'string' && typeof o.en === 'string') {
          assert.ok(o.ja.trim() && o.en.trim(), at);
          assert.doesNotMatch(o.en, /[\u3040-\u30ff]/, `${at}: Japanese kana in English text`);
        } else for (const [k, x] of Object.entries(o)) walk(x, `${at}.${k}`);
      }
    };
    walk(catalog, 'catalog');
  });
});
